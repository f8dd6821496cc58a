"""Unit tests of fundamentos_aws.pricing: the cost models, the shipped prices and the charts."""

from __future__ import annotations

import math

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import pytest  # noqa: E402

from fundamentos_aws import load_csv  # noqa: E402
from fundamentos_aws.pricing import (  # noqa: E402
    PUBLIC_IPV4_HOURLY,
    PurchaseOption,
    break_even_month,
    cumulative_cost,
    interruptions_per_hour_from_monthly,
    on_demand_cost,
    plot_cumulative_cost,
    plot_regional_prices,
    plot_spot_job_cost,
    plot_spot_savings,
    plot_spot_series,
    reserved_effective_hourly,
    reserved_options,
    savings_percent,
    spot_job_expected_cost,
    synthetic_spot_series,
)

# --- the shipped prices agree with the course's reference (reference/precios.md) -----------

def test_on_demand_prices_are_the_reference_ones():
    prices = {r["tipo"]: r["bajo_demanda_usd_h"] for r in load_csv("precios_ec2.csv")}
    assert prices == {"t3.micro": 0.0104, "t3.medium": 0.0416, "m5.large": 0.096,
                      "m5.xlarge": 0.192, "m7g.large": 0.0816, "c5.large": 0.085,
                      "c5.xlarge": 0.17, "r5.large": 0.126, "i3.large": 0.156,
                      "g5.xlarge": 1.006}


def test_illustrative_spot_prices_stay_in_the_documented_range():
    for row in load_csv("precios_ec2.csv"):
        saved = savings_percent(row["bajo_demanda_usd_h"], row["spot_ilustrativo_usd_h"])
        assert 60 <= saved <= 90, row
        assert row["interrupciones_ilustrativas"] in {"<5%", "5-10%", "10-15%", "15-20%", ">20%"}


def test_reserved_discounts_match_the_reference():
    by_label = {o.label: o for o in reserved_options("m5.large")}
    assert len(by_label) == 6
    discount = {k: savings_percent(0.096, o.effective_hourly) for k, o in by_label.items()}
    assert by_label["1 año, sin pago inicial"].effective_hourly == pytest.approx(0.060)
    assert discount["1 año, sin pago inicial"] == pytest.approx(37.5)          # ~37 %
    assert discount["1 año, pago total anticipado"] == pytest.approx(41, abs=0.5)  # ~41 %
    assert 60 <= discount["3 años, pago total anticipado"] <= 62                # ~60–62 %
    assert by_label["3 años, pago total anticipado"].effective_hourly == pytest.approx(0.037,
                                                                                     abs=5e-4)
    # More commitment, more discount: no upfront < partial < all upfront, 1 year < 3 years.
    for years in ("1 año", "3 años"):
        rates = [by_label[f"{years}, {p}"].effective_hourly
                 for p in ("sin pago inicial", "pago inicial parcial", "pago total anticipado")]
        assert rates == sorted(rates, reverse=True)
    assert max(discount.values()) < 72  # "up to 72 %" at best


@pytest.mark.parametrize("name", ["precios_ec2.csv", "precios_reservadas.csv",
                                  "precios_regiones.csv"])
def test_every_price_row_says_where_it_comes_from_and_when(name):
    for row in load_csv(name):
        assert str(row["fuente"]).strip() and str(row["fecha"]).strip(), row
        assert str(row["fecha"])[:4].isdigit(), row


def test_figures_not_taken_from_aws_say_so_in_their_own_row():
    for row in load_csv("precios_ec2.csv"):   # spot columns are the course's, on every row
        assert "NO son datos de AWS" in row["fuente"], row
    derived = {(r["plazo_anos"], r["pago"]) for r in load_csv("precios_reservadas.csv")
               if "NO copiada de AWS" in r["fuente"]}
    assert derived == {(1, "pago inicial parcial"), (3, "pago inicial parcial"),
                       (3, "sin pago inicial")}
    assert {r["clase"] for r in load_csv("precios_reservadas.csv")} == {"estándar"}


def test_payment_options_use_aws_spanish_names():
    assert {r["pago"] for r in load_csv("precios_reservadas.csv")} == {
        "pago total anticipado", "pago inicial parcial", "sin pago inicial"}


def test_regional_prices_match_the_reference_ranges():
    prices = {r["region"]: r["bajo_demanda_usd_h"] for r in load_csv("precios_regiones.csv")}
    assert prices["us-east-1"] == 0.096
    assert 50 <= 100 * (prices["sa-east-1"] / 0.096 - 1) <= 60        # São Paulo +50–60 %
    assert all(prices[r] >= prices["us-east-1"] for r in prices)
    regions = {r["region"] for r in load_csv("regiones.csv")}
    assert set(prices) <= regions


# --- cost models ---------------------------------------------------------------------------

@pytest.mark.parametrize(("seconds", "billed"), [
    (0, 0), (1, 60), (30, 60), (59.99, 60), (60, 60), (60.01, 61), (90.4, 91), (3600, 3600),
])
def test_on_demand_is_per_second_with_a_60_second_minimum(seconds, billed):
    assert on_demand_cost(0.096, seconds) == pytest.approx(0.096 * billed / 3600)


def test_on_demand_rejects_negative_time():
    with pytest.raises(ValueError):
        on_demand_cost(0.096, -1)


def test_reserved_effective_hourly():
    assert reserved_effective_hourly(496, 0, 1) == pytest.approx(496 / 8760)
    assert reserved_effective_hourly(500, 0.019, 3) == pytest.approx(500 / 26280 + 0.019)
    assert reserved_effective_hourly(0, 0.060, 1) == 0.060
    with pytest.raises(ValueError):
        reserved_effective_hourly(100, 0, 0)


def test_savings_percent():
    assert savings_percent(0.096, 0.060) == pytest.approx(37.5)
    assert savings_percent(1.006, 0.1006) == pytest.approx(90)
    assert savings_percent(0.096, 0.112) < 0


def test_cumulative_cost_starts_with_the_upfront_payment():
    assert cumulative_cost(496, 0, 2) == [496, 496, 496]
    assert cumulative_cost(0, 0.1, 2) == pytest.approx([0, 73, 146])
    assert cumulative_cost(0, 0.1, 1, usage=0.5) == pytest.approx([0, 36.5])


@pytest.mark.parametrize(("args", "month"), [
    ((0.096, 496, 0), 8),          # 7.08 months -> month 8
    ((0.096, 256, 0.0293), 6),
    ((0.096, 972, 0), 14),
    ((0.096, 0, 0.060), 1),        # no upfront: cheaper from the first month
    ((0.125, 365, 0), 4),          # an exact tie counts
    ((0.096, 100, 0.1), None),     # never
    ((0.05, 10, 0.05), None),
])
def test_break_even_month(args, month):
    assert break_even_month(*args) == month


def test_break_even_month_is_later_when_the_instance_runs_part_time():
    assert break_even_month(0.096, 0, 0.060, usage=0.5) is None   # 12 h/day: never
    assert break_even_month(0.096, 496, 0, usage=0.5) == 15


def test_spot_job_cost_without_interruptions_is_just_the_hours():
    assert spot_job_expected_cost(0.0561, 10, 0) == pytest.approx(0.561)
    assert spot_job_expected_cost(0.0561, 0, 0.5) == 0


def test_spot_job_cost_grows_with_interruptions_and_checkpoints_help():
    rate = 0.2
    scratch = spot_job_expected_cost(0.0561, 10, rate, None, 0.1)
    hourly = spot_job_expected_cost(0.0561, 10, rate, 1, 0.1)
    assert scratch == pytest.approx(0.0561 * math.expm1(2) * (5 + 0.1))
    assert hourly == pytest.approx(0.0561 * 10 * math.expm1(0.2) * (5 + 0.1))
    assert 0.561 < hourly < scratch
    # a last piece shorter than the checkpoint interval
    assert spot_job_expected_cost(1, 2.5, rate, 1) == pytest.approx(
        2 * math.expm1(0.2) / rate + math.expm1(0.1) / rate)


def test_advisor_bands_become_small_hourly_rates():
    # The course's conversion: 20 % of instances interrupted in a 730-hour month.
    assert interruptions_per_hour_from_monthly(0.20) == pytest.approx(-math.log(0.8) / 730)
    assert interruptions_per_hour_from_monthly(0) == 0
    assert interruptions_per_hour_from_monthly(0.05) < interruptions_per_hour_from_monthly(0.2)
    with pytest.raises(ValueError):
        interruptions_per_hour_from_monthly(20)


def test_public_ipv4_charge_is_half_a_cent_an_hour():
    assert PUBLIC_IPV4_HOURLY == 0.005
    assert PUBLIC_IPV4_HOURLY * 730 == pytest.approx(3.65)   # per address and month


def test_synthetic_spot_series_is_seeded_and_in_range():
    series = synthetic_spot_series(0.096)
    assert series == synthetic_spot_series(0.096)
    assert series != synthetic_spot_series(0.096, seed=6)
    assert len(series) == 14 * 24
    assert all(0.096 * 0.1 - 1e-4 <= p <= 0.096 * 0.4 + 1e-4 for p in series)
    assert len(set(series)) > 50  # it moves


# --- charts --------------------------------------------------------------------------------

def _texts(fig):
    ax = fig.axes[0]
    legend = ax.get_legend()
    assert legend is not None, "every chart has a legend"
    return ax, [t.get_text() for t in legend.get_texts()]


def test_every_chart_has_a_spanish_title_labels_and_a_legend():
    figures = [
        plot_spot_savings({"m5.large": (0.096, 0.0336), "c5.large": (0.085, 0.0298)}),
        plot_cumulative_cost(0.096, reserved_options()),
        plot_spot_series(synthetic_spot_series(0.096), 0.096),
        plot_regional_prices({"us-east-1": 0.096, "sa-east-1": 0.153}),
        plot_spot_job_cost(0.17, 0.0561, 10),
    ]
    for fig in figures:
        ax, legend = _texts(fig)
        assert ax.get_title() and ax.get_xlabel() and ax.get_ylabel() and legend
        assert "(" in ax.get_xlabel() + ax.get_ylabel()  # a unit somewhere
        plt.close(fig)


def test_spot_savings_chart_plots_the_savings():
    fig = plot_spot_savings({"m5.large": (0.096, 0.0336), "i3.large": (0.156, 0.0218)})
    widths = sorted(p.get_width() for p in fig.axes[0].patches)
    assert widths == pytest.approx(sorted([65.0, 100 * (1 - 0.0218 / 0.156)]))
    plt.close(fig)


def test_cumulative_chart_plots_the_costs_and_marks_the_break_even():
    option = PurchaseOption("1 año, pago total anticipado", upfront=496, years=1)
    fig = plot_cumulative_cost(0.096, [option], months=24)
    ax, legend = _texts(fig)
    lines = {line.get_label(): line for line in ax.get_lines()}
    reserved = lines["1 año, pago total anticipado"]
    assert list(reserved.get_xdata()) == list(range(13))  # stops at the end of the term
    assert list(reserved.get_ydata()) == [496] * 13
    on_demand = next(v for k, v in lines.items() if k.startswith("Bajo demanda"))
    assert on_demand.get_ydata()[24] == pytest.approx(0.096 * 730 * 24)
    markers = [line for line in ax.get_lines() if line.get_marker() == "o"
               and len(line.get_xdata()) == 1]
    assert [float(m.get_xdata()[0]) for m in markers] == [8.0]
    assert any("equilibrio" in t for t in legend)
    plt.close(fig)


def test_regional_chart_labels_the_extra_cost():
    fig = plot_regional_prices({"us-east-1": 0.096, "sa-east-1": 0.153, "eu-west-1": 0.107})
    labels = [t.get_text() for t in fig.axes[0].texts]
    assert "referencia" in labels and "+59 %" in labels and "+11 %" in labels
    plt.close(fig)


def test_spot_job_chart_marks_where_spot_stops_paying_off():
    fig = plot_spot_job_cost(0.17, 0.0561, 10)
    ax, legend = _texts(fig)
    assert any("deja de compensar" in t for t in legend)
    scratch = next(line for line in ax.get_lines() if "de cero" in line.get_label())
    assert scratch.get_ydata()[0] == pytest.approx(0.561)
    plt.close(fig)

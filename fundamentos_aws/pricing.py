"""EC2 purchase options in numbers: small cost models and the charts of module 05.

Use them with the prices shipped in ``fundamentos_aws/data`` or with your own::

    from fundamentos_aws.pricing import PurchaseOption, plot_cumulative_cost, plot_spot_savings

    plot_spot_savings({"m5.large": (0.096, 0.0336), "c5.large": (0.085, 0.0298)})
    ri = PurchaseOption("1 año, pago total anticipado", upfront=496, years=1)
    plot_cumulative_cost(0.096, [ri], months=12)

Every price is in US dollars; hourly prices are per instance-hour. Nothing here fetches
prices: there is no network in the course and moto has no Pricing API. The models cover the
instance alone: since 1 February 2024 each public IPv4 address adds its own hourly charge
(:data:`PUBLIC_IPV4_HOURLY`), and EBS volumes are billed apart too.
"""

from __future__ import annotations

import math
import random
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.patches import Patch
from matplotlib.ticker import FuncFormatter

from .charts import COLORS, new_chart
from .data import load_csv

HOURS_PER_MONTH = 730
"""Hours in an average month (8760 / 12), the convention of AWS's price pages."""
HOURS_PER_YEAR = 8760
MINIMUM_BILLED_SECONDS = 60
"""On-Demand Linux instances are billed per second, with a 60-second minimum per start."""
SPOT_NOTICE_SECONDS = 120
"""Warning AWS gives before it interrupts a Spot Instance."""
MAX_SPOT_DISCOUNT = 0.90
"""AWS advertises Spot at up to 90 % off On-Demand."""
PUBLIC_IPV4_HOURLY = 0.005
"""USD per hour for each public IPv4 address (auto-assigned or Elastic IP, in use or idle),
charged since 1 February 2024 (Amazon VPC pricing page, "Public IPv4 address" tab)."""
PRICES_AS_OF = "precios de lista publicados por AWS en 2024–2026 (us-east-1, Linux, USD)"

ORANGE, NAVY, BLUE, GREEN, VERMILION = COLORS[0], COLORS[1], COLORS[2], COLORS[3], COLORS[4]


@dataclass(frozen=True)
class PurchaseOption:
    """A way to pay for an instance: an upfront payment plus an hourly rate.

    On-Demand is ``PurchaseOption("Bajo demanda", hourly=0.096)``; a Reserved Instance adds
    its ``upfront`` payment and its term in ``years`` (0 for no commitment).
    """

    label: str
    upfront: float = 0.0
    hourly: float = 0.0
    years: int = 0

    @property
    def effective_hourly(self) -> float:
        """Hourly rate with the upfront payment spread over the whole term."""
        if not self.years:
            return self.hourly
        return reserved_effective_hourly(self.upfront, self.hourly, self.years)


# --- cost models -------------------------------------------------------------------------

def on_demand_cost(hourly: float, seconds: float,
                   minimum_seconds: int = MINIMUM_BILLED_SECONDS) -> float:
    """Cost in USD of one run of an On-Demand instance that ran ``seconds`` seconds.

    Linux instances are billed per whole second (a partial second counts as a full one),
    with ``minimum_seconds`` (60) billed for every start. A run of 0 seconds costs nothing.

    >>> round(on_demand_cost(0.096, 30), 6)      # 30 s are billed as 60 s
    0.0016
    """
    if seconds < 0:
        raise ValueError("seconds no puede ser negativo.")
    if seconds == 0:
        return 0.0
    billed = max(minimum_seconds, math.ceil(seconds))
    return hourly * billed / 3600


def reserved_effective_hourly(upfront: float, hourly: float, years: int) -> float:
    """Effective hourly rate of a Reserved Instance: the upfront payment spread over every
    hour of the term, plus the hourly rate (which is paid whether the instance runs or not).

    >>> round(reserved_effective_hourly(496, 0, 1), 4)   # m5.large, 1 year, all upfront
    0.0566
    """
    if years <= 0:
        raise ValueError("years debe ser 1 o 3 (el plazo de la reserva, en años).")
    return upfront / (years * HOURS_PER_YEAR) + hourly


def savings_percent(reference_hourly: float, hourly: float) -> float:
    """How much cheaper ``hourly`` is than ``reference_hourly``, in percent (0–100).

    >>> round(savings_percent(0.096, 0.060), 1)
    37.5
    """
    return 100 * (1 - hourly / reference_hourly)


def cumulative_cost(upfront: float, hourly: float, months: int, usage: float = 1.0,
                    hours_per_month: float = HOURS_PER_MONTH) -> list[float]:
    """Money spent at the end of each month 0..``months`` (month 0: just the upfront).

    ``usage`` is the fraction of hours the instance runs (1.0 = 24/7). It only lowers an
    On-Demand bill: pass ``usage=1`` for a reservation, which is paid whether used or not.
    """
    return [upfront + hourly * usage * hours_per_month * m for m in range(months + 1)]


def break_even_month(on_demand_hourly: float, upfront: float, hourly: float,
                     usage: float = 1.0, hours_per_month: float = HOURS_PER_MONTH
                     ) -> int | None:
    """First whole month (1, 2, ...) at whose end the reservation has cost no more than
    On-Demand would have for the same use, or ``None`` if it never catches up.

    ``usage`` is the fraction of hours the instance would run On-Demand (1.0 = 24/7); the
    reservation is paid for every hour anyway.

    >>> break_even_month(0.096, 496, 0)   # m5.large, 1 year, All Upfront: month 8
    8
    """
    saved_per_month = (on_demand_hourly * usage - hourly) * hours_per_month
    if saved_per_month <= 0:
        return None
    return max(1, math.ceil(upfront / saved_per_month - 1e-9))


def spot_job_expected_cost(spot_hourly: float, job_hours: float,
                           interruptions_per_hour: float,
                           checkpoint_hours: float | None = None,
                           restart_hours: float = 0.0) -> float:
    """Expected cost in USD of a job that needs ``job_hours`` of compute on Spot.

    Interruptions arrive at random (a Poisson process) at ``interruptions_per_hour``. After
    one, the job starts again from its last checkpoint (every ``checkpoint_hours``; ``None``:
    no checkpoints, it starts from scratch) after ``restart_hours`` of paid set-up. A piece of
    ``s`` hours then takes on average ``(e^(λs) − 1)(1/λ + r)`` hours, the classic result
    for restarts after failures; the price is assumed constant during the job.

    >>> round(spot_job_expected_cost(0.0561, 10, 0.0), 3)   # no interruptions: 10 h of Spot
    0.561
    """
    if job_hours < 0 or interruptions_per_hour < 0 or restart_hours < 0:
        raise ValueError("Las horas y la frecuencia de interrupciones no pueden ser negativas.")
    step = job_hours if not checkpoint_hours else min(checkpoint_hours, job_hours)
    if job_hours == 0:
        return 0.0
    pieces = [step] * int(job_hours // step)
    rest = job_hours - step * len(pieces)
    if rest > 1e-12:
        pieces.append(rest)
    rate = interruptions_per_hour
    if rate == 0:
        return spot_hourly * job_hours
    hours = sum(math.expm1(rate * s) * (1 / rate + restart_hours) for s in pieces)
    return spot_hourly * hours


def interruptions_per_hour_from_monthly(monthly_share: float,
                                       hours_per_month: float = HOURS_PER_MONTH) -> float:
    """The course's own conversion (NOT an AWS figure) of a Spot Instance Advisor band into
    interruptions per instance-hour.

    The Advisor publishes, per instance type and region, the share of Spot capacity reclaimed
    during the trailing month, in bands (< 5 %, 5–10 %, 10–15 %, 15–20 %, > 20 %). Read as
    "an instance has ``monthly_share`` chance of being interrupted in a month of 730 hours"
    with interruptions arriving at a constant rate, that rate is ``−ln(1 − share) / 730``.

    >>> round(interruptions_per_hour_from_monthly(0.20), 5)
    0.00031
    """
    if not 0 <= monthly_share < 1:
        raise ValueError("monthly_share es una fracción entre 0 y 1 (0.2 = 20 % al mes).")
    return -math.log1p(-monthly_share) / hours_per_month


def synthetic_spot_series(on_demand_hourly: float, hours: int = 14 * 24, seed: int = 5,
                          min_discount: float = 0.60, max_discount: float = 0.90
                          ) -> list[float]:
    """A made-up, reproducible hourly Spot price series (NOT real prices).

    The discount against On-Demand starts halfway between ``min_discount`` and
    ``max_discount`` and moves as a mean-reverting random walk (each hour it goes 5 % of
    the way back to the middle plus a normal step of 1.5 points), clipped to the range, so
    the series stays within the 60–90 % savings documented for Spot. ``random.Random(seed)``
    makes it the same on every computer. Prices are rounded to 4 decimals, as AWS shows them.
    """
    rng = random.Random(seed)
    middle = (min_discount + max_discount) / 2
    discount, series = middle, []
    for _ in range(hours):
        discount += 0.05 * (middle - discount) + rng.gauss(0, 0.015)
        discount = min(max_discount, max(min_discount, discount))
        series.append(round(on_demand_hourly * (1 - discount), 4))
    return series


def reserved_options(instance_type: str = "m5.large") -> list[PurchaseOption]:
    """The Standard Reserved Instance options shipped in ``precios_reservadas.csv``."""
    rows = [r for r in load_csv("precios_reservadas.csv") if r["tipo"] == instance_type]
    if not rows:
        raise ValueError(f"No hay precios de instancias reservadas para «{instance_type}».")
    return [PurchaseOption(f"{int(r['plazo_anos'])} año{'s' if r['plazo_anos'] > 1 else ''}, "
                           f"{r['pago']}", upfront=r["pago_inicial_usd"], hourly=r["usd_h"],
                           years=int(r["plazo_anos"])) for r in rows]


# --- charts ------------------------------------------------------------------------------

def _es(value: float, decimals: int = 0) -> str:
    """A number as Spanish text: decimal comma (and no ",0" on whole numbers)."""
    if decimals and float(value).is_integer():
        decimals = 0
    return f"{value:.{decimals}f}".replace(".", ",")


def _comma_ticks(axis) -> None:
    """Tick labels with a decimal comma, as Spanish readers write numbers."""
    axis.set_major_formatter(FuncFormatter(lambda v, _: f"{v:g}".replace(".", ",")))


def plot_spot_savings(prices: Mapping[str, tuple[float, float]],
                      title: str = "Cuánto ahorran las instancias de spot frente a bajo demanda"
                      ) -> Figure:
    """Horizontal bars: Spot savings (%) per instance type, largest at the top.

    ``prices`` maps an instance type to ``(on_demand_hourly, spot_hourly)``.
    """
    savings = {t: savings_percent(od, spot) for t, (od, spot) in prices.items()}
    order = sorted(savings, key=savings.get)
    fig, ax = new_chart(title, "Ahorro frente a bajo demanda (%)",
                        "Tipo de instancia (precio bajo demanda → de spot, $/h)",
                        figsize=(9.5, 0.45 * len(order) + 2.2))
    names = [f"{t}  ({_es(prices[t][0], 4)} → {_es(prices[t][1], 4)})" for t in order]
    bars = ax.barh(names, [savings[t] for t in order], color=ORANGE,
                   label="Ahorro de la instancia de spot")
    ax.bar_label(bars, labels=[f"{_es(savings[t])} %" for t in order], padding=-40,
                 color="white", fontweight="bold")
    ax.axvline(100 * MAX_SPOT_DISCOUNT, color=NAVY, ls="--",
               label=f"Máximo anunciado por AWS: {100 * MAX_SPOT_DISCOUNT:.0f} %")
    ax.set_xlim(0, 100)
    ax.set_xticks(range(0, 101, 10))
    ax.grid(axis="y", visible=False)
    ax.legend(loc="upper center", bbox_to_anchor=(0.5, -0.12), ncols=2)
    return fig


def plot_cumulative_cost(on_demand_hourly: float, options: Sequence[PurchaseOption],
                         months: int = 36, usage: float = 1.0,
                         title: str = "Coste acumulado: bajo demanda frente a reservadas"
                         ) -> Figure:
    """Cumulative cost per month of On-Demand and of each option, break-even marked.

    ``usage`` is the fraction of hours the instance runs On-Demand (1.0 = 24/7). A
    reservation's line stops at the end of its term.
    """
    fig, ax = new_chart(title, "Meses desde el inicio", "Gasto acumulado (USD)",
                        figsize=(10, 5.5))
    months_axis = list(range(months + 1))
    ax.plot(months_axis, cumulative_cost(0, on_demand_hourly, months, usage), color=NAVY,
            lw=3, label=f"Bajo demanda ({_es(on_demand_hourly, 3)} $/h)")
    colors = [ORANGE, BLUE, GREEN, VERMILION, COLORS[5], COLORS[6]]
    for i, option in enumerate(options):
        last = min(months, 12 * option.years) if option.years else months
        color = colors[i % len(colors)]
        ax.plot(range(last + 1), cumulative_cost(option.upfront, option.hourly, last),
                color=color, lw=2, label=option.label)
        month = break_even_month(on_demand_hourly, option.upfront, option.hourly, usage)
        if month is not None and month <= last:
            spent = cumulative_cost(option.upfront, option.hourly, month)[-1]
            ax.plot(month, spent, "o", color=color, ms=9, markeredgecolor="white", zorder=4)
            ax.annotate(f"mes {month}", (month, spent), xytext=(6, -14),
                        textcoords="offset points", color=color, fontsize=9,
                        fontweight="bold")
    ax.plot([], [], "o", color="grey", ms=9, label="Punto de equilibrio (mes)")
    ax.set_xlim(0, months)
    ax.set_ylim(bottom=0)
    ax.legend(loc="upper left", fontsize=9)
    return fig


def plot_spot_series(spot_prices: Sequence[float], on_demand_hourly: float,
                     title: str = "Precio de spot (serie sintética) frente a bajo demanda",
                     label: str = "Precio de spot (sintético)") -> Figure:
    """An hourly Spot price series (x in days) against the flat On-Demand price."""
    days = [h / 24 for h in range(len(spot_prices))]
    fig, ax = new_chart(title, "Días", "Precio (USD por hora)")
    ax.axhspan(on_demand_hourly * (1 - MAX_SPOT_DISCOUNT), on_demand_hourly * 0.4,
               color=ORANGE, alpha=0.12, label="Ahorro del 60 al 90 %")
    ax.step(days, spot_prices, where="post", color=ORANGE, lw=1.8, label=label)
    ax.axhline(on_demand_hourly, color=NAVY, lw=2.5,
               label=f"Bajo demanda ({_es(on_demand_hourly, 3)} $/h)")
    mean = sum(spot_prices) / len(spot_prices)
    ax.axhline(mean, color=ORANGE, ls=":", lw=1.5,
               label=f"Media de spot ({_es(mean, 4)} $/h: "
                     f"{_es(savings_percent(on_demand_hourly, mean))} % menos)")
    ax.set_ylim(0, on_demand_hourly * 1.35)
    ax.set_xlim(0, days[-1] if days else 1)
    _comma_ticks(ax.yaxis)
    ax.legend(loc="upper right", fontsize=9, ncols=2)
    return fig


def plot_regional_prices(prices: Mapping[str, float], reference: str = "us-east-1",
                         title: str = "La misma instancia en distintas regiones") -> Figure:
    """Horizontal bars: the hourly price of one instance type in each region, cheapest at
    the top, each labelled with how much more it costs than in ``reference``."""
    order = sorted(prices, key=lambda r: (-prices[r], r))
    base = prices[reference]
    fig, ax = new_chart(title, "Precio bajo demanda (USD por hora)", "Región",
                        figsize=(9, 0.4 * len(order) + 1.8))
    colors = [NAVY if r == reference else ORANGE for r in order]
    bars = ax.barh(order, [prices[r] for r in order], color=colors)
    ax.bar_label(bars, labels=["referencia" if r == reference else
                               "igual" if math.isclose(prices[r], base) else
                               f"+{_es(100 * (prices[r] / base - 1))} %" for r in order],
                 padding=4, fontsize=9)
    ax.set_xlim(0, max(prices.values()) * 1.18)
    _comma_ticks(ax.xaxis)
    ax.grid(axis="y", visible=False)
    ax.legend(handles=[Patch(color=NAVY, label=f"{reference} (referencia)"),
                       Patch(color=ORANGE, label=f"Otras regiones (% sobre {reference})")],
              loc="upper center", bbox_to_anchor=(0.5, -0.1), ncols=2)
    return fig


def plot_spot_job_cost(on_demand_hourly: float, spot_hourly: float, job_hours: float,
                       checkpoint_hours: float = 1.0, restart_hours: float = 0.1,
                       max_rate: float = 0.3,
                       title: str | None = None) -> Figure:
    """Expected cost of a Spot job (with and without checkpoints) as interruptions become
    more frequent, against the same job On-Demand."""
    rates = [max_rate * i / 100 for i in range(101)]
    title = title or f"Trabajo de {_es(job_hours)} h: coste esperado según las interrupciones"
    fig, ax = new_chart(title, "Interrupciones esperadas por hora de trabajo",
                        "Coste esperado del trabajo (USD)")
    on_demand = on_demand_cost(on_demand_hourly, job_hours * 3600)
    scratch = [spot_job_expected_cost(spot_hourly, job_hours, r, None, restart_hours)
               for r in rates]
    saved = [spot_job_expected_cost(spot_hourly, job_hours, r, checkpoint_hours,
                                    restart_hours) for r in rates]
    ax.axhline(on_demand, color=NAVY, lw=2.5, label="Bajo demanda (sin interrupciones)")
    ax.plot(rates, scratch, color=VERMILION, lw=2.5,
            label="Instancia de spot, vuelve a empezar de cero")
    ax.plot(rates, saved, color=GREEN, lw=2.5,
            label=f"Instancia de spot, punto de control cada {_es(checkpoint_hours, 1)} h")
    crossing = next((r for r, c in zip(rates, scratch, strict=True) if c > on_demand), None)
    if crossing is not None:
        ax.axvline(crossing, color="grey", ls=":")
        ax.annotate(f"Desde ≈ {_es(crossing, 2)} interrupciones/h,\nsin puntos de control "
                    "la instancia de spot sale más cara", (crossing, on_demand),
                    xytext=(-10, 40),
                    textcoords="offset points", ha="right", fontsize=9,
                    arrowprops={"arrowstyle": "->", "color": "grey"})
    advisor = interruptions_per_hour_from_monthly(0.20)
    ax.annotate("Banda del 20 % al mes del Spot Instance\nAdvisor, pasada a horas por el curso:\n"
                f"≈ {_es(advisor, 4)} por hora", (0, spot_hourly * job_hours),
                xytext=(45, -38), textcoords="offset points", fontsize=9, va="center",
                arrowprops={"arrowstyle": "->", "color": "grey"})
    ax.set_xlim(0, max_rate)
    ax.set_ylim(0, on_demand * 2)
    _comma_ticks(ax.xaxis)
    _comma_ticks(ax.yaxis)
    handles = ax.get_legend_handles_labels()[0]
    if crossing is not None:
        handles.append(Line2D([], [], color="grey", ls=":",
                              label="Donde la instancia de spot deja de compensar"))
    ax.legend(handles=handles, loc="upper left", fontsize=9)
    return fig

"""Wraps the course's pricing API in functions of its own: ej3, ej4, ej5 and the data of ej6."""
# fails: ej3-pruebas ej4-pruebas ej5-pruebas ej6a-pruebas
# message: effective_hourly usa fundamentos_aws.pricing
# message: savings_percent usa fundamentos_aws.pricing
# message: break_even_month usa fundamentos_aws.pricing
# message: plot_cumulative_cost usa fundamentos_aws.pricing
# %% ej3-respuesta
from fundamentos_aws import pricing


def effective_hourly(upfront, hourly, years):
    return pricing.reserved_effective_hourly(upfront, hourly, years)
# %% ej4-respuesta
from fundamentos_aws.pricing import savings_percent as _savings

savings_percent = lambda reference_hourly, hourly: _savings(reference_hourly, hourly)  # noqa: E731
# %% ej5-respuesta
import fundamentos_aws.pricing as course_pricing


def _months(on_demand_hourly, upfront, hourly):
    return course_pricing.break_even_month(on_demand_hourly, upfront, hourly)


def break_even_month(on_demand_hourly, upfront, hourly):
    return _months(on_demand_hourly, upfront, hourly)
# %% ej6-respuesta
from fundamentos_aws.pricing import cumulative_cost


def plot_cumulative_cost(on_demand_hourly, upfront, hourly, months):
    fig, ax = plt.subplots()
    x = list(range(months + 1))
    ax.plot(x, cumulative_cost(0, on_demand_hourly, months), label="Bajo demanda")
    ax.plot(x, cumulative_cost(upfront, hourly, months), label="Reservada")
    ax.set_title("Gasto acumulado")
    ax.set_xlabel("Mes")
    ax.set_ylabel("USD")
    ax.legend()
    return fig

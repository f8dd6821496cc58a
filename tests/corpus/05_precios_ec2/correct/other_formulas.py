"""Other formulas: ceil by floor division, 365 × 24 hours, savings as 100 − 100·p/r,
break-even from the cumulative costs, numpy arrays and a figure-level legend."""
# %% ej1-respuesta
def on_demand_cost(hourly, seconds):
    billed = 0 if seconds == 0 else max(60, -(-seconds // 1))
    return billed / 3600 * hourly
# %% ej3-respuesta
def effective_hourly(upfront, hourly, years):
    hours = years * 365 * 24
    return (upfront + hourly * hours) / hours
# %% ej4-respuesta
def savings_percent(reference_hourly, hourly):
    return 100 - 100 * hourly / reference_hourly
# %% ej5-respuesta
def break_even_month(on_demand_hourly, upfront, hourly):
    for month in range(1, 100_000):
        reserved = upfront + hourly * 730 * month
        on_demand = on_demand_hourly * 730 * month
        if reserved <= on_demand:
            return month
    return None
# %% ej6-respuesta
import numpy as np


def plot_cumulative_cost(on_demand_hourly, upfront, hourly, months):
    fig, ax = plt.subplots()
    x = np.arange(months + 1)
    ax.plot(x, on_demand_hourly * HOURS_PER_MONTH * x, label="Bajo demanda", color="black")
    ax.plot(x, upfront + hourly * HOURS_PER_MONTH * x, label="Reservada", color="orange")
    ax.set(title="¿Cuándo compensa reservar?", xlabel="Meses", ylabel="Dólares gastados ($)")
    fig.legend()
    return fig
# %% ej7-respuesta
def spot_job_cost(spot_hourly, job_hours, interruptions, checkpoint_hours, restart_minutes):
    repeated = interruptions * checkpoint_hours * 0.5
    restarts = interruptions * restart_minutes / 60
    return (job_hours + repeated + restarts) * spot_hourly

"""Uses 365.25-day years: 8766 hours a year (ej3) and 730.5 hours a month in the chart (ej6a)."""
# fails: ej3-pruebas ej6a-pruebas
# message: 8766 horas (365,25 días)
# message: ni 720 ni 730,5
# %% ej3-respuesta
def effective_hourly(upfront, hourly, years):
    return upfront / (years * 365.25 * 24) + hourly
# %% ej6-respuesta
def plot_cumulative_cost(on_demand_hourly, upfront, hourly, months):
    fig, ax = plt.subplots()
    x = list(range(months + 1))
    month_hours = 365.25 * 24 / 12
    ax.plot(x, [on_demand_hourly * month_hours * m for m in x], label="Bajo demanda")
    ax.plot(x, [upfront + hourly * month_hours * m for m in x], label="Reservada")
    ax.set_title("Gasto acumulado")
    ax.set_xlabel("Mes")
    ax.set_ylabel("USD")
    ax.legend()
    return fig

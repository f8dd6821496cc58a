"""A chart without a title (ej6b); savings as an absolute value, never negative (ej4)."""
# fails: ej6b-pruebas ej4-pruebas
# message: El gráfico no tiene título
# %% ej6-respuesta
def plot_cumulative_cost(on_demand_hourly, upfront, hourly, months):
    fig, ax = plt.subplots()
    x = list(range(months + 1))
    ax.plot(x, [on_demand_hourly * 730 * m for m in x], label="Bajo demanda")
    ax.plot(x, [upfront + hourly * 730 * m for m in x], label="Reservada")
    ax.set_xlabel("Mes")
    ax.set_ylabel("Gasto acumulado (USD)")
    ax.legend()
    return fig
# %% ej4-respuesta
def savings_percent(reference_hourly, hourly):
    return abs(100 * (reference_hourly - hourly) / reference_hourly)

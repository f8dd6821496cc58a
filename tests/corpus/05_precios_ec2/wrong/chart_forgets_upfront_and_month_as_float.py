"""The reserved line leaves out the upfront payment (ej6a); the break-even month is the exact 7.08 instead of a whole month (ej5)."""
# fails: ej6a-pruebas ej5-pruebas
# message: empieza en 0, pero el mes 0
# message: número ENTERO de mes
# %% ej6-respuesta
def plot_cumulative_cost(on_demand_hourly, upfront, hourly, months):
    fig, ax = plt.subplots()
    x = list(range(months + 1))
    ax.plot(x, [on_demand_hourly * 730 * m for m in x], label="Bajo demanda")
    ax.plot(x, [hourly * 730 * m for m in x], label="Reservada")
    ax.set_title("Coste acumulado")
    ax.set_xlabel("Mes")
    ax.set_ylabel("USD")
    ax.legend()
    return fig
# %% ej5-respuesta
def break_even_month(on_demand_hourly, upfront, hourly):
    saved = (on_demand_hourly - hourly) * HOURS_PER_MONTH
    return upfront / saved if saved > 0 else None

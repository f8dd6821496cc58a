"""The chart plots months 1..months, without the starting point (ej6a); the break-even month is truncated, 7.08 -> 7 (ej5)."""
# fails: ej6a-pruebas ej5-pruebas
# message: debe ir del mes 0 al 12
# message: Redondea hacia ARRIBA
# %% ej6-respuesta
def plot_cumulative_cost(on_demand_hourly, upfront, hourly, months):
    fig, ax = plt.subplots()
    x = list(range(1, months + 1))
    ax.plot(x, [on_demand_hourly * 730 * m for m in x], label="Bajo demanda")
    ax.plot(x, [upfront + hourly * 730 * m for m in x], label="Reservada")
    ax.set_title("Coste acumulado")
    ax.set_xlabel("Mes")
    ax.set_ylabel("USD")
    ax.legend()
    return fig
# %% ej5-respuesta
def break_even_month(on_demand_hourly, upfront, hourly):
    saved = (on_demand_hourly - hourly) * HOURS_PER_MONTH
    if saved <= 0:
        return None
    return max(1, int(upfront / saved))

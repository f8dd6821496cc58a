"""Stops the reserved line at the end of a one-year term (ej6a); the break-even ignores the reservation's own hourly rate (ej5)."""
# fails: ej6a-pruebas ej5-pruebas
# %% ej6-respuesta
def plot_cumulative_cost(on_demand_hourly, upfront, hourly, months):
    fig, ax = plt.subplots()
    x = list(range(months + 1))
    term = x[:13]
    ax.plot(x, [on_demand_hourly * 730 * m for m in x], label="Bajo demanda")
    ax.plot(term, [upfront + hourly * 730 * m for m in term], label="Reservada")
    ax.set_title("Gasto acumulado")
    ax.set_xlabel("Mes")
    ax.set_ylabel("USD")
    ax.legend()
    return fig
# %% ej5-respuesta
def break_even_month(on_demand_hourly, upfront, hourly):
    if hourly >= on_demand_hourly:
        return None
    return max(1, math.ceil(upfront / (on_demand_hourly * HOURS_PER_MONTH)))

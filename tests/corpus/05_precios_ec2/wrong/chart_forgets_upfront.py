"""The reserved line leaves out the upfront payment."""
# fails: ej6a-pruebas
# message: empieza en 0, pero el mes 0
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

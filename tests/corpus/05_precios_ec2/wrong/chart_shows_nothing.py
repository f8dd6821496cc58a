"""Draws with plt.plot on a new figure and returns nothing."""
# fails: ej6a-pruebas ej6b-pruebas
# message: debe devolver la figura de matplotlib
# %% ej6-respuesta
def plot_cumulative_cost(on_demand_hourly, upfront, hourly, months):
    x = list(range(months + 1))
    plt.figure()
    plt.plot(x, [on_demand_hourly * 730 * m for m in x], label="Bajo demanda")
    plt.plot(x, [upfront + hourly * 730 * m for m in x], label="Reservada")
    plt.legend()

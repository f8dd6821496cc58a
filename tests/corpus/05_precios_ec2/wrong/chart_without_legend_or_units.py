"""Right data, but English axis labels, no unit and no legend."""
# fails: ej6b-pruebas
# message: El eje x debe decir que son meses
# %% ej6-respuesta
def plot_cumulative_cost(on_demand_hourly, upfront, hourly, months):
    fig, ax = plt.subplots()
    x = list(range(months + 1))
    ax.plot(x, [on_demand_hourly * 730 * m for m in x], label="Bajo demanda")
    ax.plot(x, [upfront + hourly * 730 * m for m in x], label="Reservada")
    ax.set_title("Cumulative cost")
    ax.set_xlabel("Month")
    ax.set_ylabel("Cost")
    return fig

"""A chart with labelled lines but no legend (ej6b); the restart time counted once, not per interruption (ej7)."""
# fails: ej6b-pruebas ej7-pruebas
# message: Falta la leyenda
# %% ej6-respuesta
def plot_cumulative_cost(on_demand_hourly, upfront, hourly, months):
    fig, ax = plt.subplots()
    x = list(range(months + 1))
    ax.plot(x, [on_demand_hourly * 730 * m for m in x], label="Bajo demanda")
    ax.plot(x, [upfront + hourly * 730 * m for m in x], label="Reservada")
    ax.set_title("Gasto acumulado")
    ax.set_xlabel("Mes")
    ax.set_ylabel("Gasto acumulado (USD)")
    return fig
# %% ej7-respuesta
def spot_job_cost(spot_hourly, job_hours, interruptions, checkpoint_hours, restart_minutes):
    return spot_hourly * (job_hours + interruptions * checkpoint_hours / 2 + restart_minutes / 60)

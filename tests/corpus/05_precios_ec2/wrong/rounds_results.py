"""Rounds what it returns: the bill to cents (ej1, so ej2 too), the savings to one decimal (ej4), the Spot job to cents (ej7)."""
# fails: ej1-pruebas ej2-pruebas ej4-pruebas ej7-pruebas
# message: has redondeado el resultado
# %% ej1-respuesta
def on_demand_cost(hourly, seconds):
    if seconds == 0:
        return 0.0
    return round(hourly * max(60, math.ceil(seconds)) / 3600, 2)
# %% ej4-respuesta
def savings_percent(reference_hourly, hourly):
    return round(100 * (reference_hourly - hourly) / reference_hourly, 1)
# %% ej7-respuesta
def spot_job_cost(spot_hourly, job_hours, interruptions, checkpoint_hours, restart_minutes):
    hours = job_hours + interruptions * (checkpoint_hours / 2 + restart_minutes / 60)
    return round(spot_hourly * hours, 2)

"""Spreads the upfront payment over one year whatever the term (ej3), returns the share that is paid (ej4), adds the restart minutes as hours (ej7)."""
# fails: ej3-pruebas ej4-pruebas ej7-pruebas
# message: no usa `years`
# message: Devuelves lo que se PAGA
# message: 6 minutos son 6 / 60 = 0,1 horas
# %% ej3-respuesta
def effective_hourly(upfront, hourly, years):
    return upfront / HOURS_PER_YEAR + hourly
# %% ej4-respuesta
def savings_percent(reference_hourly, hourly):
    return 100 * hourly / reference_hourly
# %% ej7-respuesta
def spot_job_cost(spot_hourly, job_hours, interruptions, checkpoint_hours, restart_minutes):
    return spot_hourly * (job_hours + interruptions * (checkpoint_hours / 2 + restart_minutes))

"""Adds the restart minutes as if they were hours."""
# fails: ej7-pruebas
# message: 6 minutos son 6 / 60 = 0,1 horas
# %% ej7-respuesta
def spot_job_cost(spot_hourly, job_hours, interruptions, checkpoint_hours, restart_minutes):
    return spot_hourly * (job_hours + interruptions * (checkpoint_hours / 2 + restart_minutes))

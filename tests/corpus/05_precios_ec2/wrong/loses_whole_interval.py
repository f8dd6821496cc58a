"""Each interruption loses the whole checkpoint interval instead of half of it on average."""
# fails: ej7-pruebas
# message: la MITAD del intervalo
# %% ej7-respuesta
def spot_job_cost(spot_hourly, job_hours, interruptions, checkpoint_hours, restart_minutes):
    return spot_hourly * (job_hours + interruptions * (checkpoint_hours + restart_minutes / 60))

"""Three reading slips in independent exercises: the effective rate forgets the upfront payment (ej3), the savings come out as a fraction (ej4), each interruption loses the whole checkpoint interval (ej7)."""
# fails: ej3-pruebas ej4-pruebas ej7-pruebas
# message: reparte el pago inicial
# message: Devuelves una fracción
# message: la MITAD del intervalo
# %% ej3-respuesta
def effective_hourly(upfront, hourly, years):
    return hourly
# %% ej4-respuesta
def savings_percent(reference_hourly, hourly):
    return (reference_hourly - hourly) / reference_hourly
# %% ej7-respuesta
def spot_job_cost(spot_hourly, job_hours, interruptions, checkpoint_hours, restart_minutes):
    return spot_hourly * (job_hours + interruptions * (checkpoint_hours + restart_minutes / 60))

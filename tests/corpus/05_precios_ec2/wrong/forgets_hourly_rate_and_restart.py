"""Forgets the hourly rate of a partial upfront reservation (ej3), divides the saving by the new price (ej4), forgets the restart time (ej7), reserves by hours a day alone (ej8a)."""
# fails: ej3-pruebas ej4-pruebas ej7-pruebas ej8a-pruebas
# message: olvida la tarifa por hora
# message: Has dividido el ahorro entre el precio nuevo
# message: Te falta el tiempo de reinicio
# %% ej3-respuesta
def effective_hourly(upfront, hourly, years):
    return upfront / (years * HOURS_PER_YEAR)
# %% ej4-respuesta
def savings_percent(reference_hourly, hourly):
    return 100 * (reference_hourly - hourly) / hourly
# %% ej7-respuesta
def spot_job_cost(spot_hourly, job_hours, interruptions, checkpoint_hours, restart_minutes):
    return spot_hourly * (job_hours + interruptions * checkpoint_hours / 2)
# %% ej8-respuesta
def choose_purchase_option(profile):
    if profile["interruptible"]:
        return ("spot", "Admite interrupciones: si la cortan, se repite sin daño.")
    if profile["hours_per_day"] >= 16:
        return ("reservada", "Funciona casi todo el día: compensa el compromiso de 1 o 3 años.")
    return ("bajo_demanda", "Es corto o irregular: no compensa comprometerse.")

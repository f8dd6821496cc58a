"""Never answers None: a reservation dearer by the hour «pays off» in month 1 (ej5); counts only the job's hours (ej7); names the option «Bajo demanda» instead of "bajo_demanda" (ej8a, ej8b)."""
# fails: ej5-pruebas ej7-pruebas ej8a-pruebas ej8b-pruebas
# message: la reserva nunca compensa: se espera None
# message: Cuentas solo las 10 horas del trabajo
# message: La opción debe ser una de
# %% ej5-respuesta
def break_even_month(on_demand_hourly, upfront, hourly):
    saved = (on_demand_hourly - hourly) * HOURS_PER_MONTH
    if saved == 0:
        return None
    return max(1, math.ceil(upfront / saved))
# %% ej7-respuesta
def spot_job_cost(spot_hourly, job_hours, interruptions, checkpoint_hours, restart_minutes):
    return spot_hourly * job_hours
# %% ej8-respuesta
def choose_purchase_option(profile):
    if profile["interruptible"]:
        return ("spot", "Admite interrupciones: si la cortan, se repite sin daño.")
    if profile["hours_per_day"] >= 16 and profile["months"] >= 12:
        return ("reservada", "Uso continuo durante un año: compensa el compromiso.")
    return ("Bajo demanda", "Es corto o irregular: no compensa comprometerse.")

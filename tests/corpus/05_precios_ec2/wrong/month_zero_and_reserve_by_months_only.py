"""Counts months from 0, so no upfront answers month 0 (ej5); reserves anything that lasts a year, even 3 hours a day (ej8a)."""
# fails: ej5-pruebas ej8a-pruebas
# message: los meses se cuentan desde 1
# %% ej5-respuesta
def break_even_month(on_demand_hourly, upfront, hourly):
    if hourly >= on_demand_hourly:
        return None
    month = 0
    while upfront + hourly * 730 * month > on_demand_hourly * 730 * month:
        month += 1
    return month
# %% ej8-respuesta
def choose_purchase_option(profile):
    if profile["interruptible"]:
        return ("spot", "Admite interrupciones, así que spot es lo más barato.")
    if profile["months"] >= 12:
        return ("reservada", "Dura al menos un año: compensa el compromiso de la reserva.")
    return ("bajo_demanda", "Es corto: bajo demanda, sin compromiso.")

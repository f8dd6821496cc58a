"""Strict comparisons where the statement says «lo mismo o menos» / «al menos»: waits until the reservation is strictly cheaper (ej5) and reserves only above 16 h and 12 months (ej8a)."""
# fails: ej5-pruebas ej8a-pruebas
# %% ej5-respuesta
def break_even_month(on_demand_hourly, upfront, hourly):
    if hourly >= on_demand_hourly:
        return None
    month = 1
    while upfront + hourly * 730 * month >= on_demand_hourly * 730 * month:
        month += 1
    return month
# %% ej8-respuesta
def choose_purchase_option(profile):
    if profile["interruptible"]:
        return ("spot", "Admite interrupciones, así que spot es lo más barato.")
    if profile["hours_per_day"] > 16 and profile["months"] > 12:
        return ("reservada", "Uso continuo de más de un año: compensa el compromiso.")
    return ("bajo_demanda", "Es corto o irregular: bajo demanda, sin compromiso.")

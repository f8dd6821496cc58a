"""Adds the seconds of every session and applies the minimum once (ej2); checks the reservation before spot, so an interruptible 24/7 fleet is reserved (ej8a)."""
# fails: ej2-pruebas ej8a-pruebas
# message: a CADA arranque
# %% ej2-respuesta
def sessions_cost(hourly, sessions):
    return on_demand_cost(hourly, sum(sessions))
# %% ej8-respuesta
def choose_purchase_option(profile):
    if profile["hours_per_day"] >= 16 and profile["months"] >= 12:
        return ("reservada", "Uso continuo de al menos un año: compensa el compromiso.")
    if profile["interruptible"]:
        return ("spot", "Admite interrupciones, así que spot es lo más barato.")
    return ("bajo_demanda", "Es corto o irregular: bajo demanda, sin compromiso.")

"""Applies the minimum per session but rounds the seconds up once, after summing (ej2); cheapest wins, so a database that must not stop goes to spot (ej8a)."""
# fails: ej2-pruebas ej8a-pruebas
# message: nunca spot: la interrumpirían
# %% ej2-respuesta
def sessions_cost(hourly, sessions):
    billed = sum(max(MINIMUM_SECONDS, seconds) for seconds in sessions if seconds > 0)
    return hourly * math.ceil(billed) / 3600
# %% ej8-respuesta
def choose_purchase_option(profile):
    if profile["interruptible"] or profile["months"] >= 12:
        return ("spot", "Spot es lo más barato; si hay interrupciones, se vuelve a lanzar.")
    return ("bajo_demanda", "Es corto: bajo demanda, sin compromiso.")

"""Cheapest wins: anything long goes to spot, even a database that must not stop."""
# fails: ej8a-pruebas
# message: nunca spot: la interrumpirían
# %% ej8-respuesta
def choose_purchase_option(profile):
    if profile["interruptible"] or profile["months"] >= 12:
        return ("spot", "Spot es lo más barato; si hay interrupciones, se vuelve a lanzar.")
    return ("bajo_demanda", "Es corto: bajo demanda, sin compromiso.")

"""Checks the reservation first: an interruptible 24/7 fleet is reserved instead of spot."""
# fails: ej8a-pruebas
# %% ej8-respuesta
def choose_purchase_option(profile):
    if profile["hours_per_day"] >= 16 and profile["months"] >= 12:
        return ("reservada", "Uso continuo de al menos un año: compensa el compromiso.")
    if profile["interruptible"]:
        return ("spot", "Admite interrupciones, así que spot es lo más barato.")
    return ("bajo_demanda", "Es corto o irregular: bajo demanda, sin compromiso.")

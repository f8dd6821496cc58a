"""Uses > instead of >= : 16 hours a day for exactly 12 months is not reserved."""
# fails: ej8a-pruebas
# %% ej8-respuesta
def choose_purchase_option(profile):
    if profile["interruptible"]:
        return ("spot", "Admite interrupciones, así que spot es lo más barato.")
    if profile["hours_per_day"] > 16 and profile["months"] > 12:
        return ("reservada", "Uso continuo de más de un año: compensa el compromiso.")
    return ("bajo_demanda", "Es corto o irregular: bajo demanda, sin compromiso.")

"""Right options, but the same empty reason every time."""
# fails: ej8b-pruebas
# message: no explica lo que decide esa opción
# %% ej8-respuesta
def choose_purchase_option(profile):
    reason = "Es la mejor opción para este caso."
    if profile["interruptible"]:
        return ("spot", reason)
    if profile["hours_per_day"] >= 16 and profile["months"] >= 12:
        return ("reservada", reason)
    return ("bajo_demanda", reason)

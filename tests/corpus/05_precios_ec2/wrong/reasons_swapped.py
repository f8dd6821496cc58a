"""Right options, but each reason explains another option (the reasons are shifted by one)."""
# fails: ej8b-pruebas
# message: no explica lo que decide esa opción
# %% ej8-respuesta
REASONS = ["Funciona casi todo el día durante más de un año: el compromiso compensa.",
           "Es corto o irregular: no merece la pena comprometerse.",
           "Admite interrupciones: si AWS reclama la capacidad, se repite."]


def choose_purchase_option(profile):
    if profile["interruptible"]:
        return ("spot", REASONS[0])
    if profile["hours_per_day"] >= 16 and profile["months"] >= 12:
        return ("reservada", REASONS[1])
    return ("bajo_demanda", REASONS[2])

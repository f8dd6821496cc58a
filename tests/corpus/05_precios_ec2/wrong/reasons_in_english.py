"""Right options, but the reasons are written in English."""
# fails: ej8b-pruebas
# message: La razón debe estar en español
# %% ej8-respuesta
def choose_purchase_option(profile):
    if profile["interruptible"]:
        return ("spot", "It can be interrupted and run again, so Spot is the cheapest choice.")
    if profile["hours_per_day"] >= 16 and profile["months"] >= 12:
        return ("reservada", "It runs all day for a year or more, so the commitment pays off.")
    return ("bajo_demanda", "It is short or irregular, so a commitment is not worth it.")

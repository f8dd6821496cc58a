"""Reserves anything that lasts a year, even a workload that runs 3 hours a day."""
# fails: ej8a-pruebas
# %% ej8-respuesta
def choose_purchase_option(profile):
    if profile["interruptible"]:
        return ("spot", "Admite interrupciones, así que spot es lo más barato.")
    if profile["months"] >= 12:
        return ("reservada", "Dura al menos un año: compensa el compromiso de la reserva.")
    return ("bajo_demanda", "Es corto: bajo demanda, sin compromiso.")

"""Returns only the option, with no reason."""
# fails: ej8a-pruebas ej8b-pruebas
# message: debe devolver una tupla (opción, razón)
# %% ej8-respuesta
def choose_purchase_option(profile):
    if profile["interruptible"]:
        return "spot"
    if profile["hours_per_day"] >= 16 and profile["months"] >= 12:
        return "reservada"
    return "bajo_demanda"

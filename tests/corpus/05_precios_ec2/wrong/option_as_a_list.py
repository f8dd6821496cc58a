"""Returns [option, reason] as a list where the statement asks for a tuple."""
# fails: ej8a-pruebas ej8b-pruebas
# message: debe devolver una tupla (opción, razón)
# %% ej8-respuesta
def choose_purchase_option(profile):
    if profile["interruptible"]:
        return ["spot", "Admite interrupciones: si AWS la corta, se repite sin daño."]
    if profile["hours_per_day"] >= 16 and profile["months"] >= 12:
        return ["reservada", "Uso continuo durante al menos un año: compensa el compromiso."]
    return ["bajo_demanda", "Es corto o irregular: no compensa ningún compromiso."]

"""Looks for the break-even month only up to 36 months (ej5); the reasons only repeat the hours and months, never why the option fits (ej8b)."""
# fails: ej5-pruebas ej8b-pruebas
# message: break_even_month(0.096, 5000, 0) devuelve None
# %% ej5-respuesta
def break_even_month(on_demand_hourly, upfront, hourly):
    for month in range(1, 37):
        if upfront + hourly * HOURS_PER_MONTH * month <= on_demand_hourly * HOURS_PER_MONTH * month:
            return month
    return None
# %% ej8-respuesta
def choose_purchase_option(profile):
    text = f"Funciona {profile['hours_per_day']} horas al día y seguirá {profile['months']} meses."
    if profile["interruptible"]:
        return ("spot", text)
    if profile["hours_per_day"] >= 16 and profile["months"] >= 12:
        return ("reservada", text)
    return ("bajo_demanda", text)

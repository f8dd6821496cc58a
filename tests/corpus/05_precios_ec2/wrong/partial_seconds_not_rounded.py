"""Applies the minimum but bills fractions of a second (90.4 s as 90.4 s)."""
# fails: ej1-pruebas ej2-pruebas
# message: 90,4 s cuentan como 91 s
# %% ej1-respuesta
def on_demand_cost(hourly, seconds):
    if seconds == 0:
        return 0.0
    return hourly * max(60, seconds) / 3600

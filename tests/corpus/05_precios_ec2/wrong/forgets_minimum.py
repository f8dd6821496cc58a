"""Bills the seconds used with no 60-second minimum."""
# fails: ej1-pruebas ej2-pruebas
# message: mínimo de 60 segundos
# %% ej1-respuesta
def on_demand_cost(hourly, seconds):
    return hourly * math.ceil(seconds) / 3600

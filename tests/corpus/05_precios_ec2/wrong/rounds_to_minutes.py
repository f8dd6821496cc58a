"""Bills whole minutes."""
# fails: ej1-pruebas ej2-pruebas
# message: no por minuto
# %% ej1-respuesta
def on_demand_cost(hourly, seconds):
    return hourly * math.ceil(seconds / 60) / 60

"""Bills whole hours, as EC2 did before 2017."""
# fails: ej1-pruebas ej2-pruebas
# message: no se cobran como una hora entera
# %% ej1-respuesta
def on_demand_cost(hourly, seconds):
    return hourly * math.ceil(seconds / 3600)

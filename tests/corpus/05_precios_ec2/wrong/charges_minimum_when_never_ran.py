"""Charges the 60-second minimum even for a run of 0 seconds."""
# fails: ej1-pruebas
# %% ej1-respuesta
def on_demand_cost(hourly, seconds):
    return hourly * max(60, math.ceil(seconds)) / 3600

"""Counts a started second with int(seconds) + 1, which also adds a second to whole numbers."""
# fails: ej1-pruebas ej2-pruebas
# message: on_demand_cost(0.096, 3600) vale
# %% ej1-respuesta
def on_demand_cost(hourly, seconds):
    if seconds == 0:
        return 0.0
    return hourly * max(60, int(seconds) + 1) / 3600

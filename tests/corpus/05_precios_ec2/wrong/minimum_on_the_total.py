"""Adds the seconds of every session and applies the minimum once."""
# fails: ej2-pruebas
# message: a CADA arranque
# %% ej2-respuesta
def sessions_cost(hourly, sessions):
    return on_demand_cost(hourly, sum(sessions))

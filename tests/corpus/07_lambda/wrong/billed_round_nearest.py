"""Rounds to the nearest step instead of up (and monthly_cost, built on it, inherits it)."""
# fails: ej8-pruebas ej9-pruebas ej10-pruebas
# message: has redondeado al más cercano
# %% ej8-respuesta
def billed_duration_ms(duration_ms, granularity_ms):
    return round(duration_ms / granularity_ms) * granularity_ms

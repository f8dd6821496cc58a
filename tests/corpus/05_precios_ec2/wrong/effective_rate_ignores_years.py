"""Spreads the upfront payment over one year whatever the term."""
# fails: ej3-pruebas
# message: no usa `years`
# %% ej3-respuesta
def effective_hourly(upfront, hourly, years):
    return upfront / HOURS_PER_YEAR + hourly

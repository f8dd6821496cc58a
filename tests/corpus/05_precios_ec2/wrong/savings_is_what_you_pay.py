"""Returns the share that is paid (62.5 %), not the share that is saved."""
# fails: ej4-pruebas
# message: Devuelves lo que se PAGA
# %% ej4-respuesta
def savings_percent(reference_hourly, hourly):
    return 100 * hourly / reference_hourly

"""Returns 0.375 instead of 37.5."""
# fails: ej4-pruebas
# message: Devuelves una fracción
# %% ej4-respuesta
def savings_percent(reference_hourly, hourly):
    return (reference_hourly - hourly) / reference_hourly

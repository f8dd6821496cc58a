"""Uses the speed of light in vacuum instead of in fibre."""
# fails: ej4b-pruebas
# message: velocidad de la luz en el vacío
# %% ej4b-respuesta
def min_rtt_ms(distance):
    return 2 * distance / 300_000 * 1000

"""Computes only the one-way time."""
# fails: ej4b-pruebas
# message: ¿has calculado solo la ida?
# %% ej4b-respuesta
def min_rtt_ms(distance):
    return distance / FIBRE_KM_PER_S * 1000

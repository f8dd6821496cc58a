"""Rounds the latency to two decimals: 5768.58 km gives 57.69 ms instead of 57.6858."""
# fails: ej4b-pruebas
# %% ej4b-respuesta
def min_rtt_ms(distance):
    return round(2 * distance / FIBRE_KM_PER_S * 1000, 2)

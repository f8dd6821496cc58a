"""Pythagoras on degrees times 111 km: fine nearby, wrong across oceans (and across the date
line, so the nearest region of Pago Pago is wrong too)."""
# fails: ej4a-pruebas ej5-pruebas
# %% ej4a-respuesta
def distance_km(lat1, lon1, lat2, lon2):
    return 111.19 * math.hypot(lat2 - lat1, lon2 - lon1)

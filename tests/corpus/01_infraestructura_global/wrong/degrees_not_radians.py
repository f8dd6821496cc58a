"""Feeds degrees to sin/cos: the distances are nonsense, and so is the nearest region."""
# fails: ej4a-pruebas ej5-pruebas
# message: ¿Pasas los grados a radianes
# %% ej4a-respuesta
def distance_km(lat1, lon1, lat2, lon2):
    h = (math.sin((lat2 - lat1) / 2) ** 2
         + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2)
    return 2 * EARTH_RADIUS_KM * math.asin(math.sqrt(h))

"""Another Earth radius (6378 km, the equatorial one) and another speed in fibre (2/3 of
299 792.458 km/s): 0.1 % off, which the statement's constants do not allow."""
# fails: ej4a-pruebas ej4b-pruebas
# message: ¿usas otro radio de la Tierra
# message: El enunciado fija FIBRE_KM_PER_S = 200 000 km/s
# %% ej4a-respuesta
def distance_km(lat1, lon1, lat2, lon2):
    phi1, phi2 = math.radians(lat1), math.radians(lat2)
    h = (math.sin((phi2 - phi1) / 2) ** 2
         + math.cos(phi1) * math.cos(phi2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2)
    return 2 * 6378 * math.asin(math.sqrt(h))
# %% ej4b-respuesta
def min_rtt_ms(distance):
    return 2 * distance / (299_792.458 * 2 / 3) * 1000

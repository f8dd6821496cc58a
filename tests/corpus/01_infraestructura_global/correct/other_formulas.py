"""Other formulas and shapes: atan2 haversine, d/100, reduce, remainder to the last zones,
quiz answers in capitals with spaces."""
# %% ej3-respuesta
from functools import reduce

def regions_offering(services):
    session = boto3.session.Session()
    sets = map(set, (session.get_available_regions(s) for s in services))
    return sorted(reduce(lambda a, b: a & b, sets))
# %% ej4a-respuesta
def distance_km(lat1, lon1, lat2, lon2):
    p1, l1, p2, l2 = map(math.radians, (lat1, lon1, lat2, lon2))
    a = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin((l2 - l1) / 2) ** 2
    return EARTH_RADIUS_KM * 2 * math.atan2(math.sqrt(a), math.sqrt(1 - a))
# %% ej4b-respuesta
def min_rtt_ms(distance):
    return distance / 100  # 2 * d / 200 000 km/s, in ms
# %% ej5-respuesta
def nearest_region(lat, lon, regions):
    return sorted(regions, key=lambda r: distance_km(lat, lon, r["lat"], r["lon"]))[0]["region"]
# %% ej6a-respuesta
def choose_region(candidates, requirements):
    def ok(c):
        countries = requirements.get("countries")
        limit = requirements.get("max_latency_ms")
        return ((not countries and countries is None or c["country"] in (countries or ()))
                and (limit is None or c["latency_ms"] <= limit)
                and set(requirements.get("services") or ()).issubset(c["services"]))
    ranked = sorted(filter(ok, candidates),
                    key=lambda c: (c["price_per_hour"], c["latency_ms"], c["region"]))
    return next((c["region"] for c in ranked), None)
# %% ej7-respuesta
def plan_spread(n, zones):
    base, extra = divmod(n, len(zones))
    return {z: base + (1 if i >= len(zones) - extra else 0) for i, z in enumerate(zones)}
# %% quiz-respuestas
answer_1 = " B "
answer_2 = "C"
answer_3 = " C"
answer_4 = "b "
answer_5 = "c"

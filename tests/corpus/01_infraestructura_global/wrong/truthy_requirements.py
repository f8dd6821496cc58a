"""Tests requirements by truthiness: a maximum latency of 0 ms or an empty set of countries
is taken as "no requirement" (only a missing key or None switches one off)."""
# fails: ej6b-pruebas
# %% ej6a-respuesta
def choose_region(candidates, requirements):
    valid = []
    for c in candidates:
        if requirements.get("countries") and c["country"] not in requirements["countries"]:
            continue
        if requirements.get("max_latency_ms") and c["latency_ms"] > requirements["max_latency_ms"]:
            continue
        if not set(requirements.get("services") or []) <= set(c["services"]):
            continue
        valid.append(c)
    valid.sort(key=lambda c: (c["price_per_hour"], c["latency_ms"], c["region"]))
    return valid[0]["region"] if valid else None

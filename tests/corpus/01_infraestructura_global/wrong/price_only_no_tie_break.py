"""Picks the cheapest but ignores the latency and alphabetical tie-breaks."""
# fails: ej6b-pruebas
# %% ej6a-respuesta
def choose_region(candidates, requirements):
    valid = [c for c in candidates
             if (requirements.get("countries") is None or c["country"] in requirements["countries"])
             and (requirements.get("max_latency_ms") is None
                  or c["latency_ms"] <= requirements["max_latency_ms"])
             and set(requirements.get("services") or []) <= set(c["services"])]
    if not valid:
        return None
    return min(valid, key=lambda c: c["price_per_hour"])["region"]

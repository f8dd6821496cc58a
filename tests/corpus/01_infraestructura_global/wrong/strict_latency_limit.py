"""Rejects a region whose latency equals the maximum ("como máximo" includes it)."""
# fails: ej6b-pruebas
# %% ej6a-respuesta
def choose_region(candidates, requirements):
    limit = requirements.get("max_latency_ms")
    valid = [c for c in candidates
             if (requirements.get("countries") is None or c["country"] in requirements["countries"])
             and (limit is None or c["latency_ms"] < limit)
             and set(requirements.get("services") or []) <= set(c["services"])]
    if not valid:
        return None
    return min(valid, key=lambda c: (c["price_per_hour"], c["latency_ms"], c["region"]))["region"]

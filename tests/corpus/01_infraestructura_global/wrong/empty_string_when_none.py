"""Returns "" instead of None when no region qualifies."""
# fails: ej6a-pruebas ej6b-pruebas
# message: se espera None
# %% ej6a-respuesta
def choose_region(candidates, requirements):
    valid = [c for c in candidates
             if (requirements.get("countries") is None or c["country"] in requirements["countries"])
             and (requirements.get("max_latency_ms") is None
                  or c["latency_ms"] <= requirements["max_latency_ms"])
             and set(requirements.get("services") or []) <= set(c["services"])]
    if not valid:
        return ""
    return min(valid, key=lambda c: (c["price_per_hour"], c["latency_ms"], c["region"]))["region"]

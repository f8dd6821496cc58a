"""Treats every region whose code starts with "eu-" as inside the EU."""
# fails: ej6a-pruebas ej6b-pruebas
# message: eu-west-2 está en Reino Unido
# %% ej6a-respuesta
def choose_region(candidates, requirements):
    valid = [c for c in candidates
             if (requirements.get("countries") is None or c["region"].startswith("eu-"))
             and (requirements.get("max_latency_ms") is None
                  or c["latency_ms"] <= requirements["max_latency_ms"])
             and set(requirements.get("services") or []) <= set(c["services"])]
    if not valid:
        return None
    return min(valid, key=lambda c: (c["price_per_hour"], c["latency_ms"], c["region"]))["region"]

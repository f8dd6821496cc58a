"""Looks only at the first two services (ej3) and at the first required service (ej6): a
later service that removes regions is never read."""
# fails: ej3-pruebas ej6b-pruebas
# %% ej3-respuesta
def regions_offering(services):
    session = boto3.session.Session()
    regions = set(session.get_available_regions(services[0]))
    if len(services) > 1:
        regions &= set(session.get_available_regions(services[1]))
    return sorted(regions)
# %% ej6a-respuesta
def choose_region(candidates, requirements):
    countries = requirements.get("countries")
    max_latency = requirements.get("max_latency_ms")
    needed = requirements.get("services")
    valid = [c for c in candidates
             if (countries is None or c["country"] in countries)
             and (max_latency is None or c["latency_ms"] <= max_latency)
             and (not needed or needed[0] in c["services"])]
    if not valid:
        return None
    return min(valid, key=lambda c: (c["price_per_hour"], c["latency_ms"], c["region"]))["region"]

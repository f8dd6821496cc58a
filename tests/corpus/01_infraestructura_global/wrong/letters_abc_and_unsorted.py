"""Two independent mistakes. availability_zones assumes every region has zones a, b and c. And
regions_offering returns the intersection in set order, not sorted (ej8 reuses the zones, and
loses too)."""
# fails: ej1-pruebas ej3-pruebas ej8-pruebas
# %% ej1-respuesta
def availability_zones(region):
    return [f"{region}{letter}" for letter in "abc"]
# %% ej3-respuesta
def regions_offering(services):
    session = boto3.session.Session()
    regions = set(session.get_available_regions(services[0]))
    for service in services[1:]:
        regions &= set(session.get_available_regions(service))
    return list(regions)

"""Regions offering ANY of the services (union) instead of ALL of them."""
# fails: ej3-pruebas
# message: tienen ALGUNO de los servicios
# %% ej3-respuesta
def regions_offering(services):
    session = boto3.session.Session()
    regions = set()
    for service in services:
        regions |= set(session.get_available_regions(service))
    return sorted(regions)

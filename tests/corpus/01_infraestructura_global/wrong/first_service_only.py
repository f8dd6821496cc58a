"""Looks only at the first service of the list."""
# fails: ej3-pruebas
# %% ej3-respuesta
def regions_offering(services):
    return sorted(boto3.session.Session().get_available_regions(services[0]))

"""Reads the course's table (responsabilidad_compartida.csv) instead of writing its own, which
the statement forbids."""
# fails: ej2-pruebas
# message: responsible usa las filas de responsabilidad_compartida.csv
# %% ej2-respuesta
from fundamentos_aws import load_csv

TABLE = {row["capa"]: row for row in load_csv("responsabilidad_compartida.csv")}


def responsible(service, layer):
    return TABLE[layer][service]

"""Writes booleans as values: --require-symbols True."""
# fails: ej1-pruebas
# message: los parámetros booleanos no llevan valor
# %% ej1-respuesta
from botocore import xform_name


def cli_command(service, operation, params):
    words = ["aws", service, operation.replace("_", "-")]
    for name, value in params.items():
        words += [f"--{xform_name(name, '-')}", str(value)]
    return " ".join(words)

"""Writes the boto3 method name as the CLI operation."""
# fails: ej1-pruebas
# message: en la CLI la operación se escribe con guiones
# %% ej1-respuesta
import shlex

from botocore import xform_name


def cli_command(service, operation, params):
    words = ["aws", service, operation]
    for name, value in params.items():
        option = xform_name(name, "-")
        if value is True:
            words.append(f"--{option}")
        elif value is False:
            words.append(f"--no-{option}")
        else:
            words += [f"--{option}", shlex.quote(str(value))]
    return " ".join(words)

"""Does not quote values with spaces."""
# fails: ej1-pruebas
# message: un valor con espacios debe ir entre comillas
# %% ej1-respuesta
import shlex

from botocore import xform_name


def cli_command(service, operation, params):
    words = ["aws", service, operation.replace("_", "-")]
    for name, value in params.items():
        option = xform_name(name, "-")
        if value is True:
            words.append(f"--{option}")
        elif value is False:
            words.append(f"--no-{option}")
        else:
            words += [f"--{option}", str(value)]
    return " ".join(words)

"""Separates the digit: --authentication-code-1."""
# fails: ej1-pruebas
# message: la CLI llama a ese parámetro «--authentication-code1»
# %% ej1-respuesta
import re

import shlex

from botocore import xform_name


def cli_command(service, operation, params):
    words = ["aws", service, operation.replace("_", "-")]
    for name, value in params.items():
        option = re.sub(r"(?<=[a-z0-9])(?=[A-Z0-9])|(?<=[A-Z])(?=[A-Z][a-z])", "-", name).lower()
        if value is True:
            words.append(f"--{option}")
        elif value is False:
            words.append(f"--no-{option}")
        else:
            words += [f"--{option}", shlex.quote(str(value))]
    return " ".join(words)

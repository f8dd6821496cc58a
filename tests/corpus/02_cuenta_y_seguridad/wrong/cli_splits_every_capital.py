"""Puts a hyphen before every capital: --virtual-m-f-a-..."""
# fails: ej1-pruebas
# message: la CLI llama a ese parámetro «--virtual-mfa-device-name»
# %% ej1-respuesta
import re

import shlex

from botocore import xform_name


def cli_command(service, operation, params):
    words = ["aws", service, operation.replace("_", "-")]
    for name, value in params.items():
        option = re.sub(r"(?<!^)(?=[A-Z])", "-", name).lower()
        if value is True:
            words.append(f"--{option}")
        elif value is False:
            words.append(f"--no-{option}")
        else:
            words += [f"--{option}", shlex.quote(str(value))]
    return " ".join(words)

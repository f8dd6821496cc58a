"""Two independent mistakes. Separates the digit: --authentication-code-1. And: Returns 'Cliente' instead of 'cliente'."""
# fails: ej1-pruebas ej2-pruebas
# message: la CLI llama a ese parámetro «--authentication-code1»
# message: debe devolver exactamente 'AWS' o 'cliente'
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
# %% ej2-respuesta
def responsible(service, layer):
    if layer in ("facilities", "hardware", "virtualization"):
        return "AWS"
    if layer in ("application", "data", "identity"):
        return "Cliente"
    customer_manages = {
        "ec2": {"host_os", "capacity", "orchestration", "runtime", "network"},
        "ecs_ec2": {"host_os", "capacity", "runtime", "network"},
        "fargate": {"runtime", "network"},
        "lambda": set(),
    }
    return "Cliente" if layer in customer_manages[service] else "AWS"

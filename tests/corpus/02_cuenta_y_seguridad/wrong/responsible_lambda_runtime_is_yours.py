"""Thinks the customer patches Lambda's runtime."""
# fails: ej2-pruebas
# message: en Lambda la capa «Entorno de ejecución
# %% ej2-respuesta
def responsible(service, layer):
    if layer in ("facilities", "hardware", "virtualization"):
        return "AWS"
    if layer in ("application", "data", "identity"):
        return "cliente"
    customer_manages = {
        "ec2": {"host_os", "capacity", "orchestration", "runtime", "network"},
        "ecs_ec2": {"host_os", "capacity", "runtime", "network"},
        "fargate": {"runtime", "network"},
        "lambda": {"runtime"},
    }
    return "cliente" if layer in customer_manages[service] else "AWS"

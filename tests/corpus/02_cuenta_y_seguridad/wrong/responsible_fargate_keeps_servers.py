"""Thinks that with Fargate the customer still runs the servers' OS and capacity."""
# fails: ej2-pruebas
# message: responsible se equivoca en 2 de las 11 capas para Fargate
# %% ej2-respuesta
def responsible(service, layer):
    if layer in ("facilities", "hardware", "virtualization"):
        return "AWS"
    if layer in ("application", "data", "identity"):
        return "cliente"
    customer_manages = {
        "ec2": {"host_os", "capacity", "orchestration", "runtime", "network"},
        "ecs_ec2": {"host_os", "capacity", "runtime", "network"},
        "fargate": {"host_os", "capacity", "runtime", "network"},
        "lambda": set(),
    }
    return "cliente" if layer in customer_manages[service] else "AWS"

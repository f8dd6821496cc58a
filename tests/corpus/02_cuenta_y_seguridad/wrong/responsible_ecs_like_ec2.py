"""Thinks ECS on EC2 leaves orchestration to the customer."""
# fails: ej2-pruebas
# message: responsible se equivoca en 1 de las 11 capas para ECS sobre EC2
# %% ej2-respuesta
def responsible(service, layer):
    if layer in ("facilities", "hardware", "virtualization"):
        return "AWS"
    if layer in ("application", "data", "identity"):
        return "cliente"
    customer_manages = {
        "ec2": {"host_os", "capacity", "orchestration", "runtime", "network"},
        "ecs_ec2": {"host_os", "capacity", "orchestration", "runtime", "network"},
        "fargate": {"runtime", "network"},
        "lambda": set(),
    }
    return "cliente" if layer in customer_manages[service] else "AWS"

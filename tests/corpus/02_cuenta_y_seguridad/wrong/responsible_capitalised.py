"""Returns 'Cliente' instead of 'cliente'."""
# fails: ej2-pruebas
# message: debe devolver exactamente 'AWS' o 'cliente'
# %% ej2-respuesta
def responsible(service, layer):
    if layer in ("facilities", "hardware", "virtualization"):
        return "AWS"
    if layer in ("network", "application", "data", "identity"):
        return "Cliente"
    customer_manages = {
        "ec2": {"host_os", "capacity", "orchestration", "runtime"},
        "ecs_ec2": {"host_os", "capacity", "runtime"},
        "fargate": {"runtime"},
        "lambda": set(),
    }
    return "Cliente" if layer in customer_manages[service] else "AWS"

"""Registers first and validates afterwards: the bad definition is already in ECS."""
# fails: ej4-pruebas
# message: antes de comprobar su tamaño
# %% ej4-respuesta
def register_fargate_task(ecs, definition):
    fixed = fix_task_definition(definition)
    arn = ecs.register_task_definition(**fixed)["taskDefinition"]["taskDefinitionArn"]
    if not valid_fargate_size(fixed["cpu"], fixed["memory"]):
        raise ValueError("tamaño no válido")
    return arn

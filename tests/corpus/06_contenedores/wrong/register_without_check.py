"""Registers whatever it gets: moto accepts sizes that AWS would reject."""
# fails: ej4-pruebas
# message: moto no lo comprueba, AWS sí
# %% ej4-respuesta
def register_fargate_task(ecs, definition):
    fixed = fix_task_definition(definition)
    return ecs.register_task_definition(**fixed)["taskDefinition"]["taskDefinitionArn"]

"""Turns the task-level cpu and memory into ints too; boto3 then rejects the registration."""
# fails: ej3-pruebas ej4-pruebas
# message: debe ser un texto
# %% ej3-respuesta
def fix_task_definition(definition):
    fixed = copy.deepcopy(definition)
    for container in fixed["containerDefinitions"]:
        for key in ("cpu", "memory"):
            if key in container:
                container[key] = int(container[key])
    fixed["cpu"] = int(fixed["cpu"])
    fixed["memory"] = int(fixed["memory"])
    fixed["networkMode"] = "awsvpc"
    fixed["requiresCompatibilities"] = ["FARGATE"]
    return fixed

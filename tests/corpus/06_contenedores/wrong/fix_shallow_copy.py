"""Copies the outer dict only: fixing the containers changes the caller's definition."""
# fails: ej3-pruebas
# message: ha modificado el diccionario que recibe
# %% ej3-respuesta
def fix_task_definition(definition):
    fixed = dict(definition)
    for container in fixed["containerDefinitions"]:
        for key in ("cpu", "memory"):
            if key in container:
                container[key] = int(container[key])
    fixed["cpu"] = str(fixed["cpu"])
    fixed["memory"] = str(fixed["memory"])
    fixed["networkMode"] = "awsvpc"
    fixed["requiresCompatibilities"] = ["FARGATE"]
    return fixed

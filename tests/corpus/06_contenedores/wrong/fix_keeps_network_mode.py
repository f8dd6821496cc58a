"""Fixes the types but keeps the original networkMode (bridge is not allowed on Fargate;
moto silently turns it into awsvpc on registration, so only exercise 3 catches it)."""
# fails: ej3-pruebas
# message: Fargate exige networkMode 'awsvpc'
# %% ej3-respuesta
def fix_task_definition(definition):
    fixed = copy.deepcopy(definition)
    for container in fixed["containerDefinitions"]:
        for key in ("cpu", "memory"):
            if key in container:
                container[key] = int(container[key])
    fixed["cpu"] = str(fixed["cpu"])
    fixed["memory"] = str(fixed["memory"])
    fixed["requiresCompatibilities"] = ["FARGATE"]
    return fixed

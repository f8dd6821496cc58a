"""Rebuilds the definition with only the keys the study guide's has: an executionRoleArn or
tags in the input are lost."""
# fails: ej3-pruebas
# message: ha perdido
# %% ej3-respuesta
def fix_task_definition(definition):
    containers = []
    for container in definition["containerDefinitions"]:
        container = dict(container)
        for key in ("cpu", "memory"):
            if key in container:
                container[key] = int(container[key])
        containers.append(container)
    return {"family": definition["family"], "containerDefinitions": containers,
            "cpu": str(definition["cpu"]), "memory": str(definition["memory"]),
            "networkMode": "awsvpc", "requiresCompatibilities": ["FARGATE"]}

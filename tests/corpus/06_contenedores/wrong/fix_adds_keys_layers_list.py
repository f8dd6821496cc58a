"""Gives every container a cpu and a memory (0 when missing) instead of converting only those
it has; and returns the handed-over layers as a sorted list, not a set."""
# fails: ej3-pruebas ej8-pruebas
# message: le has añadido
# message: debe devolver un conjunto (set)
# %% ej3-respuesta
def fix_task_definition(definition):
    fixed = copy.deepcopy(definition)
    for container in fixed["containerDefinitions"]:
        container["cpu"] = int(container.get("cpu", 0))
        container["memory"] = int(container.get("memory", 0))
    fixed["cpu"] = str(fixed["cpu"])
    fixed["memory"] = str(fixed["memory"])
    fixed["networkMode"] = "awsvpc"
    fixed["requiresCompatibilities"] = ["FARGATE"]
    return fixed
# %% ej8-respuesta
def handed_over(current, target):
    return sorted(row["capa"] for row in RESPONSIBILITY
                  if row[current] == "cliente" and row[target] == "AWS")

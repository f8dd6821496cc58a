"""Swaps the roles of current and target."""
# fails: ej8-pruebas
# message: has invertido el sentido
# %% ej8-respuesta
def handed_over(current, target):
    return {r["capa"] for r in RESPONSIBILITY
            if r[target] == "cliente" and r[current] == "AWS"}

"""Returns everything the customer manages with the current option."""
# fails: ej8-pruebas
# message: devuelve todo lo que gestionas
# %% ej8-respuesta
def handed_over(current, target):
    return {r["capa"] for r in RESPONSIBILITY if r[current] == "cliente"}

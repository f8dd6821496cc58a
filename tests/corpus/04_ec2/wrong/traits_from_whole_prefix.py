"""Looks for attribute letters in the whole prefix, family included: g5 becomes Graviton."""
# fails: ej2-pruebas
# message: como si fuera un atributo
# %% ej2-respuesta
def traits(name):
    prefix = name.split(".")[0]
    return {TRAITS[c] for c in prefix if c in TRAITS}

"""Decides the category by the first letter of the name: inf2 lands in storage."""
# fails: ej3-pruebas ej4a-pruebas
# message: has mirado solo la primera letra
# %% ej3-respuesta
def instance_category(name):
    for category, families in CATEGORIES.items():
        if name[0] in families:
            return category
    return None

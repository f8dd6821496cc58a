"""Takes the first letter as the family and the second character as the generation."""
# fails: ej1-pruebas ej2-pruebas ej3-pruebas ej4a-pruebas
# message: No todas las familias son de una letra
# %% ej1-respuesta
def decode_instance_type(name):
    prefix, size = name.split(".")
    return {"family": prefix[0], "generation": int(prefix[1]), "attributes": prefix[2:],
            "size": size}

"""Leaves the generation as the text the regular expression matched."""
# fails: ej1-pruebas
# message: no el texto '5'
# %% ej1-respuesta
def decode_instance_type(name):
    prefix, size = name.split(".", 1)
    family, generation, attributes = re.fullmatch(r"([a-z]+)(\d+)(.*)", prefix).groups()
    return {"family": family, "generation": generation, "attributes": attributes, "size": size}

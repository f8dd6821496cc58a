"""Returns the module name without the .py extension."""
# fails: ej1-pruebas
# message: el archivo lleva la extensión
# %% ej1-respuesta
def handler_parts(handler):
    module, function = handler.rsplit(".", 1)
    return module.replace(".", "/"), function

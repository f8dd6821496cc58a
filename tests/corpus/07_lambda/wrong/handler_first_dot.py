"""Splits the handler at the FIRST dot, so package paths lose their folders."""
# fails: ej1-pruebas
# message: la función es lo que va detrás del ÚLTIMO punto
# %% ej1-respuesta
def handler_parts(handler):
    module, function = handler.split(".", 1)
    if not module or not function:
        raise ValueError(handler)
    return module + ".py", function

"""Takes the hourly rate as the effective rate: the upfront payment is forgotten."""
# fails: ej3-pruebas
# message: reparte el pago inicial
# %% ej3-respuesta
def effective_hourly(upfront, hourly, years):
    return hourly

"""Decides by the HTTP status: 403 means authorization."""
# fails: ej3-pruebas
# message: El código HTTP (403) es el mismo
# %% ej3-respuesta
def failure_kind(error):
    status = error.response["ResponseMetadata"]["HTTPStatusCode"]
    if status == 403:
        return "autorizacion"
    if status in (400, 401):
        return "autenticacion"
    return "otro"

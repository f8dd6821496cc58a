"""Looks for 'Access' in the code."""
# fails: ej3-pruebas
# message: failure_kind no clasifica bien el código InvalidAccessKeyId
# %% ej3-respuesta
def failure_kind(error):
    code = error.response["Error"]["Code"]
    if "Access" in code or "Unauthorized" in code:
        return "autorizacion"
    if code.startswith("Invalid") or "Signature" in code or "Token" in code:
        return "autenticacion"
    return "otro"

"""Returns None instead of 'otro'."""
# fails: ej3-pruebas
# message: debe devolver 'autenticacion', 'autorizacion' u 'otro'
# %% ej3-respuesta
def failure_kind(error):
    code = error.response["Error"]["Code"]
    if code in {"InvalidClientTokenId", "InvalidAccessKeyId", "UnrecognizedClientException",
                "SignatureDoesNotMatch", "ExpiredToken", "MissingAuthenticationToken"}:
        return "autenticacion"
    if code in {"AccessDenied", "AccessDeniedException", "UnauthorizedOperation"}:
        return "autorizacion"

"""Two independent mistakes. Writes the boto3 method name as the CLI operation. And: Returns None instead of 'otro'."""
# fails: ej1-pruebas ej3-pruebas
# message: en la CLI la operación se escribe con guiones
# message: debe devolver 'autenticacion', 'autorizacion' u 'otro'
# %% ej1-respuesta
import shlex

from botocore import xform_name


def cli_command(service, operation, params):
    words = ["aws", service, operation]
    for name, value in params.items():
        option = xform_name(name, "-")
        if value is True:
            words.append(f"--{option}")
        elif value is False:
            words.append(f"--no-{option}")
        else:
            words += [f"--{option}", shlex.quote(str(value))]
    return " ".join(words)
# %% ej3-respuesta
def failure_kind(error):
    code = error.response["Error"]["Code"]
    if code in {"InvalidClientTokenId", "InvalidAccessKeyId", "UnrecognizedClientException",
                "SignatureDoesNotMatch", "ExpiredToken", "MissingAuthenticationToken"}:
        return "autenticacion"
    if code in {"AccessDenied", "AccessDeniedException", "UnauthorizedOperation"}:
        return "autorizacion"

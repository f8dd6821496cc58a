"""Two independent mistakes. cli_command tests booleans with ==, so the number 1 becomes a flag
(--max-items instead of --max-items 1). And failure_kind looks for "AccessDenied" inside the
code, so KMSAccessDeniedException (another problem) counts as authorization."""
# fails: ej1-pruebas ej3-pruebas
# %% ej1-respuesta
import shlex

from botocore import xform_name


def cli_command(service, operation, params):
    words = ["aws", service, operation.replace("_", "-")]
    for name, value in params.items():
        option = xform_name(name, "-")
        if value == True:  # noqa: E712
            words.append(f"--{option}")
        elif value == False:  # noqa: E712
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
    if "AccessDenied" in code or code == "UnauthorizedOperation":
        return "autorizacion"
    return "otro"

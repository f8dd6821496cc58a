"""Other correct ways: a regex for CLI names, a table of strings, dict lookups, regex classes."""
# %% ej1-respuesta
import re


def cli_command(service, operation, params):
    def cli_name(name):
        # a hyphen before a capital that starts a word: "VirtualMFADevice" -> virtual-mfa-device
        return re.sub(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])", "-", name).lower()

    parts = [f"aws {service} {operation.replace('_', '-')}"]
    for name, value in params.items():
        if isinstance(value, bool):
            parts.append(("--" if value else "--no-") + cli_name(name))
        elif isinstance(value, str) and (" " in value or not value):
            parts.append(f'--{cli_name(name)} "{value}"')
        else:
            parts.append(f"--{cli_name(name)} {value}")
    return " ".join(parts)
# %% ej2-respuesta
CUSTOMER = {  # per service, the layers the customer looks after (the rest are AWS's)
    "ec2": "host_os capacity orchestration runtime network application data identity",
    "ecs_ec2": "host_os capacity runtime network application data identity",
    "fargate": "runtime network application data identity",
    "lambda": "application data identity",
}


def responsible(service, layer):
    return "cliente" if layer in CUSTOMER[service].split() else "AWS"
# %% ej3-respuesta
KINDS = {
    **dict.fromkeys(["InvalidClientTokenId", "InvalidAccessKeyId",
                     "UnrecognizedClientException", "SignatureDoesNotMatch", "ExpiredToken",
                     "MissingAuthenticationToken"], "autenticacion"),
    **dict.fromkeys(["AccessDenied", "AccessDeniedException", "UnauthorizedOperation"],
                    "autorizacion"),
}


def failure_kind(error):
    return KINDS.get(error.response.get("Error", {}).get("Code"), "otro")
# %% ej5-respuesta
import re


def password_problems(password, policy):
    found = []
    if len(password) < policy["MinimumPasswordLength"] or len(password) > 128:
        found.append("longitud")
    if policy.get("RequireUppercaseCharacters") and not re.search(r"[A-Z]", password):
        found.append("mayuscula")
    if policy.get("RequireLowercaseCharacters") and not re.search(r"[a-z]", password):
        found.append("minuscula")
    if policy.get("RequireNumbers") and not re.search(r"[0-9]", password):
        found.append("numero")
    if policy.get("RequireSymbols") and not set(password) & set(AWS_SYMBOLS):
        found.append("simbolo")
    return found
# %% quiz-respuestas
answer_1 = " B "
answer_2 = "D"
answer_3 = "c"
answer_4 = "a"
answer_5 = "b "

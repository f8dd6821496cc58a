"""Other correct ways: the audit pages list_users by hand (IsTruncated and Marker), match for
the error kinds, cli_command that always quotes with shlex.quote."""
# %% ej1-respuesta
import shlex

from botocore import xform_name


def cli_command(service, operation, params):
    text = f"aws {service} {operation.replace('_', '-')}"
    for name, value in params.items():
        option = "--" + xform_name(name, "-")
        if isinstance(value, bool):
            text += f" {option}" if value else f" --no-{option[2:]}"
        else:
            text += f" {option} {shlex.quote(str(value))}"
    return text
# %% ej3-respuesta
def failure_kind(error):
    match error.response["Error"]["Code"]:
        case ("InvalidClientTokenId" | "InvalidAccessKeyId" | "UnrecognizedClientException"
              | "SignatureDoesNotMatch" | "ExpiredToken" | "MissingAuthenticationToken"):
            return "autenticacion"
        case "AccessDenied" | "AccessDeniedException" | "UnauthorizedOperation":
            return "autorizacion"
        case _:
            return "otro"
# %% ej7-respuesta
def all_users(iam):
    kwargs = {}
    while True:
        page = iam.list_users(**kwargs)
        yield from page["Users"]
        if not page.get("IsTruncated"):
            return
        kwargs = {"Marker": page["Marker"]}


def audit_account(today):
    iam = boto3.client("iam")
    findings = {}
    summary = iam.get_account_summary()["SummaryMap"]
    if summary["AccountMFAEnabled"] == 0:
        findings["raiz-sin-mfa"] = "Activa la MFA del usuario raíz."
    if summary["AccountAccessKeysPresent"] == 1:
        findings["raiz-con-claves"] = "Borra las claves de acceso de la raíz."
    try:
        policy = iam.get_account_password_policy()["PasswordPolicy"]
    except iam.exceptions.NoSuchEntityException:
        findings["sin-politica-de-contrasenas"] = "Define una política de contraseñas."
    else:
        kinds = ["RequireUppercaseCharacters", "RequireLowercaseCharacters", "RequireNumbers",
                 "RequireSymbols"]
        if policy["MinimumPasswordLength"] < 14 or not all(policy[k] for k in kinds):
            findings["politica-debil"] = "Pide 14 caracteres y los cuatro tipos."
    for user in all_users(iam):
        name = user["UserName"]
        try:
            iam.get_login_profile(UserName=name)
        except iam.exceptions.NoSuchEntityException:
            pass
        else:
            if not iam.list_mfa_devices(UserName=name)["MFADevices"]:
                findings[f"usuario-sin-mfa:{name}"] = f"Activa la MFA de {name}."
        for key in iam.list_access_keys(UserName=name)["AccessKeyMetadata"]:
            if key["Status"] == "Active" and (today - key["CreateDate"]).total_seconds() > 90 * 86400:
                findings[f"clave-antigua:{name}"] = f"Rota la clave de {name}."
    return [{"codigo": code, "mensaje": text} for code, text in findings.items()]

"""Other correct ways: the audit reads users from the credential report; MFA with datetime."""
# %% ej4-respuesta
def apply_password_policy(min_length, max_age_days):
    rules = {"MinimumPasswordLength": min_length, "MaxPasswordAge": max_age_days,
             "PasswordReusePrevention": 24, "AllowUsersToChangePassword": True,
             "HardExpiry": False}
    for kind in ("Uppercase", "Lowercase"):
        rules[f"Require{kind}Characters"] = True
    rules["RequireNumbers"] = rules["RequireSymbols"] = True
    boto3.client("iam").update_account_password_policy(**rules)
    return rules
# %% ej6-respuesta
from datetime import datetime, timezone


def enable_mfa(user_name):
    iam = boto3.client("iam")
    response = iam.create_virtual_mfa_device(Path="/", VirtualMFADeviceName=user_name)
    serial = response["VirtualMFADevice"]["SerialNumber"]
    seed = response["VirtualMFADevice"]["Base32StringSeed"].decode("ascii")
    now = datetime.now(timezone.utc).timestamp()
    first, second = totp_code(seed, now), totp_code(seed, now + 30)
    iam.enable_mfa_device(UserName=user_name, SerialNumber=serial,
                          AuthenticationCode1=first, AuthenticationCode2=second)
    return serial
# %% ej7-respuesta
import csv
import io
from datetime import datetime

from botocore.exceptions import ClientError


def credential_report(iam):
    while iam.generate_credential_report()["State"] != "COMPLETE":
        time.sleep(0.1)
    text = iam.get_credential_report()["Content"].decode("utf-8")
    return list(csv.DictReader(io.StringIO(text)))


def audit_account(today):
    iam = boto3.client("iam")
    out = []
    summary = iam.get_account_summary()["SummaryMap"]
    if summary.get("AccountMFAEnabled", 0) == 0:
        out.append({"codigo": "raiz-sin-mfa", "mensaje": "Activa la MFA del usuario raíz."})
    if summary.get("AccountAccessKeysPresent", 0) == 1:
        out.append({"codigo": "raiz-con-claves",
                    "mensaje": "Borra las claves de acceso del usuario raíz."})
    try:
        policy = iam.get_account_password_policy()["PasswordPolicy"]
        weak = (policy.get("MinimumPasswordLength", 0) < 14
                or not policy.get("RequireSymbols") or not policy.get("RequireNumbers")
                or not policy.get("RequireUppercaseCharacters")
                or not policy.get("RequireLowercaseCharacters"))
        if weak:
            out.append({"codigo": "politica-debil", "mensaje": "Refuerza la política."})
    except ClientError as error:
        if error.response["Error"]["Code"] != "NoSuchEntity":
            raise
        out.append({"codigo": "sin-politica-de-contrasenas",
                    "mensaje": "Crea una política de contraseñas."})
    for row in credential_report(iam):
        name = row["user"]
        if name == "<root_account>":
            continue  # in AWS the root is also here; the summary already covers it
        if row["password_enabled"] == "true" and row["mfa_active"] != "true":
            out.append({"codigo": f"usuario-sin-mfa:{name}",
                        "mensaje": f"El usuario {name} usa la consola sin MFA."})
        old = False
        for n in ("1", "2"):
            rotated = row[f"access_key_{n}_last_rotated"]
            if row[f"access_key_{n}_active"] == "true" and rotated not in ("N/A", ""):
                old = old or today - datetime.fromisoformat(rotated) > timedelta(days=90)
        if old:
            out.append({"codigo": f"clave-antigua:{name}",
                        "mensaje": f"Rota la clave de acceso de {name}: tiene más de 90 días."})
    return out

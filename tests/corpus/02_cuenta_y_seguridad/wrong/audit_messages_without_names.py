"""User findings whose message does not name the user."""
# fails: ej7c-pruebas ej7d-pruebas
# message: debe nombrar al usuario
# %% ej7-respuesta
def audit_account(today):
    iam = boto3.client("iam")
    found = []
    summary = iam.get_account_summary()["SummaryMap"]
    if not summary["AccountMFAEnabled"]:
        found.append({"codigo": "raiz-sin-mfa", "mensaje": "La raíz no tiene MFA."})
    if summary["AccountAccessKeysPresent"]:
        found.append({"codigo": "raiz-con-claves", "mensaje": "La raíz tiene claves."})
    try:
        policy = iam.get_account_password_policy()["PasswordPolicy"]
    except iam.exceptions.NoSuchEntityException:
        found.append({"codigo": "sin-politica-de-contrasenas", "mensaje": "No hay política."})
    else:
        kinds = ("RequireSymbols", "RequireNumbers", "RequireUppercaseCharacters",
                 "RequireLowercaseCharacters")
        if policy["MinimumPasswordLength"] < 14 or not all(policy.get(k) for k in kinds):
            found.append({"codigo": "politica-debil", "mensaje": "La política es débil."})
    for user in (u for page in iam.get_paginator("list_users").paginate() for u in page["Users"]):
        name = user["UserName"]
        try:
            iam.get_login_profile(UserName=name)
            console = True
        except iam.exceptions.NoSuchEntityException:
            console = False
        if console and not iam.list_mfa_devices(UserName=name)["MFADevices"]:
            found.append({"codigo": f"usuario-sin-mfa:{name}", "mensaje": "Falta MFA."})
        keys = iam.list_access_keys(UserName=name)["AccessKeyMetadata"]
        if any(k["Status"] == "Active" and today - k["CreateDate"] > timedelta(days=90)
               for k in keys):
            found.append({"codigo": f"clave-antigua:{name}", "mensaje": "Rota la clave."})
    return found

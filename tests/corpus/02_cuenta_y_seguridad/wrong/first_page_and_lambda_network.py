"""Two independent mistakes. The audit reads only the first page of list_users (AWS returns at
most 100 users per answer; moto returns them all). And responsible says the network of Lambda
is the customer's (without a VPC, a function has no security groups: AWS runs its network)."""
# fails: ej2-pruebas ej7c-pruebas
# message: ¿Recorres todas las páginas?
# %% ej2-respuesta
def responsible(service, layer):
    if layer in ("facilities", "hardware", "virtualization"):
        return "AWS"
    if layer in ("network", "application", "data", "identity"):
        return "cliente"
    customer_manages = {"ec2": {"host_os", "capacity", "orchestration", "runtime"},
                        "ecs_ec2": {"host_os", "capacity", "runtime"},
                        "fargate": {"runtime"}, "lambda": set()}
    return "cliente" if layer in customer_manages[service] else "AWS"
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
    for user in iam.list_users()["Users"]:
        name = user["UserName"]
        try:
            iam.get_login_profile(UserName=name)
            console = True
        except iam.exceptions.NoSuchEntityException:
            console = False
        if console and not iam.list_mfa_devices(UserName=name)["MFADevices"]:
            found.append({"codigo": f"usuario-sin-mfa:{name}", "mensaje": f"{name}: sin MFA."})
        keys = iam.list_access_keys(UserName=name)["AccessKeyMetadata"]
        if any(k["Status"] == "Active" and today - k["CreateDate"] > timedelta(days=90)
               for k in keys):
            found.append({"codigo": f"clave-antigua:{name}", "mensaje": f"Rota la clave de {name}."})
    return found

"""Two independent mistakes. Sends the current code twice. And: Anything not alphanumeric is a symbol (a dot, a space)."""
# fails: ej6-pruebas ej5-pruebas
# message: Has usado el mismo código dos veces
# message: ¿qué cuenta como símbolo para AWS?
# %% ej6-respuesta
def enable_mfa(user_name):
    iam = boto3.client("iam")
    device = iam.create_virtual_mfa_device(VirtualMFADeviceName=user_name)["VirtualMFADevice"]
    seed, now = device["Base32StringSeed"], time.time()
    iam.enable_mfa_device(UserName=user_name, SerialNumber=device["SerialNumber"],
                          AuthenticationCode1=totp_code(seed, now), AuthenticationCode2=totp_code(seed, now))
    return device["SerialNumber"]
# %% ej5-respuesta
def password_problems(password, policy):
    problems = []
    if not policy["MinimumPasswordLength"] <= len(password) <= 128:
        problems.append("longitud")
    rules = [("RequireUppercaseCharacters", lambda c: c in string.ascii_uppercase, "mayuscula"),
             ("RequireLowercaseCharacters", lambda c: c in string.ascii_lowercase, "minuscula"),
             ("RequireNumbers", lambda c: c in string.digits, "numero"),
             ("RequireSymbols", lambda c: not c.isalnum(), "simbolo")]
    for key, test, code in rules:
        if policy.get(key) and not any(test(c) for c in password):
            problems.append(code)
    return problems

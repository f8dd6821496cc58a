"""Two independent mistakes. password_problems flags a password of exactly 128 characters (the
maximum IAM allows, so valid). And enable_mfa names the device "<user>-mfa" instead of the
user's name."""
# fails: ej5-pruebas ej6-pruebas
# message: el dispositivo debe llamarse como el usuario
# %% ej5-respuesta
def password_problems(password, policy):
    problems = []
    if len(password) < policy["MinimumPasswordLength"] or len(password) >= 128:
        problems.append("longitud")
    for key, allowed, code in [("RequireUppercaseCharacters", string.ascii_uppercase, "mayuscula"),
                               ("RequireLowercaseCharacters", string.ascii_lowercase, "minuscula"),
                               ("RequireNumbers", string.digits, "numero"),
                               ("RequireSymbols", AWS_SYMBOLS, "simbolo")]:
        if policy.get(key) and not any(c in allowed for c in password):
            problems.append(code)
    return problems
# %% ej6-respuesta
def enable_mfa(user_name):
    iam = boto3.client("iam")
    device = iam.create_virtual_mfa_device(
        VirtualMFADeviceName=f"{user_name}-mfa")["VirtualMFADevice"]
    seed, now = device["Base32StringSeed"], time.time()
    iam.enable_mfa_device(UserName=user_name, SerialNumber=device["SerialNumber"],
                          AuthenticationCode1=totp_code(seed, now),
                          AuthenticationCode2=totp_code(seed, now + 30))
    return device["SerialNumber"]

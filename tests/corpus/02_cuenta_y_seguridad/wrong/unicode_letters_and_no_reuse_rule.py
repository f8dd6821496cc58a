"""Two independent mistakes. Uses str.isupper/islower/isdigit: 'ñ' counts as a-z. And: Leaves out PasswordReusePrevention."""
# fails: ej5-pruebas ej4-pruebas
# message: ¿qué cuenta como minúscula para AWS?
# message: PasswordReusePrevention vale None y debería valer 24
# %% ej5-respuesta
def password_problems(password, policy):
    problems = []
    if not policy["MinimumPasswordLength"] <= len(password) <= 128:
        problems.append("longitud")
    rules = [("RequireUppercaseCharacters", str.isupper, "mayuscula"),
             ("RequireLowercaseCharacters", str.islower, "minuscula"),
             ("RequireNumbers", str.isdigit, "numero"),
             ("RequireSymbols", lambda c: c in AWS_SYMBOLS, "simbolo")]
    for key, test, code in rules:
        if policy.get(key) and not any(test(c) for c in password):
            problems.append(code)
    return problems
# %% ej4-respuesta
def apply_password_policy(min_length, max_age_days):
    boto3.client("iam").update_account_password_policy(
        MinimumPasswordLength=min_length, RequireSymbols=True, RequireNumbers=True,
        RequireUppercaseCharacters=True, RequireLowercaseCharacters=True,
        AllowUsersToChangePassword=True, MaxPasswordAge=max_age_days, HardExpiry=False)

"""Uses str.isupper/islower/isdigit: 'ñ' counts as a-z."""
# fails: ej5-pruebas
# message: ¿qué cuenta como minúscula para AWS?
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

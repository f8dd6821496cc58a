"""Forgets IAM's maximum of 128 characters."""
# fails: ej5-pruebas
# message: una contraseña de 129 caracteres
# %% ej5-respuesta
def password_problems(password, policy):
    problems = []
    if not policy["MinimumPasswordLength"] <= len(password):
        problems.append("longitud")
    rules = [("RequireUppercaseCharacters", lambda c: c in string.ascii_uppercase, "mayuscula"),
             ("RequireLowercaseCharacters", lambda c: c in string.ascii_lowercase, "minuscula"),
             ("RequireNumbers", lambda c: c in string.digits, "numero"),
             ("RequireSymbols", lambda c: c in AWS_SYMBOLS, "simbolo")]
    for key, test, code in rules:
        if policy.get(key) and not any(test(c) for c in password):
            problems.append(code)
    return problems

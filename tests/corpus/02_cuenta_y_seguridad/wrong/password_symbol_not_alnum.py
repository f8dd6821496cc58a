"""Anything not alphanumeric is a symbol (a dot, a space)."""
# fails: ej5-pruebas
# message: ¿qué cuenta como símbolo para AWS?
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

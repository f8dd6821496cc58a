"""Requires every kind of character, whatever the policy."""
# fails: ej5-pruebas
# message: Exige cada tipo de carácter solo si su Require... vale True
# %% ej5-respuesta
def password_problems(password, policy):
    problems = []
    if not policy["MinimumPasswordLength"] <= len(password) <= 128:
        problems.append("longitud")
    rules = [("RequireUppercaseCharacters", lambda c: c in string.ascii_uppercase, "mayuscula"),
             ("RequireLowercaseCharacters", lambda c: c in string.ascii_lowercase, "minuscula"),
             ("RequireNumbers", lambda c: c in string.digits, "numero"),
             ("RequireSymbols", lambda c: c in AWS_SYMBOLS, "simbolo")]
    for key, test, code in rules:
        if True and not any(test(c) for c in password):
            problems.append(code)
    return problems

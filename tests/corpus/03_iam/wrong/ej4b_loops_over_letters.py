"""Assumes Statement, Action and Resource are always lists: a single string is walked letter by letter."""
# fails: ej4b-pruebas
# message: ¿recorres las letras de un str?
# %% ej4b-respuesta
def is_allowed(policies, action, resource, username):
    allowed = False
    for policy in policies:
        statements = policy["Statement"]
        if isinstance(statements, dict):
            statements = [statements]
        for statement in statements:
            resources = [r.replace("${aws:username}", username or "\0") for r in statement["Resource"]]
            applies = (any(wildcard_match(a, action, True) for a in statement["Action"])
                       and any(wildcard_match(r, resource) for r in resources))
            if applies and statement["Effect"] == "Deny":
                return False
            allowed = allowed or applies
    return allowed

"""Substitutes ${aws:username} inside the policies it receives: the next call sees another user's name."""
# fails: ej4b-pruebas
# message: is_allowed falla en el caso oculto
# %% ej4b-respuesta
def is_allowed(policies, action, resource, username):
    allowed = False
    for policy in policies:
        statements = policy["Statement"]
        if isinstance(statements, dict):
            statements = [statements]
        for statement in statements:
            if isinstance(statement["Action"], str):
                statement["Action"] = [statement["Action"]]
            if isinstance(statement["Resource"], str):
                statement["Resource"] = [statement["Resource"]]
            if username is not None:
                statement["Resource"] = [r.replace("${aws:username}", username)
                                         for r in statement["Resource"]]
            applies = (any(wildcard_match(a, action, True) for a in statement["Action"])
                       and any(wildcard_match(r, resource) for r in statement["Resource"]
                               if "${" not in r))
            if applies and statement["Effect"] == "Deny":
                return False
            allowed = allowed or applies
    return allowed

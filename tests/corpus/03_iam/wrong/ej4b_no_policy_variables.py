"""Ignores ${aws:username}: the variable is compared as literal text."""
# fails: ej4b-pruebas
# message: se sustituye por el nombre de quien pide
# %% ej4b-respuesta
def is_allowed(policies, action, resource, username):
    def as_list(value):
        return [value] if isinstance(value, str | dict) else list(value)

    allowed = False
    for policy in policies:
        for statement in as_list(policy["Statement"]):
            applies = (any(wildcard_match(a, action, True) for a in as_list(statement["Action"]))
                       and any(wildcard_match(r, resource) for r in as_list(statement["Resource"])))
            if applies and statement["Effect"] == "Deny":
                return False
            allowed = allowed or applies
    return allowed

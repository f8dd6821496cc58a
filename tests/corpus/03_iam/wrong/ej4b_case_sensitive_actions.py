"""Compares action names with their case, as moto does (AWS ignores it)."""
# fails: ej4b-pruebas
# message: Los nombres de las acciones no distinguen mayúsculas
# %% ej4b-respuesta
def is_allowed(policies, action, resource, username):
    def as_list(value):
        return [value] if isinstance(value, str | dict) else list(value)

    allowed = False
    for policy in policies:
        for statement in as_list(policy["Statement"]):
            resources = [r.replace("${aws:username}", username or "\0") for r in as_list(statement["Resource"])]
            applies = (any(wildcard_match(a, action) for a in as_list(statement["Action"]))
                       and any(wildcard_match(r, resource) for r in resources))
            if applies and statement["Effect"] == "Deny":
                return False
            allowed = allowed or applies
    return allowed

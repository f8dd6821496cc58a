"""Substitutes ${aws:username} with str(username): when a role asks (username None) the variable
becomes the text "None" and matches a user called None, instead of matching nothing."""
# fails: ej4b-pruebas
# message: is_allowed falla en el caso oculto
# %% ej4b-respuesta
def is_allowed(policies, action, resource, username):
    def as_list(value):
        return [value] if isinstance(value, str | dict) else list(value)

    allowed = False
    for policy in policies:
        for statement in as_list(policy["Statement"]):
            resources = [r.replace("${aws:username}", f"{username}")
                         for r in as_list(statement["Resource"])]
            applies = (any(wildcard_match(a, action, True) for a in as_list(statement["Action"]))
                       and any(wildcard_match(r, resource) for r in resources))
            if applies and statement["Effect"] == "Deny":
                return False
            allowed = allowed or applies
    return allowed

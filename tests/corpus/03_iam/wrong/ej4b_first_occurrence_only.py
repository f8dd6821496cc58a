"""Substitutes only the first ${aws:username} of a resource (str.replace with count 1): a resource
that names the user twice never matches."""
# fails: ej4b-pruebas
# message: is_allowed falla en el caso oculto
# %% ej4b-respuesta
def is_allowed(policies, action, resource, username):
    def as_list(value):
        return [value] if isinstance(value, str | dict) else list(value)

    def resource_matches(pattern):
        if "${aws:username}" in pattern:
            if username is None:
                return False
            pattern = pattern.replace("${aws:username}", username, 1)
        return wildcard_match(pattern, resource)

    allowed = False
    for policy in policies:
        for statement in as_list(policy["Statement"]):
            applies = (any(wildcard_match(a, action, True) for a in as_list(statement["Action"]))
                       and any(resource_matches(r) for r in as_list(statement["Resource"])))
            if applies and statement["Effect"] == "Deny":
                return False
            allowed = allowed or applies
    return allowed

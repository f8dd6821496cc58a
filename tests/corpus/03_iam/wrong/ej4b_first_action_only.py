"""Reads only the first action of a statement's Action list (as if it were always one): a request
covered by the second action is denied."""
# fails: ej4b-pruebas
# message: is_allowed falla en el caso oculto
# %% ej4b-respuesta
def is_allowed(policies, action, resource, username):
    def as_list(value):
        return [value] if isinstance(value, str | dict) else list(value)

    allowed = False
    for policy in policies:
        for statement in as_list(policy["Statement"]):
            first_action = as_list(statement["Action"])[0]
            resources = [r if username is None else r.replace("${aws:username}", username)
                         for r in as_list(statement["Resource"])
                         if username is not None or "${aws:username}" not in r]
            applies = (wildcard_match(first_action, action, True)
                       and any(wildcard_match(r, resource) for r in resources))
            if applies and statement["Effect"] == "Deny":
                return False
            allowed = allowed or applies
    return allowed

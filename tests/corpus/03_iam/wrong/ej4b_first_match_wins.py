"""The first statement that matches decides, as in a firewall: a later Deny is ignored."""
# fails: ej4b-pruebas
# message: Un Deny explícito gana siempre
# %% ej4b-respuesta
def is_allowed(policies, action, resource, username):
    for policy in policies:
        statements = policy["Statement"]
        if isinstance(statements, dict):
            statements = [statements]
        for statement in statements:
            actions = statement["Action"] if isinstance(statement["Action"], list) else [statement["Action"]]
            resources = statement["Resource"] if isinstance(statement["Resource"], list) else [statement["Resource"]]
            if username is not None:
                resources = [r.replace("${aws:username}", username) for r in resources]
            if (any(wildcard_match(a, action, True) for a in actions)
                    and any(wildcard_match(r, resource) for r in resources)):
                return statement["Effect"] == "Allow"
    return False

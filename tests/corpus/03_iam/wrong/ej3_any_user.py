"""Valid JSON, right actions, but on every user ("*"): anyone could change anyone's password."""
# fails: ej3-pruebas
# message: El recurso debe ser el propio usuario
# %% ej3-respuesta
def fixed_seed_policy():
    return json.dumps({"Version": "2012-10-17", "Statement": [{
        "Effect": "Allow", "Action": ["iam:ChangePassword", "iam:GetUser"], "Resource": "*"}]})

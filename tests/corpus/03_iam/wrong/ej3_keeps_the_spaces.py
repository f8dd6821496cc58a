"""Adds the missing comma but keeps "iam: ChangePassword" (moto accepts it, AWS has no such action)."""
# fails: ej3-pruebas
# message: llevan espacios: moto las acepta
# %% ej3-respuesta
def fixed_seed_policy():
    return """{
"Version": "2012-10-17",
"Statement": [{
"Effect": "Allow",
"Action": [
"iam: ChangePassword",
"iam: GetUser"
],
"Resource": "arn:aws:iam::123456789012:user/${aws:username}"
}]
}"""

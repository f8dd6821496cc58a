"""Fixes the action names but not the JSON: the comma after the list is still missing."""
# fails: ej3-pruebas
# message: falta una coma entre dos elementos (línea 9
# %% ej3-respuesta
def fixed_seed_policy():
    return """{
"Version": "2012-10-17",
"Statement": [{
"Effect": "Allow",
"Action": [
"iam:ChangePassword",
"iam:GetUser"
]
"Resource": "arn:aws:iam::123456789012:user/${aws:username}"
}]
}"""

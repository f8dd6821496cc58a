"""Two independent mistakes: ej3 fixes the action names but not the JSON (the comma is still
missing); ej5 grants s3:Get* and s3:List*, which look read-only but cover far more."""
# fails: ej3-pruebas ej5b-pruebas
# message: falta una coma entre dos elementos (línea 9
# message: «s3:Get*» concede muchas más acciones que GetObject
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
# %% ej5-respuesta
def grant_prefix_read(user_name, bucket, prefix):
    policy = {"Version": "2012-10-17", "Statement": [
        {"Effect": "Allow", "Action": "s3:List*", "Resource": f"arn:aws:s3:::{bucket}"},
        {"Effect": "Allow", "Action": "s3:Get*", "Resource": f"arn:aws:s3:::{bucket}/{prefix}*"},
    ]}
    boto3.client("iam").put_user_policy(UserName=user_name, PolicyName="leer",
                                        PolicyDocument=json.dumps(policy))

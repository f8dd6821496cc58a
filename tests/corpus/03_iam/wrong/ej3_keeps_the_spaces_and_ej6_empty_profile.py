"""Two independent mistakes: ej3 adds the comma but keeps "iam: ChangePassword" (moto accepts it, AWS
has no such action); ej6 creates the instance profile but never puts the role in it."""
# fails: ej3-pruebas ej6a-pruebas
# message: llevan espacios: moto las acepta
# message: El perfil de instancia no contiene el rol
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
# %% ej6-respuesta
def create_instance_role(role_name, bucket, table):
    iam = boto3.client("iam")
    trust = {"Version": "2012-10-17", "Statement": [{
        "Effect": "Allow", "Principal": {"Service": "ec2.amazonaws.com"}, "Action": "sts:AssumeRole"}]}
    iam.create_role(RoleName=role_name, AssumeRolePolicyDocument=json.dumps(trust))
    permissions = {"Version": "2012-10-17", "Statement": [
        {"Effect": "Allow", "Action": APP_S3_ACTIONS, "Resource": f"arn:aws:s3:::{bucket}/*"},
        {"Effect": "Allow", "Action": APP_DYNAMODB_ACTIONS,
         "Resource": f"arn:aws:dynamodb:{REGION}:{ACCOUNT_ID}:table/{table}"}]}
    iam.put_role_policy(RoleName=role_name, PolicyName="app", PolicyDocument=json.dumps(permissions))
    return iam.create_instance_profile(InstanceProfileName=role_name)["InstanceProfile"]["Arn"]

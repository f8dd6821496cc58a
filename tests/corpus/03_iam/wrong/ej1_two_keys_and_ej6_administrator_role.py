"""Two independent mistakes: ej1 calls create_access_key twice (one "to keep", one to return), so
the user has two long-term keys; ej6 gives the application's role the administrator policy."""
# fails: ej1-pruebas ej6b-pruebas
# message: tiene 2 claves de acceso
# message: parece una política de administrador
# %% ej1-respuesta
def create_user_with_access_key(user_name):
    iam = boto3.client("iam")
    iam.create_user(UserName=user_name)
    iam.create_access_key(UserName=user_name)  # una de repuesto
    return iam.create_access_key(UserName=user_name)["AccessKey"]
# %% ej6-respuesta
def create_instance_role(role_name, bucket, table):
    iam = boto3.client("iam")
    trust = {"Version": "2012-10-17", "Statement": [{
        "Effect": "Allow", "Principal": {"Service": "ec2.amazonaws.com"}, "Action": "sts:AssumeRole"}]}
    iam.create_role(RoleName=role_name, AssumeRolePolicyDocument=json.dumps(trust))
    admin = {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "*", "Resource": "*"}]}
    iam.put_role_policy(RoleName=role_name, PolicyName="admin", PolicyDocument=json.dumps(admin))
    profile = iam.create_instance_profile(InstanceProfileName=role_name)["InstanceProfile"]
    iam.add_role_to_instance_profile(InstanceProfileName=role_name, RoleName=role_name)
    return profile["Arn"]

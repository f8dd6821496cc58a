"""Two independent mistakes: ej2 creates a customer managed policy with a fixed name (the second group
cannot be created); ej6's trust policy names "ec2.amazon.com", not a service principal."""
# fails: ej2-pruebas ej6a-pruebas
# message: usa un nombre que dependa del usuario, grupo o rol
# message: La política de confianza debe nombrar al servicio EC2
# %% ej2-respuesta
def create_group_with_policy(group_name, policy_document, user_names):
    iam = boto3.client("iam")
    iam.create_group(GroupName=group_name)
    arn = iam.create_policy(PolicyName="permisos-del-equipo",
                            PolicyDocument=json.dumps(policy_document))["Policy"]["Arn"]
    iam.attach_group_policy(GroupName=group_name, PolicyArn=arn)
    for user_name in user_names:
        iam.add_user_to_group(GroupName=group_name, UserName=user_name)
# %% ej6-respuesta
def create_instance_role(role_name, bucket, table):
    iam = boto3.client("iam")
    trust = {"Version": "2012-10-17", "Statement": [{
        "Effect": "Allow", "Principal": {"Service": "ec2.amazon.com"}, "Action": "sts:AssumeRole"}]}
    iam.create_role(RoleName=role_name, AssumeRolePolicyDocument=json.dumps(trust))
    permissions = {"Version": "2012-10-17", "Statement": [
        {"Effect": "Allow", "Action": APP_S3_ACTIONS, "Resource": f"arn:aws:s3:::{bucket}/*"},
        {"Effect": "Allow", "Action": APP_DYNAMODB_ACTIONS,
         "Resource": f"arn:aws:dynamodb:{REGION}:{ACCOUNT_ID}:table/{table}"}]}
    iam.put_role_policy(RoleName=role_name, PolicyName="app", PolicyDocument=json.dumps(permissions))
    profile = iam.create_instance_profile(InstanceProfileName=role_name)["InstanceProfile"]
    iam.add_role_to_instance_profile(InstanceProfileName=role_name, RoleName=role_name)
    return profile["Arn"]

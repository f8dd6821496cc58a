"""Two independent mistakes: ej2 passes the policy to IAM as a Python dict, not JSON text; ej6 grants
the right DynamoDB actions on every table ("*")."""
# fails: ej2-pruebas ej6b-pruebas
# message: usa json.dumps(politica)
# message: El rol puede leer cualquier tabla de DynamoDB
# %% ej2-respuesta
def create_group_with_policy(group_name, policy_document, user_names):
    iam = boto3.client("iam")
    iam.create_group(GroupName=group_name)
    iam.put_group_policy(GroupName=group_name, PolicyName="permisos",
                         PolicyDocument=policy_document)
    for user_name in user_names:
        iam.add_user_to_group(GroupName=group_name, UserName=user_name)
# %% ej6-respuesta
def create_instance_role(role_name, bucket, table):
    iam = boto3.client("iam")
    trust = {"Version": "2012-10-17", "Statement": [{
        "Effect": "Allow", "Principal": {"Service": "ec2.amazonaws.com"}, "Action": "sts:AssumeRole"}]}
    iam.create_role(RoleName=role_name, AssumeRolePolicyDocument=json.dumps(trust))
    permissions = {"Version": "2012-10-17", "Statement": [
        {"Effect": "Allow", "Action": APP_S3_ACTIONS, "Resource": f"arn:aws:s3:::{bucket}/*"},
        {"Effect": "Allow", "Action": APP_DYNAMODB_ACTIONS, "Resource": "*"}]}
    iam.put_role_policy(RoleName=role_name, PolicyName="app", PolicyDocument=json.dumps(permissions))
    profile = iam.create_instance_profile(InstanceProfileName=role_name)["InstanceProfile"]
    iam.add_role_to_instance_profile(InstanceProfileName=role_name, RoleName=role_name)
    return profile["Arn"]

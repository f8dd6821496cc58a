"""One statement with two actions and two resources (still least privilege), a policy text
on one line, the role's permissions one statement per service, and quiz letters in capitals."""
# %% ej2-respuesta
def create_group_with_policy(group_name, policy_document, user_names):
    iam = boto3.client("iam")
    iam.create_group(GroupName=group_name, Path="/equipos/")
    iam.put_group_policy(GroupName=group_name, PolicyName=group_name,
                         PolicyDocument=json.dumps(policy_document, indent=4))
    for name in sorted(set(user_names)):
        iam.add_user_to_group(GroupName=group_name, UserName=name)
# %% ej3-respuesta
def fixed_seed_policy():
    return ('{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", '
            '"Action": ["iam:ChangePassword", "iam:GetUser"], '
            '"Resource": "arn:aws:iam::123456789012:user/${aws:username}"}]}')
# %% ej5-respuesta
def grant_prefix_read(user_name, bucket, prefix):
    statement = {
        "Effect": "Allow",
        "Action": ["s3:ListBucket", "s3:GetObject"],
        "Resource": [f"arn:aws:s3:::{bucket}", f"arn:aws:s3:::{bucket}/{prefix}*"],
    }
    boto3.client("iam").put_user_policy(
        UserName=user_name, PolicyName="lectura-prefijo",
        PolicyDocument=json.dumps({"Version": "2012-10-17", "Statement": [statement]}))
# %% ej6-respuesta
def create_instance_role(role_name, bucket, table):
    iam = boto3.client("iam")
    iam.create_role(RoleName=role_name, AssumeRolePolicyDocument=json.dumps({
        "Version": "2012-10-17",
        "Statement": {"Effect": "Allow", "Action": "sts:AssumeRole",
                      "Principal": {"Service": "ec2.amazonaws.com"}}}))
    s3_part = {"Version": "2012-10-17", "Statement": [{
        "Effect": "Allow", "Action": APP_S3_ACTIONS, "Resource": [f"arn:aws:s3:::{bucket}/*"]}]}
    table_part = {"Version": "2012-10-17", "Statement": [{
        "Effect": "Allow", "Action": APP_DYNAMODB_ACTIONS,
        "Resource": [f"arn:aws:dynamodb:{REGION}:{ACCOUNT_ID}:table/{table}",
                     f"arn:aws:dynamodb:{REGION}:{ACCOUNT_ID}:table/{table}/index/*"]}]}
    iam.put_role_policy(RoleName=role_name, PolicyName="fotos", PolicyDocument=json.dumps(s3_part))
    iam.put_role_policy(RoleName=role_name, PolicyName="tabla",
                        PolicyDocument=json.dumps(table_part))
    profile = iam.create_instance_profile(InstanceProfileName=role_name)
    iam.add_role_to_instance_profile(InstanceProfileName=role_name, RoleName=role_name)
    return profile["InstanceProfile"]["Arn"]
# %% quiz-respuestas
answer_1 = "B"
answer_2 = " c"
answer_3 = "b "
answer_4 = "C"
answer_5 = "B"

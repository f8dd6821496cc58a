"""Two independent mistakes: ej2 adds s3:ListAllMyBuckets to the document it receives ("so members
see the buckets in the console"), more than the group was asked to get; ej8 builds the role's
session without region_name, so it lands in the notebook's default region, not the caller's."""
# fails: ej2-pruebas ej8-pruebas
# message: el grupo debe llevar ese documento tal cual
# message: pasa region_name=session.region_name
# %% ej2-respuesta
def create_group_with_policy(group_name, policy_document, user_names):
    iam = boto3.client("iam")
    iam.create_group(GroupName=group_name)
    document = {**policy_document, "Statement": [
        *policy_document["Statement"],
        {"Effect": "Allow", "Action": "s3:ListAllMyBuckets", "Resource": "*"}]}
    iam.put_group_policy(GroupName=group_name, PolicyName="permisos",
                         PolicyDocument=json.dumps(document))
    for user_name in user_names:
        iam.add_user_to_group(GroupName=group_name, UserName=user_name)
# %% ej8-respuesta
def assume_role_session(session, role_arn, session_name):
    credentials = session.client("sts").assume_role(
        RoleArn=role_arn, RoleSessionName=session_name)["Credentials"]
    return boto3.Session(aws_access_key_id=credentials["AccessKeyId"],
                         aws_secret_access_key=credentials["SecretAccessKey"],
                         aws_session_token=credentials["SessionToken"])

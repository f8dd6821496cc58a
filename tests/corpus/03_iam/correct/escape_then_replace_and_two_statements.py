"""Other valid shapes: ej1 with a client from a new session; ej3 as one statement per action;
ej4a escapes the whole pattern and then turns the escaped wildcards back; ej6 with a Sid in the
trust policy, one S3 statement per action and DynamoDB actions in lower case (AWS ignores their
case) on an ARN with the account as *; ej7 filters by instance and state in the request; ej8
with boto3.session.Session."""
# %% ej1-respuesta
def create_user_with_access_key(user_name):
    iam = boto3.session.Session().client("iam")
    iam.create_user(UserName=user_name, Path="/programas/")
    response = iam.create_access_key(UserName=user_name)
    return response["AccessKey"]
# %% ej3-respuesta
def fixed_seed_policy():
    own_user = "arn:aws:iam::123456789012:user/${aws:username}"
    policy = {
        "Version": "2012-10-17",
        "Statement": [
            {"Sid": "CambiarSuContrasena", "Effect": "Allow", "Action": "iam:ChangePassword",
             "Resource": own_user},
            {"Sid": "VerSuUsuario", "Effect": "Allow", "Action": "iam:GetUser",
             "Resource": own_user},
        ],
    }
    return json.dumps(policy)
# %% ej4a-respuesta
def wildcard_match(pattern, text, ignore_case=False):
    regex = re.escape(pattern).replace(r"\*", ".*").replace(r"\?", ".")
    flags = re.DOTALL
    if ignore_case:
        flags |= re.IGNORECASE
    return bool(re.fullmatch(regex, text, flags))
# %% ej6-respuesta
def create_instance_role(role_name, bucket, table):
    iam = boto3.client("iam")
    trust = {"Version": "2012-10-17", "Statement": [{
        "Sid": "SoloEC2", "Effect": "Allow", "Principal": {"Service": "ec2.amazonaws.com"},
        "Action": ["sts:AssumeRole"]}]}
    iam.create_role(RoleName=role_name, AssumeRolePolicyDocument=json.dumps(trust))
    objects = f"arn:aws:s3:::{bucket}/*"
    statements = [{"Effect": "Allow", "Action": a, "Resource": objects} for a in APP_S3_ACTIONS]
    statements.append({"Sid": "Tabla", "Effect": "Allow",
                       "Action": [a.lower() for a in APP_DYNAMODB_ACTIONS],
                       "Resource": f"arn:aws:dynamodb:{REGION}:*:table/{table}"})
    iam.put_role_policy(RoleName=role_name, PolicyName="directorio-empleados",
                        PolicyDocument=json.dumps({"Version": "2012-10-17",
                                                   "Statement": statements}))
    arn = iam.create_instance_profile(InstanceProfileName=role_name)["InstanceProfile"]["Arn"]
    iam.add_role_to_instance_profile(InstanceProfileName=role_name, RoleName=role_name)
    return arn
# %% ej7-respuesta
def attach_instance_profile(instance_id, profile_name):
    ec2 = boto3.client("ec2", region_name=REGION)
    live = ec2.describe_iam_instance_profile_associations(Filters=[
        {"Name": "instance-id", "Values": [instance_id]},
        {"Name": "state", "Values": ["associating", "associated"]},
    ])["IamInstanceProfileAssociations"]
    if not live:
        done = ec2.associate_iam_instance_profile(InstanceId=instance_id,
                                                  IamInstanceProfile={"Name": profile_name})
    else:
        done = ec2.replace_iam_instance_profile_association(
            AssociationId=live[0]["AssociationId"], IamInstanceProfile={"Name": profile_name})
    return done["IamInstanceProfileAssociation"]["AssociationId"]
# %% ej8-respuesta
def assume_role_session(session, role_arn, session_name):
    answer = session.client("sts").assume_role(RoleArn=role_arn, RoleSessionName=session_name)
    temporary = answer["Credentials"]
    return boto3.session.Session(
        region_name=session.region_name,
        aws_access_key_id=temporary["AccessKeyId"],
        aws_secret_access_key=temporary["SecretAccessKey"],
        aws_session_token=temporary["SessionToken"],
    )

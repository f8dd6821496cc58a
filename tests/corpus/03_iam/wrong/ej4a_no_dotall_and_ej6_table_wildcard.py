"""Two independent mistakes: ej4a's regex forgets re.DOTALL, so "*" and "?" stop at a newline
(the statement says any character); ej6 writes the table ARN with a * after the table's name,
which also covers every table whose name starts the same."""
# fails: ej4a-pruebas ej6b-pruebas
# message: también vale para otras tablas
# %% ej4a-respuesta
def wildcard_match(pattern, text, ignore_case=False):
    regex = "".join(".*" if c == "*" else "." if c == "?" else re.escape(c) for c in pattern)
    return re.fullmatch(regex, text, re.IGNORECASE if ignore_case else 0) is not None
# %% ej6-respuesta
def create_instance_role(role_name, bucket, table):
    iam = boto3.client("iam")
    trust = {"Version": "2012-10-17", "Statement": [{
        "Effect": "Allow", "Principal": {"Service": "ec2.amazonaws.com"}, "Action": "sts:AssumeRole"}]}
    iam.create_role(RoleName=role_name, AssumeRolePolicyDocument=json.dumps(trust))
    permissions = {"Version": "2012-10-17", "Statement": [
        {"Effect": "Allow", "Action": APP_S3_ACTIONS, "Resource": f"arn:aws:s3:::{bucket}/*"},
        {"Effect": "Allow", "Action": APP_DYNAMODB_ACTIONS,
         "Resource": f"arn:aws:dynamodb:{REGION}:{ACCOUNT_ID}:table/{table}*"}]}
    iam.put_role_policy(RoleName=role_name, PolicyName="app", PolicyDocument=json.dumps(permissions))
    profile = iam.create_instance_profile(InstanceProfileName=role_name)["InstanceProfile"]
    iam.add_role_to_instance_profile(InstanceProfileName=role_name, RoleName=role_name)
    return profile["Arn"]

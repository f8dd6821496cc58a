"""Two independent "nothing more" mistakes that no call of the checks would reveal: ej5 also grants
s3:GetObjectVersion (read old versions); ej6 adds s3:ListBucket on the bucket ("the app may need
to list photos"), which APP_S3_ACTIONS does not include."""
# fails: ej5b-pruebas ej6b-pruebas
# message: recibe además 's3:GetObjectVersion'
# message: recibe además 's3:ListBucket'
# %% ej5-respuesta
def grant_prefix_read(user_name, bucket, prefix):
    policy = {"Version": "2012-10-17", "Statement": [
        {"Effect": "Allow", "Action": "s3:ListBucket", "Resource": f"arn:aws:s3:::{bucket}"},
        {"Effect": "Allow", "Action": ["s3:GetObject", "s3:GetObjectVersion"],
         "Resource": f"arn:aws:s3:::{bucket}/{prefix}*"},
    ]}
    boto3.client("iam").put_user_policy(UserName=user_name, PolicyName="leer",
                                        PolicyDocument=json.dumps(policy))
# %% ej6-respuesta
def create_instance_role(role_name, bucket, table):
    iam = boto3.client("iam")
    trust = {"Version": "2012-10-17", "Statement": [{
        "Effect": "Allow", "Principal": {"Service": "ec2.amazonaws.com"}, "Action": "sts:AssumeRole"}]}
    iam.create_role(RoleName=role_name, AssumeRolePolicyDocument=json.dumps(trust))
    permissions = {"Version": "2012-10-17", "Statement": [
        {"Effect": "Allow", "Action": APP_S3_ACTIONS, "Resource": f"arn:aws:s3:::{bucket}/*"},
        {"Effect": "Allow", "Action": "s3:ListBucket", "Resource": f"arn:aws:s3:::{bucket}"},
        {"Effect": "Allow", "Action": APP_DYNAMODB_ACTIONS,
         "Resource": f"arn:aws:dynamodb:{REGION}:{ACCOUNT_ID}:table/{table}"}]}
    iam.put_role_policy(RoleName=role_name, PolicyName="app", PolicyDocument=json.dumps(permissions))
    profile = iam.create_instance_profile(InstanceProfileName=role_name)["InstanceProfile"]
    iam.add_role_to_instance_profile(InstanceProfileName=role_name, RoleName=role_name)
    return profile["Arn"]

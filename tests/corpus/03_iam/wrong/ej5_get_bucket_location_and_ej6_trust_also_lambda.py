"""Two independent "a little more" mistakes: ej5 adds s3:GetBucketLocation on the bucket (the AWS
console examples include it; the task does not need it); ej6's trust policy lets Lambda assume
the EC2 role too ("in case we move the app to Lambda")."""
# fails: ej5b-pruebas ej6a-pruebas
# message: recibe además 's3:GetBucketLocation'
# message: deja asumir el rol también a ['lambda.amazonaws.com']
# %% ej5-respuesta
def grant_prefix_read(user_name, bucket, prefix):
    policy = {"Version": "2012-10-17", "Statement": [
        {"Effect": "Allow", "Action": ["s3:ListBucket", "s3:GetBucketLocation"],
         "Resource": f"arn:aws:s3:::{bucket}"},
        {"Effect": "Allow", "Action": "s3:GetObject", "Resource": f"arn:aws:s3:::{bucket}/{prefix}*"},
    ]}
    boto3.client("iam").put_user_policy(UserName=user_name, PolicyName="leer",
                                        PolicyDocument=json.dumps(policy))
# %% ej6-respuesta
def create_instance_role(role_name, bucket, table):
    iam = boto3.client("iam")
    trust = {"Version": "2012-10-17", "Statement": [{
        "Effect": "Allow", "Principal": {"Service": ["ec2.amazonaws.com", "lambda.amazonaws.com"]},
        "Action": "sts:AssumeRole"}]}
    iam.create_role(RoleName=role_name, AssumeRolePolicyDocument=json.dumps(trust))
    permissions = {"Version": "2012-10-17", "Statement": [
        {"Effect": "Allow", "Action": APP_S3_ACTIONS, "Resource": f"arn:aws:s3:::{bucket}/*"},
        {"Effect": "Allow", "Action": APP_DYNAMODB_ACTIONS,
         "Resource": f"arn:aws:dynamodb:{REGION}:{ACCOUNT_ID}:table/{table}"}]}
    iam.put_role_policy(RoleName=role_name, PolicyName="app", PolicyDocument=json.dumps(permissions))
    profile = iam.create_instance_profile(InstanceProfileName=role_name)["InstanceProfile"]
    iam.add_role_to_instance_profile(InstanceProfileName=role_name, RoleName=role_name)
    return profile["Arn"]

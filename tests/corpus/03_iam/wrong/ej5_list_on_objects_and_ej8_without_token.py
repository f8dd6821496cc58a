"""Two independent mistakes: ej5 grants s3:ListBucket on the objects (listing needs the bucket
itself); ej8 builds the session with two of the three parts of the temporary credentials."""
# fails: ej5a-pruebas ej5b-pruebas ej8-pruebas
# message: s3:ListBucket se concede sobre el bucket
# message: aws_session_token
# %% ej5-respuesta
def grant_prefix_read(user_name, bucket, prefix):
    policy = {"Version": "2012-10-17", "Statement": [{
        "Effect": "Allow", "Action": ["s3:ListBucket", "s3:GetObject"],
        "Resource": f"arn:aws:s3:::{bucket}/{prefix}*"}]}
    boto3.client("iam").put_user_policy(UserName=user_name, PolicyName="leer",
                                        PolicyDocument=json.dumps(policy))
# %% ej8-respuesta
def assume_role_session(session, role_arn, session_name):
    credentials = session.client("sts").assume_role(
        RoleArn=role_arn, RoleSessionName=session_name)["Credentials"]
    return boto3.Session(aws_access_key_id=credentials["AccessKeyId"],
                         aws_secret_access_key=credentials["SecretAccessKey"],
                         region_name=session.region_name)

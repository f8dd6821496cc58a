"""Two independent mistakes: ej1 creates the access key without UserName (in AWS it would belong to the
caller); ej5 reads the whole bucket (GetObject on bucket/* instead of bucket/prefix*)."""
# fails: ej1-pruebas ej5b-pruebas
# message: Pasa UserName=user_name a create_access_key
# message: fuera de informes/
# %% ej1-respuesta
def create_user_with_access_key(user_name):
    iam = boto3.client("iam")
    iam.create_user(UserName=user_name)
    return iam.create_access_key()["AccessKey"]
# %% ej5-respuesta
def grant_prefix_read(user_name, bucket, prefix):
    policy = {"Version": "2012-10-17", "Statement": [
        {"Effect": "Allow", "Action": "s3:ListBucket", "Resource": f"arn:aws:s3:::{bucket}"},
        {"Effect": "Allow", "Action": "s3:GetObject", "Resource": f"arn:aws:s3:::{bucket}/*"},
    ]}
    boto3.client("iam").put_user_policy(UserName=user_name, PolicyName="leer",
                                        PolicyDocument=json.dumps(policy))

"""Grants s3:ListBucket on the objects (bucket/*): listing needs the bucket itself."""
# fails: ej5a-pruebas ej5b-pruebas
# message: s3:ListBucket se concede sobre el bucket
# %% ej5-respuesta
def grant_prefix_read(user_name, bucket, prefix):
    policy = {"Version": "2012-10-17", "Statement": [{
        "Effect": "Allow", "Action": ["s3:ListBucket", "s3:GetObject"],
        "Resource": f"arn:aws:s3:::{bucket}/{prefix}*"}]}
    boto3.client("iam").put_user_policy(UserName=user_name, PolicyName="leer",
                                        PolicyDocument=json.dumps(policy))

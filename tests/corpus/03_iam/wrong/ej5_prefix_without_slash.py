"""Drops the prefix's final slash: "ventas*" also matches "ventas-2023/"."""
# fails: ej5b-pruebas
# message: conserva la barra final del prefijo
# %% ej5-respuesta
def grant_prefix_read(user_name, bucket, prefix):
    folder = prefix.rstrip("/")
    policy = {"Version": "2012-10-17", "Statement": [
        {"Effect": "Allow", "Action": "s3:ListBucket", "Resource": f"arn:aws:s3:::{bucket}"},
        {"Effect": "Allow", "Action": "s3:GetObject", "Resource": f"arn:aws:s3:::{bucket}/{folder}*"},
    ]}
    boto3.client("iam").put_user_policy(UserName=user_name, PolicyName="leer",
                                        PolicyDocument=json.dumps(policy))

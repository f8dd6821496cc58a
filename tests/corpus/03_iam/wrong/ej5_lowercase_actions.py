"""Action names in lower case: fine in AWS, but moto compares them with their case."""
# fails: ej5a-pruebas ej5b-pruebas
# message: AWS no distingue mayúsculas en las acciones, pero moto sí
# %% ej5-respuesta
def grant_prefix_read(user_name, bucket, prefix):
    policy = {"Version": "2012-10-17", "Statement": [
        {"Effect": "Allow", "Action": "s3:listbucket", "Resource": f"arn:aws:s3:::{bucket}"},
        {"Effect": "Allow", "Action": "s3:getobject", "Resource": f"arn:aws:s3:::{bucket}/{prefix}*"},
    ]}
    boto3.client("iam").put_user_policy(UserName=user_name, PolicyName="leer",
                                        PolicyDocument=json.dumps(policy))

"""Wrong answers (1 independent exercises): ej1: the role is never put in the instance profile."""
# fails: ej1-pruebas
# message: no está en ningún perfil de instancia
# %% ej1-respuesta
def create_app_role(iam, role_name, bucket, table_arn):
    """Crea el rol de la aplicación y su perfil de instancia; devuelve el ARN del perfil."""
    trust = {"Version": "2012-10-17", "Statement": [{
        "Effect": "Allow", "Principal": {"Service": "ec2.amazonaws.com"},
        "Action": "sts:AssumeRole"}]}
    iam.create_role(RoleName=role_name, AssumeRolePolicyDocument=json.dumps(trust))
    policy = {"Version": "2012-10-17", "Statement": [
        {"Sid": "FotosDelDirectorio", "Effect": "Allow",
         "Action": ["s3:GetObject", "s3:PutObject", "s3:DeleteObject"],
         "Resource": f"arn:aws:s3:::{bucket}/*"},
        {"Sid": "TablaDeEmpleados", "Effect": "Allow",
         "Action": ["dynamodb:GetItem", "dynamodb:PutItem", "dynamodb:UpdateItem",
                    "dynamodb:DeleteItem", "dynamodb:Scan", "dynamodb:Query"],
         "Resource": [table_arn, f"{table_arn}/index/*"]}]}
    iam.put_role_policy(RoleName=role_name, PolicyName="directorio-minimo",
                        PolicyDocument=json.dumps(policy))
    profile = iam.create_instance_profile(InstanceProfileName=role_name)["InstanceProfile"]
    return profile["Arn"]

"""Wrong answers (2 independent exercises): ej1: trust policy lets Lambda assume the role too; ej4: no default encryption."""
# fails: ej1-pruebas ej4-pruebas
# message: solo al servicio EC2
# message: cifrado predeterminado
# %% ej1-respuesta
def create_app_role(iam, role_name, bucket, table_arn):
    """Crea el rol de la aplicación y su perfil de instancia; devuelve el ARN del perfil."""
    trust = {"Version": "2012-10-17", "Statement": [{
        "Effect": "Allow", "Principal": {"Service": ["ec2.amazonaws.com", "lambda.amazonaws.com"]},
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
    iam.add_role_to_instance_profile(InstanceProfileName=role_name, RoleName=role_name)
    return profile["Arn"]

# %% ej4-respuesta
def create_photo_bucket(s3, bucket, role_arn):
    """Crea el bucket de fotos privado y cifrado, con una política solo para el rol."""
    region = s3.meta.region_name
    if region == "us-east-1":
        s3.create_bucket(Bucket=bucket)
    else:
        s3.create_bucket(Bucket=bucket,
                         CreateBucketConfiguration={"LocationConstraint": region})
    s3.put_public_access_block(Bucket=bucket, PublicAccessBlockConfiguration={
        "BlockPublicAcls": True, "IgnorePublicAcls": True,
        "BlockPublicPolicy": True, "RestrictPublicBuckets": True})
    policy = {"Version": "2012-10-17", "Statement": [{
        "Sid": "SoloLaAplicacion", "Effect": "Allow", "Principal": {"AWS": role_arn},
        "Action": ["s3:GetObject", "s3:PutObject", "s3:DeleteObject"],
        "Resource": f"arn:aws:s3:::{bucket}/*"}]}
    s3.put_bucket_policy(Bucket=bucket, Policy=json.dumps(policy))

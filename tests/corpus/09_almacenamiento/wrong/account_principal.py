"""ej8 names the account (…:root) instead of the role: in AWS that only delegates to the
account's own IAM policies, and the role has none; ej9 does not sign the content type."""
# fails: ej8-pruebas ej9-pruebas
# message: debería poder leer
# message: firmar el tipo de contenido
# %% ej8-respuesta
def photo_bucket_policy(bucket, role_arn):
    account = role_arn.split(":")[4]
    return {"Version": "2012-10-17", "Statement": [{
        "Effect": "Allow", "Principal": {"AWS": f"arn:aws:iam::{account}:root"},
        "Action": ["s3:GetObject", "s3:PutObject"],
        "Resource": f"arn:aws:s3:::{bucket}/fotos/*"}]}
# %% ej9-respuesta
def presigned_links(bucket, key, expires_in):
    if not 1 <= expires_in <= 604800:
        raise ValueError("fuera de rango")
    client = boto3.client("s3", config=Config(signature_version="s3v4"))
    params = {"Bucket": bucket, "Key": key}
    download = client.generate_presigned_url("get_object", Params=params, ExpiresIn=expires_in)
    upload = client.generate_presigned_url("put_object", Params=params, ExpiresIn=expires_in)
    return download, upload

"""ej5 applies the rule to the whole bucket (empty filter) and appends it even when a rule with
the same ID exists; ej9 keeps the URLs valid for an hour whatever is asked."""
# fails: ej5-pruebas ej9-pruebas
# message: solo a las claves con el prefijo
# message: se pidieron 900 s
# %% ej5-respuesta
def apply_retention(s3, bucket, policy):
    ia_days = policy["ia_days"]
    if ia_days is not None and (ia_days < 30 or policy["glacier_days"] < ia_days + 30):
        raise ValueError("AWS no admite esta política")
    transitions = [{"Days": policy["glacier_days"], "StorageClass": "GLACIER"}]
    if ia_days is not None:
        transitions.insert(0, {"Days": ia_days, "StorageClass": "STANDARD_IA"})
    rule = {"ID": "retencion-" + policy["prefix"], "Status": "Enabled", "Filter": {},
            "Transitions": transitions, "Expiration": {"Days": policy["expire_days"]},
            "NoncurrentVersionExpiration": {"NoncurrentDays": policy["noncurrent_days"]}}
    try:
        rules = s3.get_bucket_lifecycle_configuration(Bucket=bucket)["Rules"]
    except ClientError:
        rules = []
    s3.put_bucket_lifecycle_configuration(Bucket=bucket,
                                          LifecycleConfiguration={"Rules": rules + [rule]})
# %% ej9-respuesta
def presigned_links(bucket, key, expires_in):
    if not 1 <= expires_in <= 604800:
        raise ValueError("fuera de rango")
    client = boto3.client("s3", config=Config(signature_version="s3v4"))
    download = client.generate_presigned_url("get_object", Params={"Bucket": bucket, "Key": key})
    upload = client.generate_presigned_url("put_object", Params={"Bucket": bucket, "Key": key,
                                                                 "ContentType": "image/jpeg"})
    return download, upload

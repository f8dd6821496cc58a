"""ej6 expects every rule to have a Filter (a rule without one applies to every object);
ej8 leaves out "Version"; ej9 has no upper limit (8 days is accepted)."""
# fails: ej6-pruebas ej8-pruebas ej9-pruebas
# message: "Version": "2012-10-17"
# message: entre 1 segundo y 7 días
# %% ej6-respuesta
def storage_class_on_day(rules, key, size_bytes, day):
    applying = [r for r in rules if r["Status"] == "Enabled"
                and key.startswith(r["Filter"].get("Prefix", ""))]
    if any(day >= r["Expiration"]["Days"] for r in applying if "Days" in r.get("Expiration", {})):
        return None
    if size_bytes < TRANSITION_MIN_BYTES:
        return "STANDARD"
    reached = [t["StorageClass"] for r in applying for t in r.get("Transitions", []) if day >= t["Days"]]
    return max(reached, key=CHEAPEST_LAST.index, default="STANDARD")
# %% ej8-respuesta
def photo_bucket_policy(bucket, role_arn):
    return {"Statement": [{
        "Effect": "Allow", "Principal": {"AWS": role_arn},
        "Action": ["s3:GetObject", "s3:PutObject"],
        "Resource": f"arn:aws:s3:::{bucket}/fotos/*"}]}
# %% ej9-respuesta
def presigned_links(bucket, key, expires_in):
    if expires_in < 1:
        raise ValueError("debe ser positivo")
    client = boto3.client("s3", config=Config(signature_version="s3v4"))
    download = client.generate_presigned_url("get_object", Params={"Bucket": bucket, "Key": key},
                                             ExpiresIn=expires_in)
    upload = client.generate_presigned_url("put_object", Params={"Bucket": bucket, "Key": key,
                                                                 "ContentType": "image/jpeg"},
                                           ExpiresIn=expires_in)
    return download, upload

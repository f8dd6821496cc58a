"""ej4 reads one page of list_object_versions and never follows IsTruncated; ej5 puts only
its own rule, wiping the bucket's other rules."""
# fails: ej4-pruebas ej5-pruebas
# message: SUSTITUYE toda la configuración
# %% ej4-respuesta
def undelete(s3, bucket, key):
    while True:
        page = s3.list_object_versions(Bucket=bucket, Prefix=key)
        versions = [v for v in page.get("Versions", []) if v["Key"] == key]
        markers = [m for m in page.get("DeleteMarkers", []) if m["Key"] == key]
        if not versions:
            return None
        on_top = [m for m in markers if m["IsLatest"]]
        if not on_top:
            return next(v["VersionId"] for v in versions if v["IsLatest"])
        s3.delete_object(Bucket=bucket, Key=key, VersionId=on_top[0]["VersionId"])
# %% ej5-respuesta
def apply_retention(s3, bucket, policy):
    prefix, ia_days = policy["prefix"], policy["ia_days"]
    if ia_days is not None and (ia_days < 30 or policy["glacier_days"] < ia_days + 30):
        raise ValueError("AWS no admite esta política")
    transitions = [{"Days": policy["glacier_days"], "StorageClass": "GLACIER"}]
    if ia_days is not None:
        transitions.insert(0, {"Days": ia_days, "StorageClass": "STANDARD_IA"})
    rule = {"ID": f"retencion-{prefix}", "Status": "Enabled", "Filter": {"Prefix": prefix},
            "Transitions": transitions, "Expiration": {"Days": policy["expire_days"]},
            "NoncurrentVersionExpiration": {"NoncurrentDays": policy["noncurrent_days"]}}
    s3.put_bucket_lifecycle_configuration(Bucket=bucket, LifecycleConfiguration={"Rules": [rule]})

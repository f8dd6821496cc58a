"""ej4 strips markers even when the key has no version at all (nothing to recover); ej5 does
not check the 30 days in Standard-IA before Glacier."""
# fails: ej4-pruebas ej5-pruebas
# %% ej4-respuesta
def undelete(s3, bucket, key):
    while True:
        versions, markers = [], []
        for page in s3.get_paginator("list_object_versions").paginate(Bucket=bucket, Prefix=key):
            versions += [v for v in page.get("Versions", []) if v["Key"] == key]
            markers += [m for m in page.get("DeleteMarkers", []) if m["Key"] == key]
        on_top = [m for m in markers if m["IsLatest"]]
        if not on_top:
            current = [v["VersionId"] for v in versions if v["IsLatest"]]
            return current[0] if current else None
        s3.delete_object(Bucket=bucket, Key=key, VersionId=on_top[0]["VersionId"])
# %% ej5-respuesta
def apply_retention(s3, bucket, policy):
    prefix, ia_days = policy["prefix"], policy["ia_days"]
    if ia_days is not None and ia_days < 30:
        raise ValueError("Standard-IA pide 30 días")
    transitions = [{"Days": policy["glacier_days"], "StorageClass": "GLACIER"}]
    if ia_days is not None:
        transitions.insert(0, {"Days": ia_days, "StorageClass": "STANDARD_IA"})
    rule = {"ID": f"retencion-{prefix}", "Status": "Enabled", "Filter": {"Prefix": prefix},
            "Transitions": transitions, "Expiration": {"Days": policy["expire_days"]},
            "NoncurrentVersionExpiration": {"NoncurrentDays": policy["noncurrent_days"]}}
    try:
        rules = s3.get_bucket_lifecycle_configuration(Bucket=bucket)["Rules"]
    except ClientError:
        rules = []
    rules = [r for r in rules if r.get("ID") != rule["ID"]] + [rule]
    s3.put_bucket_lifecycle_configuration(Bucket=bucket, LifecycleConfiguration={"Rules": rules})

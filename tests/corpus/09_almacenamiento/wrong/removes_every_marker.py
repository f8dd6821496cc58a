"""ej4 removes every delete marker of the key, also the old ones below the newest version;
ej6 takes the transition with the most days instead of the cheapest class."""
# fails: ej4-pruebas ej6-pruebas
# message: has quitado marcadores antiguos
# %% ej4-respuesta
def undelete(s3, bucket, key):
    versions, markers = [], []
    for page in s3.get_paginator("list_object_versions").paginate(Bucket=bucket, Prefix=key):
        versions += [v for v in page.get("Versions", []) if v["Key"] == key]
        markers += [m for m in page.get("DeleteMarkers", []) if m["Key"] == key]
    if not versions:
        return None
    for marker in markers:
        s3.delete_object(Bucket=bucket, Key=key, VersionId=marker["VersionId"])
    return versions[0]["VersionId"]
# %% ej6-respuesta
def storage_class_on_day(rules, key, size_bytes, day):
    applying = [r for r in rules if r.get("Status") == "Enabled"
                and key.startswith((r.get("Filter") or {}).get("Prefix", ""))]
    if any(day >= r["Expiration"]["Days"] for r in applying if "Days" in r.get("Expiration", {})):
        return None
    if size_bytes < TRANSITION_MIN_BYTES:
        return "STANDARD"
    reached = [t for r in applying for t in r.get("Transitions", []) if day >= t["Days"]]
    if not reached:
        return "STANDARD"
    return max(reached, key=lambda t: t["Days"])["StorageClass"]

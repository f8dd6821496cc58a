"""ej4 acts on every key that starts with the key (fotos/ana.jpg.bak too); ej6 checks the
prefix with «in» (copia/datos/x.csv matches datos/); ej8 names every principal ("*")."""
# fails: ej4-pruebas ej6-pruebas ej8-pruebas
# message: otra clave que empieza igual
# message: otro usuario de la cuenta puede leer
# %% ej4-respuesta
def undelete(s3, bucket, key):
    while True:
        page = s3.list_object_versions(Bucket=bucket, Prefix=key)
        versions, markers = page.get("Versions", []), page.get("DeleteMarkers", [])
        if not versions:
            return None
        on_top = [m for m in markers if m["IsLatest"]]
        if not on_top:
            return next(v["VersionId"] for v in versions if v["IsLatest"] and v["Key"] == key)
        for m in on_top:
            s3.delete_object(Bucket=bucket, Key=m["Key"], VersionId=m["VersionId"])
# %% ej6-respuesta
def storage_class_on_day(rules, key, size_bytes, day):
    applying = [r for r in rules if r.get("Status") == "Enabled"
                and (r.get("Filter") or {}).get("Prefix", "") in key]
    if any(day >= r["Expiration"]["Days"] for r in applying if "Days" in r.get("Expiration", {})):
        return None
    if size_bytes < TRANSITION_MIN_BYTES:
        return "STANDARD"
    reached = [t["StorageClass"] for r in applying for t in r.get("Transitions", []) if day >= t["Days"]]
    return max(reached, key=CHEAPEST_LAST.index, default="STANDARD")
# %% ej8-respuesta
def photo_bucket_policy(bucket, role_arn):
    return {"Version": "2012-10-17", "Statement": [{
        "Effect": "Allow", "Principal": "*",
        "Action": ["s3:GetObject", "s3:PutObject"],
        "Resource": f"arn:aws:s3:::{bucket}/fotos/*"}]}

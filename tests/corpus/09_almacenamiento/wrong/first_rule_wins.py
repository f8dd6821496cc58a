"""ej6 stops at the first rule that applies (another rule may expire the object sooner or
move it somewhere cheaper); ej8 forgets the slash after fotos (fotos-viejas/ matches too)."""
# fails: ej6-pruebas ej8-pruebas
# %% ej6-respuesta
def storage_class_on_day(rules, key, size_bytes, day):
    for rule in rules:
        if rule.get("Status") != "Enabled":
            continue
        if not key.startswith((rule.get("Filter") or {}).get("Prefix", "")):
            continue
        if "Expiration" in rule and day >= rule["Expiration"]["Days"]:
            return None
        if size_bytes < TRANSITION_MIN_BYTES:
            return "STANDARD"
        reached = [t["StorageClass"] for t in rule.get("Transitions", []) if day >= t["Days"]]
        return max(reached, key=CHEAPEST_LAST.index, default="STANDARD")
    return "STANDARD"
# %% ej8-respuesta
def photo_bucket_policy(bucket, role_arn):
    return {"Version": "2012-10-17", "Statement": [{
        "Effect": "Allow", "Principal": {"AWS": role_arn},
        "Action": ["s3:GetObject", "s3:PutObject"],
        "Resource": f"arn:aws:s3:::{bucket}/fotos*"}]}

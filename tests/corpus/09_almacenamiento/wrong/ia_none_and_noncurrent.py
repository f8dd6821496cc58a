"""ej5 always writes the Standard-IA transition (with Days=None when there is none) and forgets
the expiration of older versions; ej6 ignores the 128 KB minimum for transitions."""
# fails: ej5-pruebas ej6-pruebas
# %% ej5-respuesta
def apply_retention(s3, bucket, policy):
    ia_days = policy["ia_days"]
    if ia_days is not None and (ia_days < 30 or policy["glacier_days"] < ia_days + 30):
        raise ValueError("AWS no admite esta política")
    rule = {"ID": "retencion-" + policy["prefix"], "Status": "Enabled",
            "Filter": {"Prefix": policy["prefix"]},
            "Transitions": [{"Days": ia_days, "StorageClass": "STANDARD_IA"},
                            {"Days": policy["glacier_days"], "StorageClass": "GLACIER"}],
            "Expiration": {"Days": policy["expire_days"]}}
    try:
        rules = s3.get_bucket_lifecycle_configuration(Bucket=bucket)["Rules"]
    except ClientError:
        rules = []
    rules = [r for r in rules if r.get("ID") != rule["ID"]] + [rule]
    s3.put_bucket_lifecycle_configuration(Bucket=bucket, LifecycleConfiguration={"Rules": rules})
# %% ej6-respuesta
def storage_class_on_day(rules, key, size_bytes, day):
    applying = [r for r in rules if r.get("Status") == "Enabled"
                and key.startswith((r.get("Filter") or {}).get("Prefix", ""))]
    if any(day >= r["Expiration"]["Days"] for r in applying if "Days" in r.get("Expiration", {})):
        return None
    reached = [t["StorageClass"] for r in applying for t in r.get("Transitions", []) if day >= t["Days"]]
    return max(reached, key=CHEAPEST_LAST.index, default="STANDARD")

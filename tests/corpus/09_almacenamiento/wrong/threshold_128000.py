"""ej6 takes 128 KB as 128,000 bytes (it is 128 × 1024); ej7a counts months of 31 days; ej8
also lets the role list the bucket."""
# fails: ej6-pruebas ej7a-pruebas ej8-pruebas
# %% ej6-respuesta
def storage_class_on_day(rules, key, size_bytes, day):
    applying = [r for r in rules if r.get("Status") == "Enabled"
                and key.startswith((r.get("Filter") or {}).get("Prefix", ""))]
    if any(day >= r["Expiration"]["Days"] for r in applying if "Days" in r.get("Expiration", {})):
        return None
    if size_bytes < 128_000:
        return "STANDARD"
    reached = [t["StorageClass"] for r in applying for t in r.get("Transitions", []) if day >= t["Days"]]
    return max(reached, key=CHEAPEST_LAST.index, default="STANDARD")
# %% ej7-respuesta
def s3_cost(storage_class, gb, months, gb_read_per_month):
    prices = S3_CLASSES[storage_class]
    billed = max(months, prices["dias_minimos"] / 31)
    return gb * prices["usd_gb_mes"] * billed + gb_read_per_month * months * prices["usd_gb_recuperado"]


def cost_chart(gb, months, gb_read_per_month):
    names = list(S3_CLASSES)
    fig, ax = new_chart("Coste por clase", "Clase", "Coste (USD)")
    bars = ax.bar(names, [s3_cost(n, gb, months, gb_read_per_month) for n in names])
    ax.bar_label(bars, fmt="%.2f")
    return fig
# %% ej8-respuesta
def photo_bucket_policy(bucket, role_arn):
    return {"Version": "2012-10-17", "Statement": [
        {"Effect": "Allow", "Principal": {"AWS": role_arn},
         "Action": ["s3:GetObject", "s3:PutObject"],
         "Resource": f"arn:aws:s3:::{bucket}/fotos/*"},
        {"Effect": "Allow", "Principal": {"AWS": role_arn}, "Action": "s3:ListBucket",
         "Resource": f"arn:aws:s3:::{bucket}"}]}

"""ej6 returns STANDARD for small objects before looking at expirations (they do expire);
ej7a charges the retrieval fee once, not every month; ej8 adds s3:DeleteObject."""
# fails: ej6-pruebas ej7a-pruebas ej8-pruebas
# message: no debería: mínimo privilegio
# %% ej6-respuesta
def storage_class_on_day(rules, key, size_bytes, day):
    if size_bytes < TRANSITION_MIN_BYTES:
        return "STANDARD"
    applying = [r for r in rules if r.get("Status") == "Enabled"
                and key.startswith((r.get("Filter") or {}).get("Prefix", ""))]
    if any(day >= r["Expiration"]["Days"] for r in applying if "Days" in r.get("Expiration", {})):
        return None
    reached = [t["StorageClass"] for r in applying for t in r.get("Transitions", []) if day >= t["Days"]]
    return max(reached, key=CHEAPEST_LAST.index, default="STANDARD")
# %% ej7-respuesta
def s3_cost(storage_class, gb, months, gb_read_per_month):
    prices = S3_CLASSES[storage_class]
    billed = max(months, prices["dias_minimos"] / DAYS_PER_MONTH)
    return gb * prices["usd_gb_mes"] * billed + gb_read_per_month * prices["usd_gb_recuperado"]


def cost_chart(gb, months, gb_read_per_month):
    names = list(S3_CLASSES)
    fig, ax = new_chart("Coste por clase", "Clase", "Coste (USD)")
    ax.bar(names, [s3_cost(n, gb, months, gb_read_per_month) for n in names])
    return fig
# %% ej8-respuesta
def photo_bucket_policy(bucket, role_arn):
    return {"Version": "2012-10-17", "Statement": [{
        "Effect": "Allow", "Principal": {"AWS": role_arn},
        "Action": ["s3:GetObject", "s3:PutObject", "s3:DeleteObject"],
        "Resource": f"arn:aws:s3:::{bucket}/fotos/*"}]}

"""Compact answers: sort-free cheapest-class pick, a resource client, tick-free bar labels."""
# %% ej3-respuesta
def migrate_to_gp3(ec2, volume_id):
    (volume,) = ec2.describe_volumes(VolumeIds=[volume_id])["Volumes"]
    if volume["VolumeType"] != "gp2":
        return None
    target = {"Iops": min(max(3 * volume["Size"], 3000), 16000),
              "Throughput": 125 if volume["Size"] <= 170 else 250}
    ec2.modify_volume(VolumeId=volume_id, VolumeType="gp3", **target)
    return target
# %% ej6-respuesta
def storage_class_on_day(rules, key, size_bytes, day):
    live = [r for r in rules if r.get("Status") == "Enabled"
            and key.startswith(r.get("Filter", {}).get("Prefix", ""))]
    if any(day >= r.get("Expiration", {}).get("Days", float("inf")) for r in live):
        return None
    if size_bytes < TRANSITION_MIN_BYTES:
        return "STANDARD"
    done = {t["StorageClass"] for r in live for t in r.get("Transitions", []) if t["Days"] <= day}
    return sorted(done | {"STANDARD"}, key=CHEAPEST_LAST.index)[-1]
# %% ej7-respuesta
def s3_cost(storage_class, gb, months, gb_read_per_month):
    p = S3_CLASSES[storage_class]
    return (gb * p["usd_gb_mes"] * max(months, p["dias_minimos"] / DAYS_PER_MONTH)
            + gb_read_per_month * p["usd_gb_recuperado"] * months)


def cost_chart(gb, months, gb_read_per_month):
    fig, ax = new_chart("Coste en S3", "Clase", "USD")
    bars = ax.bar(range(6), [s3_cost(c, gb, months, gb_read_per_month) for c in S3_CLASSES])
    ax.bar_label(bars, labels=list(S3_CLASSES))
    ax.set_xticks([])
    return fig
# %% ej9-respuesta
def presigned_links(bucket, key, expires_in):
    if not 0 < expires_in <= 604_800:
        raise ValueError(expires_in)
    client = boto3.resource("s3", config=Config(signature_version="s3v4")).meta.client
    urls = [client.generate_presigned_url(op, Params=params, ExpiresIn=expires_in)
            for op, params in [("get_object", {"Bucket": bucket, "Key": key}),
                               ("put_object", {"Bucket": bucket, "Key": key,
                                               "ContentType": "image/jpeg"})]]
    return tuple(urls)
# %% ej8-respuesta
def photo_bucket_policy(bucket, role_arn):
    return {"Version": "2012-10-17",
            "Statement": {"Effect": "Allow", "Principal": {"AWS": role_arn},
                          "Action": ["s3:PutObject", "s3:GetObject"],
                          "Resource": [f"arn:aws:s3:::{bucket}/fotos/*"]}}

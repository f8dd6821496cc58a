"""Polls by hand instead of waiters, pages by hand with the markers, plain loops everywhere."""
# %% ej1-respuesta
STORAGE_FOR = {
    "copias_7_anos": "s3",
    "volumen_raiz": "ebs",
    "fotos_usuarios": "s3",
    "web_compartida": "efs",
    "base_de_datos": "ebs",
    "procesado_temporal": "almacen_instancias",
}
# %% ej2-respuesta
import time


def move_volume(ec2, volume_id, instance_id, device):
    vol = ec2.describe_volumes(VolumeIds=[volume_id])["Volumes"][0]
    inst = ec2.describe_instances(InstanceIds=[instance_id])
    zone = inst["Reservations"][0]["Instances"][0]["Placement"]["AvailabilityZone"]
    snap = ec2.create_snapshot(VolumeId=volume_id)
    while ec2.describe_snapshots(SnapshotIds=[snap["SnapshotId"]])["Snapshots"][0]["State"] != "completed":
        time.sleep(1)
    kwargs = {"SnapshotId": snap["SnapshotId"], "AvailabilityZone": zone,
              "VolumeType": vol["VolumeType"]}
    if vol["VolumeType"] == "gp3":
        kwargs.update(Iops=vol["Iops"], Throughput=vol["Throughput"])
    elif vol["VolumeType"] in ("io1", "io2"):
        kwargs["Iops"] = vol["Iops"]
    new = ec2.create_volume(**kwargs)
    while ec2.describe_volumes(VolumeIds=[new["VolumeId"]])["Volumes"][0]["State"] != "available":
        time.sleep(1)
    ec2.attach_volume(Device=device, InstanceId=instance_id, VolumeId=new["VolumeId"])
    return new["VolumeId"]
# %% ej3-respuesta
def migrate_to_gp3(ec2, volume_id):
    info = ec2.describe_volumes(VolumeIds=[volume_id])["Volumes"][0]
    if info["VolumeType"] == "gp2":
        gp2_iops = 3 * info["Size"]
        if gp2_iops > 16000:
            gp2_iops = 16000
        iops = gp2_iops if gp2_iops > 3000 else 3000
        if info["Size"] > 170:
            throughput = 250
        else:
            throughput = 125
        ec2.modify_volume(VolumeId=volume_id, VolumeType="gp3", Iops=iops,
                          Throughput=throughput)
        return {"Throughput": throughput, "Iops": iops}
    return None
# %% ej4-respuesta
def _history(s3, bucket, key):
    versions, markers = [], []
    kwargs = {"Bucket": bucket, "Prefix": key}
    while True:
        page = s3.list_object_versions(**kwargs)
        versions += [v for v in page.get("Versions", []) if v["Key"] == key]
        markers += [m for m in page.get("DeleteMarkers", []) if m["Key"] == key]
        if not page.get("IsTruncated"):
            return versions, markers
        kwargs["KeyMarker"] = page["NextKeyMarker"]
        kwargs["VersionIdMarker"] = page["NextVersionIdMarker"]


def undelete(s3, bucket, key):
    versions, markers = _history(s3, bucket, key)
    if not versions:
        return None
    while any(m["IsLatest"] for m in markers):
        top = next(m for m in markers if m["IsLatest"])
        s3.delete_object(Bucket=bucket, Key=key, VersionId=top["VersionId"])
        versions, markers = _history(s3, bucket, key)
    for v in versions:
        if v["IsLatest"]:
            return v["VersionId"]
# %% ej5-respuesta
def apply_retention(s3, bucket, policy):
    if policy["ia_days"] is not None:
        if policy["ia_days"] < 30:
            raise ValueError("Standard-IA necesita 30 días")
        if policy["glacier_days"] - policy["ia_days"] < 30:
            raise ValueError("30 días en Standard-IA antes de Glacier")
    rule_id = "retencion-" + policy["prefix"]
    rule = {"ID": rule_id, "Filter": {"Prefix": policy["prefix"]}, "Status": "Enabled",
            "Expiration": {"Days": policy["expire_days"]},
            "NoncurrentVersionExpiration": {"NoncurrentDays": policy["noncurrent_days"]},
            "Transitions": []}
    rule["Transitions"].append({"StorageClass": "GLACIER", "Days": policy["glacier_days"]})
    if policy["ia_days"] is not None:
        rule["Transitions"].append({"StorageClass": "STANDARD_IA", "Days": policy["ia_days"]})
    try:
        current = s3.get_bucket_lifecycle_configuration(Bucket=bucket)["Rules"]
    except s3.exceptions.ClientError as e:
        if "NoSuchLifecycleConfiguration" not in str(e):
            raise
        current = []
    new_rules = []
    for r in current:
        if r["ID"] != rule_id:
            new_rules.append(r)
    new_rules.append(rule)
    s3.put_bucket_lifecycle_configuration(Bucket=bucket,
                                          LifecycleConfiguration={"Rules": new_rules})
# %% ej6-respuesta
def storage_class_on_day(rules, key, size_bytes, day):
    rank = {name: i for i, name in enumerate(CHEAPEST_LAST)}
    best = "STANDARD"
    for rule in rules:
        if rule["Status"] != "Enabled":
            continue
        prefix = rule.get("Filter", {}).get("Prefix", "") if rule.get("Filter") else ""
        if not key.startswith(prefix):
            continue
        if "Expiration" in rule and day >= rule["Expiration"]["Days"]:
            return None
        if size_bytes >= TRANSITION_MIN_BYTES:
            for t in rule.get("Transitions", []):
                if t["Days"] <= day and rank[t["StorageClass"]] > rank[best]:
                    best = t["StorageClass"]
    return best
# %% ej7-respuesta
def s3_cost(storage_class, gb, months, gb_read_per_month):
    c = S3_CLASSES[storage_class]
    minimum_months = c["dias_minimos"] / DAYS_PER_MONTH
    if months < minimum_months:
        billed = minimum_months
    else:
        billed = months
    total = 0.0
    total += billed * gb * c["usd_gb_mes"]
    total += months * gb_read_per_month * c["usd_gb_recuperado"]
    return total


def cost_chart(gb, months, gb_read_per_month):
    import matplotlib.pyplot as plt

    fig, ax = plt.subplots()
    x = range(len(S3_CLASSES))
    ax.bar(x, [s3_cost(c, gb, months, gb_read_per_month) for c in S3_CLASSES])
    ax.set_xticks(list(x), list(S3_CLASSES))
    ax.set_title("Coste por clase de S3")
    ax.set_ylabel("Dólares")
    return fig
# %% ej8-respuesta
def photo_bucket_policy(bucket, role_arn):
    return {
        "Version": "2012-10-17",
        "Statement": [
            {"Effect": "Allow", "Principal": {"AWS": [role_arn]}, "Action": "s3:GetObject",
             "Resource": [f"arn:aws:s3:::{bucket}/fotos/*"]},
            {"Effect": "Allow", "Principal": {"AWS": role_arn}, "Action": "s3:PutObject",
             "Resource": "arn:aws:s3:::" + bucket + "/fotos/*"},
        ],
    }
# %% ej9-respuesta
def presigned_links(bucket, key, expires_in):
    if expires_in <= 0 or expires_in > 604800:
        raise ValueError("entre 1 s y 7 días")
    session = boto3.session.Session()
    client = session.client("s3", config=Config(signature_version="s3v4"))
    get_url = client.generate_presigned_url(
        ClientMethod="get_object", Params={"Bucket": bucket, "Key": key},
        ExpiresIn=expires_in, HttpMethod="GET")
    put_url = client.generate_presigned_url(
        ClientMethod="put_object",
        Params={"Bucket": bucket, "Key": key, "ContentType": "image/jpeg"},
        ExpiresIn=expires_in, HttpMethod="PUT")
    return (get_url, put_url)
# %% quiz-respuestas
answer_1 = "B"
answer_2 = " b "
answer_3 = "c"
answer_4 = "C"
answer_5 = "b"

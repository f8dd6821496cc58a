"""ej2 restores into us-east-1c (the zone of the visible test) instead of reading the
instance's zone; ej4 removes only the marker on top (a second «delete» stays); ej8 gives the
whole bucket (bucket/*) instead of fotos/."""
# fails: ej2-pruebas ej4-pruebas ej8-pruebas
# %% ej2-respuesta
def move_volume(ec2, volume_id, instance_id, device):
    original = ec2.describe_volumes(VolumeIds=[volume_id])["Volumes"][0]
    snapshot_id = ec2.create_snapshot(VolumeId=volume_id)["SnapshotId"]
    ec2.get_waiter("snapshot_completed").wait(SnapshotIds=[snapshot_id])
    options = {"VolumeType": original["VolumeType"]}
    if original["VolumeType"] in {"gp3", "io1", "io2"}:
        options["Iops"] = original["Iops"]
    if original["VolumeType"] == "gp3":
        options["Throughput"] = original["Throughput"]
    new_id = ec2.create_volume(SnapshotId=snapshot_id, AvailabilityZone="us-east-1c", **options)["VolumeId"]
    ec2.get_waiter("volume_available").wait(VolumeIds=[new_id])
    ec2.attach_volume(VolumeId=new_id, InstanceId=instance_id, Device=device)
    return new_id
# %% ej4-respuesta
def undelete(s3, bucket, key):
    versions, markers = [], []
    for page in s3.get_paginator("list_object_versions").paginate(Bucket=bucket, Prefix=key):
        versions += [v for v in page.get("Versions", []) if v["Key"] == key]
        markers += [m for m in page.get("DeleteMarkers", []) if m["Key"] == key]
    if not versions:
        return None
    for m in markers:
        if m["IsLatest"]:
            s3.delete_object(Bucket=bucket, Key=key, VersionId=m["VersionId"])
    latest = s3.head_object(Bucket=bucket, Key=key)
    return latest["VersionId"]
# %% ej8-respuesta
def photo_bucket_policy(bucket, role_arn):
    return {"Version": "2012-10-17", "Statement": [{
        "Effect": "Allow", "Principal": {"AWS": role_arn},
        "Action": ["s3:GetObject", "s3:PutObject"],
        "Resource": f"arn:aws:s3:::{bucket}/*"}]}

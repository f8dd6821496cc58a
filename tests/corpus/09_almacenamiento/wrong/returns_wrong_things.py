"""ej2 returns attach_volume's answer instead of the new volume's id; ej3 returns
modify_volume's answer; ej4 returns True instead of the VersionId."""
# fails: ej2-pruebas ej3-pruebas ej4-pruebas
# message: debe devolver el id del volumen nuevo
# %% ej2-respuesta
def move_volume(ec2, volume_id, instance_id, device):
    original = ec2.describe_volumes(VolumeIds=[volume_id])["Volumes"][0]
    zone = ec2.describe_instances(InstanceIds=[instance_id])["Reservations"][0]["Instances"][0]["Placement"]["AvailabilityZone"]
    snapshot_id = ec2.create_snapshot(VolumeId=volume_id)["SnapshotId"]
    ec2.get_waiter("snapshot_completed").wait(SnapshotIds=[snapshot_id])
    options = {"VolumeType": original["VolumeType"]}
    if original["VolumeType"] in {"gp3", "io1", "io2"}:
        options["Iops"] = original["Iops"]
    if original["VolumeType"] == "gp3":
        options["Throughput"] = original["Throughput"]
    new_id = ec2.create_volume(SnapshotId=snapshot_id, AvailabilityZone=zone, **options)["VolumeId"]
    ec2.get_waiter("volume_available").wait(VolumeIds=[new_id])
    return ec2.attach_volume(VolumeId=new_id, InstanceId=instance_id, Device=device)
# %% ej3-respuesta
def migrate_to_gp3(ec2, volume_id):
    volume = ec2.describe_volumes(VolumeIds=[volume_id])["Volumes"][0]
    if volume["VolumeType"] != "gp2":
        return None
    iops = max(3000, min(3 * volume["Size"], 16000))
    throughput = 250 if volume["Size"] > 170 else 125
    return ec2.modify_volume(VolumeId=volume_id, VolumeType="gp3", Iops=iops,
                             Throughput=throughput)["VolumeModification"]
# %% ej4-respuesta
def undelete(s3, bucket, key):
    while True:
        versions, markers = [], []
        for page in s3.get_paginator("list_object_versions").paginate(Bucket=bucket, Prefix=key):
            versions += [v for v in page.get("Versions", []) if v["Key"] == key]
            markers += [m for m in page.get("DeleteMarkers", []) if m["Key"] == key]
        if not versions:
            return None
        on_top = [m for m in markers if m["IsLatest"]]
        if not on_top:
            return True
        s3.delete_object(Bucket=bucket, Key=key, VersionId=on_top[0]["VersionId"])

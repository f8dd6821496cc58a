"""ej2 keeps the type but not the IOPS/throughput (a gp3 with 6,000 IOPS comes back with
3,000); ej3 forgets gp2's 16,000 IOPS ceiling; ej5 hard-codes 30/90/365 days."""
# fails: ej2-pruebas ej3-pruebas ej5-pruebas
# %% ej2-respuesta
def move_volume(ec2, volume_id, instance_id, device):
    original = ec2.describe_volumes(VolumeIds=[volume_id])["Volumes"][0]
    zone = ec2.describe_instances(InstanceIds=[instance_id])["Reservations"][0]["Instances"][0]["Placement"]["AvailabilityZone"]
    snapshot_id = ec2.create_snapshot(VolumeId=volume_id)["SnapshotId"]
    ec2.get_waiter("snapshot_completed").wait(SnapshotIds=[snapshot_id])
    options = {"VolumeType": original["VolumeType"]}
    if original["VolumeType"] in {"io1", "io2"}:
        options["Iops"] = original["Iops"]
    new_id = ec2.create_volume(SnapshotId=snapshot_id, AvailabilityZone=zone, **options)["VolumeId"]
    ec2.get_waiter("volume_available").wait(VolumeIds=[new_id])
    ec2.attach_volume(VolumeId=new_id, InstanceId=instance_id, Device=device)
    return new_id
# %% ej3-respuesta
def migrate_to_gp3(ec2, volume_id):
    volume = ec2.describe_volumes(VolumeIds=[volume_id])["Volumes"][0]
    if volume["VolumeType"] != "gp2":
        return None
    iops = max(3000, 3 * volume["Size"])
    throughput = 250 if volume["Size"] > 170 else 125
    ec2.modify_volume(VolumeId=volume_id, VolumeType="gp3", Iops=iops, Throughput=throughput)
    return {"Iops": iops, "Throughput": throughput}
# %% ej5-respuesta
def apply_retention(s3, bucket, policy):
    if policy["ia_days"] is not None and policy["ia_days"] < 30:
        raise ValueError("Standard-IA pide 30 días")
    rule = {"ID": "retencion-" + policy["prefix"], "Status": "Enabled",
            "Filter": {"Prefix": policy["prefix"]},
            "Transitions": [{"Days": 30, "StorageClass": "STANDARD_IA"},
                            {"Days": 90, "StorageClass": "GLACIER"}],
            "Expiration": {"Days": 365},
            "NoncurrentVersionExpiration": {"NoncurrentDays": 30}}
    try:
        rules = s3.get_bucket_lifecycle_configuration(Bucket=bucket)["Rules"]
    except ClientError:
        rules = []
    rules = [r for r in rules if r["ID"] != rule["ID"]] + [rule]
    s3.put_bucket_lifecycle_configuration(Bucket=bucket, LifecycleConfiguration={"Rules": rules})

"""ej2 waits for the snapshot but attaches a volume still «creating»; ej3 always asks for
3,000 IOPS (a 1,500 GiB gp2 gives 4,500); ej6 compares with > (a transition on day 30
happens on day 30)."""
# fails: ej2-pruebas ej3-pruebas ej6-pruebas
# message: volume_available
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
    ec2.attach_volume(VolumeId=new_id, InstanceId=instance_id, Device=device)
    return new_id
# %% ej3-respuesta
def migrate_to_gp3(ec2, volume_id):
    volume = ec2.describe_volumes(VolumeIds=[volume_id])["Volumes"][0]
    if volume["VolumeType"] != "gp2":
        return None
    throughput = 250 if volume["Size"] > 170 else 125
    ec2.modify_volume(VolumeId=volume_id, VolumeType="gp3", Iops=3000, Throughput=throughput)
    return {"Iops": 3000, "Throughput": throughput}
# %% ej6-respuesta
def storage_class_on_day(rules, key, size_bytes, day):
    applying = [r for r in rules if r.get("Status") == "Enabled"
                and key.startswith((r.get("Filter") or {}).get("Prefix", ""))]
    if any(day > r["Expiration"]["Days"] for r in applying if "Days" in r.get("Expiration", {})):
        return None
    if size_bytes < TRANSITION_MIN_BYTES:
        return "STANDARD"
    reached = [t["StorageClass"] for r in applying for t in r.get("Transitions", []) if day > t["Days"]]
    return max(reached, key=CHEAPEST_LAST.index, default="STANDARD")

"""ej2 deletes the original volume afterwards ("moving" it); ej3 also modifies volumes that are
not gp2."""
# fails: ej2-pruebas ej3-pruebas
# message: no borres el volumen original
# message: solo se migran los volúmenes gp2
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
    ec2.attach_volume(VolumeId=new_id, InstanceId=instance_id, Device=device)
    ec2.delete_volume(VolumeId=volume_id)
    return new_id
# %% ej3-respuesta
def migrate_to_gp3(ec2, volume_id):
    volume = ec2.describe_volumes(VolumeIds=[volume_id])["Volumes"][0]
    iops = max(3000, min(3 * volume["Size"], 16000))
    throughput = 250 if volume["Size"] > 170 else 125
    ec2.modify_volume(VolumeId=volume_id, VolumeType="gp3", Iops=iops, Throughput=throughput)
    return {"Iops": iops, "Throughput": throughput}

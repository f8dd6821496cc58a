"""ej2 restores the volume in the zone of the original volume: moto attaches it anyway, AWS
would refuse."""
# fails: ej2-pruebas
# message: Un volumen solo se puede conectar a instancias de SU zona
# %% ej2-respuesta
def move_volume(ec2, volume_id, instance_id, device):
    original = ec2.describe_volumes(VolumeIds=[volume_id])["Volumes"][0]
    snapshot_id = ec2.create_snapshot(VolumeId=volume_id)["SnapshotId"]
    ec2.get_waiter("snapshot_completed").wait(SnapshotIds=[snapshot_id])
    new_id = ec2.create_volume(SnapshotId=snapshot_id, AvailabilityZone=original["AvailabilityZone"],
                               VolumeType=original["VolumeType"], Iops=original["Iops"],
                               Throughput=original["Throughput"])["VolumeId"]
    ec2.get_waiter("volume_available").wait(VolumeIds=[new_id])
    ec2.attach_volume(VolumeId=new_id, InstanceId=instance_id, Device=device)
    return new_id

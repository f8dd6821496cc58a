"""ej2 does not say the type: create_volume makes a gp2; ej9 signs with the client's default
(Signature Version 2 in us-east-1)."""
# fails: ej2-pruebas ej9-pruebas
# message: create_volume crea gp2 si no dices VolumeType
# message: signature_version="s3v4"
# %% ej2-respuesta
def move_volume(ec2, volume_id, instance_id, device):
    zone = ec2.describe_instances(InstanceIds=[instance_id])["Reservations"][0]["Instances"][0]["Placement"]["AvailabilityZone"]
    snapshot_id = ec2.create_snapshot(VolumeId=volume_id)["SnapshotId"]
    ec2.get_waiter("snapshot_completed").wait(SnapshotIds=[snapshot_id])
    new_id = ec2.create_volume(SnapshotId=snapshot_id, AvailabilityZone=zone)["VolumeId"]
    ec2.get_waiter("volume_available").wait(VolumeIds=[new_id])
    ec2.attach_volume(VolumeId=new_id, InstanceId=instance_id, Device=device)
    return new_id
# %% ej9-respuesta
def presigned_links(bucket, key, expires_in):
    if not 1 <= expires_in <= 604800:
        raise ValueError("fuera de rango")
    download = s3.generate_presigned_url("get_object", Params={"Bucket": bucket, "Key": key},
                                         ExpiresIn=expires_in)
    upload = s3.generate_presigned_url("put_object", Params={"Bucket": bucket, "Key": key,
                                                             "ContentType": "image/jpeg"},
                                       ExpiresIn=expires_in)
    return download, upload

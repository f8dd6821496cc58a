"""ej2 always attaches as /dev/sdf (the visible test's device); ej3 gives 250 MiB/s from
170 GiB (>= instead of >); ej7a charges the retrieval fee over the billed (minimum) months."""
# fails: ej2-pruebas ej3-pruebas ej7a-pruebas
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
    ec2.attach_volume(VolumeId=new_id, InstanceId=instance_id, Device="/dev/sdf")
    return new_id
# %% ej3-respuesta
def migrate_to_gp3(ec2, volume_id):
    volume = ec2.describe_volumes(VolumeIds=[volume_id])["Volumes"][0]
    if volume["VolumeType"] != "gp2":
        return None
    iops = max(3000, min(3 * volume["Size"], 16000))
    throughput = 250 if volume["Size"] >= 170 else 125
    ec2.modify_volume(VolumeId=volume_id, VolumeType="gp3", Iops=iops, Throughput=throughput)
    return {"Iops": iops, "Throughput": throughput}
# %% ej7-respuesta
def s3_cost(storage_class, gb, months, gb_read_per_month):
    prices = S3_CLASSES[storage_class]
    billed = max(months, prices["dias_minimos"] / DAYS_PER_MONTH)
    return (gb * prices["usd_gb_mes"] * billed
            + gb_read_per_month * billed * prices["usd_gb_recuperado"])


def cost_chart(gb, months, gb_read_per_month):
    names = list(S3_CLASSES)
    fig, ax = new_chart("Coste por clase", "Clase", "Coste (USD)")
    ax.bar(names, [s3_cost(n, gb, months, gb_read_per_month) for n in names])
    return fig

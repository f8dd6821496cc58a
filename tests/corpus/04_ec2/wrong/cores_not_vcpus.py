"""Divides by the physical cores (DefaultCores) instead of the vCPUs; picks one subnet per
zone from every VPC of the region (the last one wins: not always the default VPC); stops the
original to image it and leaves it stopped."""
# fails: ej4a-pruebas ej6b-pruebas ej9-pruebas
# message: no en la predeterminada
# %% ej4a-respuesta
def memory_per_vcpu(instance_types):
    groups = {}
    for t in instance_types:
        c = instance_category(t["InstanceType"])
        if c is not None:
            cores = t["VCpuInfo"].get("DefaultCores", t["VCpuInfo"]["DefaultVCpus"])
            groups.setdefault(c, []).append(t["MemoryInfo"]["SizeInMiB"] / 1024 / cores)
    return {c: statistics.median(v) for c, v in groups.items()}
# %% ej6-respuesta
def launch_ha_pair(ec2, ami_id, security_group_id, key_name):
    by_zone = {s["AvailabilityZone"]: s["SubnetId"] for s in ec2.describe_subnets()["Subnets"]}
    return [ec2.run_instances(ImageId=ami_id, InstanceType="t3.micro", MinCount=1, MaxCount=1,
                              SubnetId=subnet, SecurityGroupIds=[security_group_id],
                              KeyName=key_name)["Instances"][0]["InstanceId"]
            for subnet in list(by_zone.values())[:2]]
# %% ej9-respuesta
def clone_instance(ec2, instance_id, image_name):
    ids = [instance_id]
    original = ec2.describe_instances(InstanceIds=ids)["Reservations"][0]["Instances"][0]
    ec2.stop_instances(InstanceIds=ids)
    ec2.get_waiter("instance_stopped").wait(InstanceIds=ids)
    image_id = ec2.create_image(InstanceId=instance_id, Name=image_name)["ImageId"]
    ec2.get_waiter("image_available").wait(ImageIds=[image_id])
    r = ec2.run_instances(ImageId=image_id, InstanceType=original["InstanceType"],
                          MinCount=1, MaxCount=1)
    return image_id, r["Instances"][0]["InstanceId"]

"""Divides with // (whole GiB per vCPU); builds the zone names as region + "a" and "b" (Tokyo
has no "b"); launches the copy without waiting for the AMI to be available."""
# fails: ej4a-pruebas ej6a-pruebas ej9-pruebas
# message: InvalidAMIID.Unavailable
# %% ej4a-respuesta
def memory_per_vcpu(instance_types):
    groups = {}
    for t in instance_types:
        c = instance_category(t["InstanceType"])
        if c is not None:
            groups.setdefault(c, []).append(
                t["MemoryInfo"]["SizeInMiB"] // 1024 // t["VCpuInfo"]["DefaultVCpus"])
    return {c: statistics.median(v) for c, v in groups.items()}
# %% ej6-respuesta
def launch_ha_pair(ec2, ami_id, security_group_id, key_name):
    region = ec2.meta.region_name
    return [ec2.run_instances(ImageId=ami_id, InstanceType="t3.micro", MinCount=1, MaxCount=1,
                              Placement={"AvailabilityZone": region + letter},
                              SecurityGroupIds=[security_group_id],
                              KeyName=key_name)["Instances"][0]["InstanceId"]
            for letter in "ab"]
# %% ej9-respuesta
def clone_instance(ec2, instance_id, image_name):
    original = ec2.describe_instances(InstanceIds=[instance_id])["Reservations"][0]["Instances"][0]
    image_id = ec2.create_image(InstanceId=instance_id, Name=image_name)["ImageId"]
    r = ec2.run_instances(ImageId=image_id, InstanceType=original["InstanceType"],
                          MinCount=1, MaxCount=1)
    return image_id, r["Instances"][0]["InstanceId"]

"""Returns the Spanish name of the category instead of its key; passes the group id in
SecurityGroups (names only: AWS answers InvalidGroup.NotFound); launches the copy with
MaxCount=2, two copies instead of one."""
# fails: ej3-pruebas ej4a-pruebas ej6a-pruebas ej6b-pruebas ej9-pruebas
# message: SecurityGroups espera NOMBRES de grupos
# %% ej3-respuesta
def instance_category(name):
    family = decode_instance_type(name)["family"]
    for category, families in CATEGORIES.items():
        if family in families:
            return CATEGORY_NAMES[category]
    return None
# %% ej6-respuesta
def launch_ha_pair(ec2, ami_id, security_group_id, key_name):
    subnets = ec2.describe_subnets(
        Filters=[{"Name": "default-for-az", "Values": ["true"]}])["Subnets"]
    return [ec2.run_instances(ImageId=ami_id, InstanceType="t3.micro", MinCount=1, MaxCount=1,
                              Placement={"AvailabilityZone": s["AvailabilityZone"]},
                              SecurityGroups=[security_group_id],
                              KeyName=key_name)["Instances"][0]["InstanceId"]
            for s in subnets[:2]]
# %% ej9-respuesta
def clone_instance(ec2, instance_id, image_name):
    original = ec2.describe_instances(InstanceIds=[instance_id])["Reservations"][0]["Instances"][0]
    image_id = ec2.create_image(InstanceId=instance_id, Name=image_name)["ImageId"]
    ec2.get_waiter("image_available").wait(ImageIds=[image_id])
    r = ec2.run_instances(ImageId=image_id, InstanceType=original["InstanceType"],
                          MinCount=1, MaxCount=2)
    return image_id, r["Instances"][0]["InstanceId"]

"""Writes the zones of us-east-1 by hand: right there, wrong in any other region."""
# fails: ej6a-pruebas ej6b-pruebas
# %% ej6-respuesta
def launch_ha_pair(ec2, ami_id, security_group_id, key_name):
    ids = []
    for zone in ["us-east-1a", "us-east-1b"]:
        r = ec2.run_instances(ImageId=ami_id, InstanceType="t3.micro", MinCount=1, MaxCount=1,
                              Placement={"AvailabilityZone": zone},
                              SecurityGroupIds=[security_group_id], KeyName=key_name)
        ids.append(r["Instances"][0]["InstanceId"])
    return ids

"""Spreads the instances well but forgets the key pair."""
# fails: ej6b-pruebas
# message: par de claves
# %% ej6-respuesta
def launch_ha_pair(ec2, ami_id, security_group_id, key_name):
    subnets = ec2.describe_subnets(
        Filters=[{"Name": "default-for-az", "Values": ["true"]}])["Subnets"]
    return [ec2.run_instances(ImageId=ami_id, InstanceType="t3.micro", MinCount=1, MaxCount=1,
                              SubnetId=s["SubnetId"],
                              SecurityGroupIds=[security_group_id])["Instances"][0]["InstanceId"]
            for s in subnets[:2]]

"""Launches both instances in one call with no placement: they share one zone."""
# fails: ej6a-pruebas
# message: están en la misma zona
# %% ej6-respuesta
def launch_ha_pair(ec2, ami_id, security_group_id, key_name):
    r = ec2.run_instances(ImageId=ami_id, InstanceType="t3.micro", MinCount=2, MaxCount=2,
                          SecurityGroupIds=[security_group_id], KeyName=key_name)
    return [i["InstanceId"] for i in r["Instances"]]

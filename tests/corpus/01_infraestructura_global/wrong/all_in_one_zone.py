"""Launches every instance in one call with no placement: all land in the same zone."""
# fails: ej8-pruebas
# message: deben quedar en 3 zonas distintas
# %% ej8-respuesta
def launch_spread(region, ami_id, n):
    ec2 = boto3.client("ec2", region_name=region)
    response = ec2.run_instances(ImageId=ami_id, InstanceType="t3.micro", MinCount=n, MaxCount=n)
    return [i["InstanceId"] for i in response["Instances"]]

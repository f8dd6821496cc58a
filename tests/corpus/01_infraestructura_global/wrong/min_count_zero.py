"""Calls run_instances for every zone, also those that get 0 instances (MinCount=0): moto
accepts it, AWS answers InvalidParameterValue."""
# fails: ej8-pruebas
# message: AWS exige MinCount >= 1
# %% ej8-respuesta
def launch_spread(region, ami_id, n):
    ec2 = boto3.client("ec2", region_name=region)
    ids = []
    for zone, count in plan_spread(n, availability_zones(region)).items():
        response = ec2.run_instances(ImageId=ami_id, InstanceType="t3.micro", MinCount=count,
                                     MaxCount=count, Placement={"AvailabilityZone": zone})
        ids += [i["InstanceId"] for i in response["Instances"]]
    return ids

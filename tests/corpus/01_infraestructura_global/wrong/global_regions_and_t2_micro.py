"""Two independent mistakes. nearest_region searches the global REGIONS instead of the list it
receives. And launch_spread launches t2.micro instead of t3.micro."""
# fails: ej5-pruebas ej8-pruebas
# message: Busca solo entre las regiones que recibes
# message: se pide 't3.micro'
# %% ej5-respuesta
def nearest_region(lat, lon, regions):
    return min(REGIONS, key=lambda r: distance_km(lat, lon, r["lat"], r["lon"]))["region"]
# %% ej8-respuesta
def launch_spread(region, ami_id, n):
    ec2 = boto3.client("ec2", region_name=region)
    ids = []
    for zone, count in plan_spread(n, availability_zones(region)).items():
        if count:
            answer = ec2.run_instances(ImageId=ami_id, InstanceType="t2.micro", MinCount=count,
                                       MaxCount=count, Placement={"AvailabilityZone": zone})
            ids += [i["InstanceId"] for i in answer["Instances"]]
    return ids

"""Returns zone ids (use1-az1) where names are asked for."""
# fails: ej1-pruebas ej8-pruebas
# message: Has devuelto los identificadores de zona
# %% ej1-respuesta
def availability_zones(region):
    ec2 = boto3.client("ec2", region_name=region)
    return sorted(z["ZoneId"] for z in ec2.describe_availability_zones()["AvailabilityZones"])

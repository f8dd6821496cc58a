"""Lists the zones of the default region whatever region is asked for."""
# fails: ej1-pruebas ej8-pruebas
# message: el cliente no usa la región pedida
# %% ej1-respuesta
def availability_zones(region):
    ec2 = boto3.client("ec2")
    return sorted(z["ZoneName"] for z in ec2.describe_availability_zones()["AvailabilityZones"])

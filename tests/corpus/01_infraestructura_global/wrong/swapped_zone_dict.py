"""Builds {zone id: zone name} instead of {zone name: zone id}."""
# fails: ej2-pruebas
# message: Las claves y los valores están al revés
# %% ej2-respuesta
def zone_ids(region):
    zones = boto3.client("ec2", region_name=region).describe_availability_zones()
    return {z["ZoneId"]: z["ZoneName"] for z in zones["AvailabilityZones"]}

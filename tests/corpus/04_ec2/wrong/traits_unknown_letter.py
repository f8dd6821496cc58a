"""Translates every attribute letter, also those not in TRAITS (KeyError on x2iedn); takes
the first two zones of the region, even one without a default subnet; writes down a reboot
it never made."""
# fails: ej2-pruebas ej6a-pruebas ej7-pruebas
# message: Hay que hacer de verdad las tres acciones
# %% ej2-respuesta
def traits(name):
    return {TRAITS[c] for c in decode_instance_type(name)["attributes"]}
# %% ej6-respuesta
def launch_ha_pair(ec2, ami_id, security_group_id, key_name):
    zones = ec2.describe_availability_zones()["AvailabilityZones"][:2]
    return [ec2.run_instances(ImageId=ami_id, InstanceType="t3.micro", MinCount=1, MaxCount=1,
                              Placement={"AvailabilityZone": z["ZoneName"]},
                              SecurityGroupIds=[security_group_id],
                              KeyName=key_name)["Instances"][0]["InstanceId"] for z in zones]
# %% ej7-respuesta
def observe_lifecycle(ec2, instance_id):
    ids = [instance_id]
    def look(action):
        i = ec2.describe_instances(InstanceIds=ids)["Reservations"][0]["Instances"][0]
        return {"action": action, "state": i["State"]["Name"],
                "public_ip": i.get("PublicIpAddress"), "private_ip": i["PrivateIpAddress"]}
    result = [look("reboot")]
    ec2.stop_instances(InstanceIds=ids)
    ec2.get_waiter("instance_stopped").wait(InstanceIds=ids)
    result.append(look("stop"))
    ec2.start_instances(InstanceIds=ids)
    ec2.get_waiter("instance_running").wait(InstanceIds=ids)
    result.append(look("start"))
    return result

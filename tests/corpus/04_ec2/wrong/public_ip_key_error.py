"""Reads instance["PublicIpAddress"], which a stopped instance does not have."""
# fails: ej7-pruebas
# message: Usa instancia.get("PublicIpAddress")
# %% ej7-respuesta
def observe_lifecycle(ec2, instance_id):
    result = []
    for action, call_it in [("reboot", ec2.reboot_instances), ("stop", ec2.stop_instances),
                            ("start", ec2.start_instances)]:
        call_it(InstanceIds=[instance_id])
        i = ec2.describe_instances(InstanceIds=[instance_id])["Reservations"][0]["Instances"][0]
        result.append({"action": action, "state": i["State"]["Name"],
                       "public_ip": i["PublicIpAddress"], "private_ip": i["PrivateIpAddress"]})
    return result

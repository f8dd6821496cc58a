"""Takes the state from the responses of stop/start instead of reading the instance again."""
# fails: ej7-pruebas
# message: Espera a que llegue al estado que necesitas
# %% ej7-respuesta
def observe_lifecycle(ec2, instance_id):
    def ips():
        i = ec2.describe_instances(InstanceIds=[instance_id])["Reservations"][0]["Instances"][0]
        return i.get("PublicIpAddress"), i.get("PrivateIpAddress")
    ec2.reboot_instances(InstanceIds=[instance_id])
    steps = [{"action": "reboot", "state": "running"}]
    r = ec2.stop_instances(InstanceIds=[instance_id])
    steps.append({"action": "stop", "state": r["StoppingInstances"][0]["CurrentState"]["Name"]})
    r = ec2.start_instances(InstanceIds=[instance_id])
    steps.append({"action": "start", "state": r["StartingInstances"][0]["CurrentState"]["Name"]})
    for step in steps:
        step["public_ip"], step["private_ip"] = ips()
    return steps

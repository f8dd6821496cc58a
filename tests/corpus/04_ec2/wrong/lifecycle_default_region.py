"""Makes its own client in the default region instead of using the one it receives."""
# fails: ej7-pruebas
# %% ej7-respuesta
def observe_lifecycle(ec2, instance_id):
    ec2 = boto3.client("ec2")
    result = []
    for action, call_it in [("reboot", ec2.reboot_instances), ("stop", ec2.stop_instances),
                            ("start", ec2.start_instances)]:
        call_it(InstanceIds=[instance_id])
        i = ec2.describe_instances(InstanceIds=[instance_id])["Reservations"][0]["Instances"][0]
        result.append({"action": action, "state": i["State"]["Name"],
                       "public_ip": i.get("PublicIpAddress"), "private_ip": i["PrivateIpAddress"]})
    return result

"""Labels the bars with the keys (memory, compute...) instead of CATEGORY_NAMES; observes the
lifecycle without waiting for the transitions; treats the Elastic IP like the automatic one
(free while stopped)."""
# fails: ej4b-pruebas ej7-pruebas ej10-pruebas
# message: nombre en español de CATEGORY_NAMES
# %% ej4b-respuesta
def plot_memory_per_vcpu(ratios):
    order = sorted(ratios, key=ratios.get, reverse=True)
    fig, ax = new_chart("Memoria por vCPU", "Categoría", "GiB por vCPU")
    ax.bar(order, [ratios[c] for c in order])
    return fig
# %% ej7-respuesta
def observe_lifecycle(ec2, instance_id):
    def look(action):
        i = ec2.describe_instances(InstanceIds=[instance_id])["Reservations"][0]["Instances"][0]
        return {"action": action, "state": i["State"]["Name"],
                "public_ip": i.get("PublicIpAddress"), "private_ip": i["PrivateIpAddress"]}
    ec2.reboot_instances(InstanceIds=[instance_id])
    result = [look("reboot")]
    ec2.stop_instances(InstanceIds=[instance_id])
    result.append(look("stop"))
    ec2.start_instances(InstanceIds=[instance_id])
    result.append(look("start"))
    return result
# %% ej10-respuesta
def billed_cost(timeline, price_per_hour, ebs_gb, elastic_ip):
    total = 0.0
    for state, hours in timeline:
        if state == "running":
            total += price_per_hour * hours
        if state != "terminated":
            total += ebs_gb * EBS_PRICE_GB_MONTH / HOURS_PER_MONTH * hours
        if state not in ("stopped", "terminated"):
            total += PUBLIC_IPV4_PER_HOUR * hours
    return total

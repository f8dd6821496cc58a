"""Takes the upper middle value as the median (statistics.median_high); charges the public
IPv4 also while stopped without an Elastic IP; changes the type without waiting for the stop."""
# fails: ej4a-pruebas ej8-pruebas ej10-pruebas
# message: la mediana es la media de los dos centrales
# %% ej4a-respuesta
def memory_per_vcpu(instance_types):
    groups = {}
    for t in instance_types:
        c = instance_category(t["InstanceType"])
        if c is not None:
            groups.setdefault(c, []).append(
                t["MemoryInfo"]["SizeInMiB"] / 1024 / t["VCpuInfo"]["DefaultVCpus"])
    return {c: statistics.median_high(v) for c, v in groups.items()}
# %% ej8-respuesta
def resize_instance(ec2, instance_id, new_type):
    ec2.stop_instances(InstanceIds=[instance_id])
    ec2.modify_instance_attribute(InstanceId=instance_id, InstanceType={"Value": new_type})
    ec2.start_instances(InstanceIds=[instance_id])
    ec2.get_waiter("instance_running").wait(InstanceIds=[instance_id])
# %% ej10-respuesta
def billed_cost(timeline, price_per_hour, ebs_gb, elastic_ip):
    total = 0.0
    for state, hours in timeline:
        if state == "running":
            total += price_per_hour * hours
        if state != "terminated":
            total += (ebs_gb * EBS_PRICE_GB_MONTH / HOURS_PER_MONTH + PUBLIC_IPV4_PER_HOUR) * hours
    return total

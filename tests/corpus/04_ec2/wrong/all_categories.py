"""Returns all five categories, 0.0 for those with no type; launches without the security
group (the default group); charges compute in every state but stopped and terminated."""
# fails: ej4a-pruebas ej6b-pruebas ej10-pruebas
# message: cobras el cómputo también en pending
# %% ej4a-respuesta
def memory_per_vcpu(instance_types):
    groups = {c: [] for c in CATEGORIES}
    for t in instance_types:
        c = instance_category(t["InstanceType"])
        if c is not None:
            groups[c].append(t["MemoryInfo"]["SizeInMiB"] / 1024 / t["VCpuInfo"]["DefaultVCpus"])
    return {c: statistics.median(v) if v else 0.0 for c, v in groups.items()}
# %% ej6-respuesta
def launch_ha_pair(ec2, ami_id, security_group_id, key_name):
    subnets = ec2.describe_subnets(
        Filters=[{"Name": "default-for-az", "Values": ["true"]}])["Subnets"]
    return [ec2.run_instances(ImageId=ami_id, InstanceType="t3.micro", MinCount=1, MaxCount=1,
                              SubnetId=s["SubnetId"],
                              KeyName=key_name)["Instances"][0]["InstanceId"]
            for s in subnets[:2]]
# %% ej10-respuesta
def billed_cost(timeline, price_per_hour, ebs_gb, elastic_ip):
    total = 0.0
    for state, hours in timeline:
        if state not in ("stopped", "terminated"):
            total += price_per_hour * hours
        if state != "terminated":
            total += ebs_gb * EBS_PRICE_GB_MONTH / HOURS_PER_MONTH * hours
        if state != "terminated" and (elastic_ip or state != "stopped"):
            total += PUBLIC_IPV4_PER_HOUR * hours
    return total

"""Short forms: str.lstrip to decode, next() over the table, None popped from the groups,
one authorize call with both rules built in a loop, zones from
describe_availability_zones in reverse order, a price per state for the bill."""
# %% ej1-respuesta
import string

def decode_instance_type(name):
    prefix, size = name.split(".", 1)
    family = prefix[: len(prefix) - len(prefix.lstrip(string.ascii_lowercase))]
    rest = prefix[len(family):]
    digits = rest[: len(rest) - len(rest.lstrip(string.digits))]
    return dict(family=family, generation=int(digits), attributes=rest[len(digits):], size=size)
# %% ej3-respuesta
def instance_category(name):
    family = decode_instance_type(name)["family"]
    return next((c for c in CATEGORIES if family in CATEGORIES[c]), None)
# %% ej4a-respuesta
def memory_per_vcpu(instance_types):
    cats = {}
    for t in instance_types:
        cats.setdefault(instance_category(t["InstanceType"]), []).append(
            t["MemoryInfo"]["SizeInMiB"] / (1024 * t["VCpuInfo"]["DefaultVCpus"]))
    cats.pop(None, None)
    return {c: float(statistics.median(v)) for c, v in cats.items()}
# %% ej4b-respuesta
def plot_memory_per_vcpu(ratios):
    fig, ax = new_chart("Memoria por vCPU", "", "GiB/vCPU")
    items = sorted(ratios.items(), key=lambda kv: -kv[1])
    ax.bar(range(len(items)), [v for _, v in items],
           tick_label=[CATEGORY_NAMES[k] for k, _ in items])
    return fig
# %% ej5-respuesta
def create_web_security_group(ec2, name, admin_cidr):
    gid = ec2.create_security_group(GroupName=name, Description="Web server")["GroupId"]
    rules = [(80, "0.0.0.0/0"), (22, admin_cidr)]
    ec2.authorize_security_group_ingress(GroupId=gid, IpPermissions=[
        {"IpProtocol": "tcp", "FromPort": p, "ToPort": p, "IpRanges": [{"CidrIp": c}]}
        for p, c in rules])
    return gid
# %% ej6-respuesta
def launch_ha_pair(ec2, ami_id, security_group_id, key_name):
    zones = ec2.describe_availability_zones()["AvailabilityZones"][::-1][:2]
    return [ec2.run_instances(ImageId=ami_id, InstanceType="t3.micro", MinCount=1, MaxCount=1,
                              Placement={"AvailabilityZone": z["ZoneName"]},
                              SecurityGroupIds=[security_group_id],
                              KeyName=key_name)["Instances"][0]["InstanceId"] for z in zones]
# %% ej10-respuesta
def billed_cost(timeline, price_per_hour, ebs_gb, elastic_ip):
    disk = ebs_gb * EBS_PRICE_GB_MONTH / HOURS_PER_MONTH
    ip = PUBLIC_IPV4_PER_HOUR
    per_hour = {"pending": disk + ip, "running": price_per_hour + disk + ip,
                "stopping": disk + ip, "stopped": disk + (ip if elastic_ip else 0),
                "shutting-down": disk + ip, "terminated": 0}
    return sum(per_hour[s] * h for s, h in timeline)

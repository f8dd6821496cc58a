"""Other correct ways: bars at numeric positions named with ax.bar_label; the protocol as its
number ("6" is TCP); zones from a dict of the default subnets; a polling loop with an
instance-state-name filter for the lifecycle; a rate per state for the bill."""
# %% ej4b-respuesta
import matplotlib.pyplot as plt

def plot_memory_per_vcpu(ratios):
    order = sorted(ratios.items(), key=lambda kv: kv[1], reverse=True)
    fig, ax = plt.subplots()
    bars = ax.bar(range(len(order)), [v for _, v in order])
    ax.bar_label(bars, labels=[CATEGORY_NAMES[c] for c, _ in order])
    ax.set_xticks([])
    ax.set_title("GiB de memoria por vCPU")
    ax.set_ylabel("GiB/vCPU")
    return fig
# %% ej5-respuesta
def create_web_security_group(ec2, name, admin_cidr):
    gid = ec2.create_security_group(GroupName=name, Description="web (HTTP, SSH admin)")["GroupId"]
    for port, cidr in ((22, admin_cidr), (80, "0.0.0.0/0")):
        ec2.authorize_security_group_ingress(GroupId=gid, IpPermissions=[
            {"IpProtocol": "6", "FromPort": port, "ToPort": port, "IpRanges": [{"CidrIp": cidr}]}])
    return gid
# %% ej6-respuesta
def launch_ha_pair(ec2, ami_id, security_group_id, key_name):
    default = {s["AvailabilityZone"]: s["SubnetId"] for s in ec2.describe_subnets(
        Filters=[{"Name": "default-for-az", "Values": ["true"]}])["Subnets"]}
    zones = sorted(default)[-2:]
    return [ec2.run_instances(ImageId=ami_id, InstanceType="t3.micro", MinCount=1, MaxCount=1,
                              SubnetId=default[z], SecurityGroupIds=[security_group_id],
                              KeyName=key_name)["Instances"][0]["InstanceId"] for z in zones]
# %% ej7-respuesta
import time

def observe_lifecycle(ec2, instance_id):
    def settle(wanted):
        while True:
            found = ec2.describe_instances(InstanceIds=[instance_id], Filters=[
                {"Name": "instance-state-name", "Values": [wanted]}])["Reservations"]
            if found:
                return found[0]["Instances"][0]
            time.sleep(2)
    steps = []
    for action, method, wanted in [("reboot", ec2.reboot_instances, "running"),
                                   ("stop", ec2.stop_instances, "stopped"),
                                   ("start", ec2.start_instances, "running")]:
        method(InstanceIds=[instance_id])
        i = settle(wanted)
        steps.append({"action": action, "state": i["State"]["Name"],
                      "public_ip": i.get("PublicIpAddress"),
                      "private_ip": i.get("PrivateIpAddress")})
    return steps
# %% ej10-respuesta
RUNNING_ONLY = {"running"}

def billed_cost(timeline, price_per_hour, ebs_gb, elastic_ip):
    no_ip = {"terminated"} | (set() if elastic_ip else {"stopped"})
    total = 0
    for state, hours in timeline:
        rate = ebs_gb * EBS_PRICE_GB_MONTH / HOURS_PER_MONTH if state != "terminated" else 0
        rate += price_per_hour if state in RUNNING_ONLY else 0
        rate += 0 if state in no_ip else PUBLIC_IPV4_PER_HOUR
        total += rate * hours
    return total

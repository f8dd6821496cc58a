"""Loops instead of regular expressions and comprehensions, Placement by zone name, polling
loops with time.sleep instead of waiters, an inverted category table, sums per cost."""
# %% ej1-respuesta
def decode_instance_type(name):
    prefix, size = name.split(".")[0], name[name.index(".") + 1:]
    i = 0
    while prefix[i].isalpha():
        i += 1
    j = i
    while j < len(prefix) and prefix[j].isdigit():
        j += 1
    return {"family": prefix[:i], "generation": int(prefix[i:j]), "attributes": prefix[j:],
            "size": size}
# %% ej2-respuesta
def traits(name):
    found = set()
    for letter in decode_instance_type(name)["attributes"]:
        if letter in TRAITS:
            found.add(TRAITS[letter])
    return found
# %% ej3-respuesta
FAMILY_TO_CATEGORY = {f: c for c, families in CATEGORIES.items() for f in families}

def instance_category(name):
    return FAMILY_TO_CATEGORY.get(decode_instance_type(name)["family"])
# %% ej4a-respuesta
from collections import defaultdict

def memory_per_vcpu(instance_types):
    groups = defaultdict(list)
    for t in instance_types:
        c = instance_category(t["InstanceType"])
        if c:
            groups[c].append(t["MemoryInfo"]["SizeInMiB"] / t["VCpuInfo"]["DefaultVCpus"] / 1024)
    result = {}
    for c, values in groups.items():
        values = sorted(values)
        n = len(values)
        result[c] = values[n // 2] if n % 2 else (values[n // 2 - 1] + values[n // 2]) / 2
    return result
# %% ej4b-respuesta
import matplotlib.pyplot as plt

def plot_memory_per_vcpu(ratios):
    pairs = sorted(ratios.items(), key=lambda p: p[1], reverse=True)
    fig, ax = plt.subplots()
    ax.bar([CATEGORY_NAMES[c] for c, _ in pairs], [v for _, v in pairs], color="#FF9900")
    ax.set_title("GiB por vCPU")
    ax.set_ylabel("Memoria por vCPU (GiB)")
    return fig
# %% ej5-respuesta
def create_web_security_group(ec2, name, admin_cidr):
    vpc = ec2.describe_vpcs(Filters=[{"Name": "is-default", "Values": ["true"]}])["Vpcs"][0]
    group = ec2.create_security_group(GroupName=name, Description="web", VpcId=vpc["VpcId"])
    ec2.authorize_security_group_ingress(GroupId=group["GroupId"], IpPermissions=[
        {"IpProtocol": "tcp", "FromPort": 80, "ToPort": 80,
         "IpRanges": [{"CidrIp": "0.0.0.0/0", "Description": "web"}]}])
    ec2.authorize_security_group_ingress(GroupId=group["GroupId"], IpPermissions=[
        {"IpProtocol": "tcp", "FromPort": 22, "ToPort": 22,
         "IpRanges": [{"CidrIp": admin_cidr, "Description": "admin"}]}])
    return group["GroupId"]
# %% ej6-respuesta
def launch_ha_pair(ec2, ami_id, security_group_id, key_name):
    zones = [z["ZoneName"] for z in ec2.describe_availability_zones()["AvailabilityZones"]]
    ids = []
    for zone in zones[-2:]:
        r = ec2.run_instances(ImageId=ami_id, InstanceType="t3.micro", MinCount=1, MaxCount=1,
                              Placement={"AvailabilityZone": zone},
                              SecurityGroupIds=[security_group_id], KeyName=key_name)
        ids += [i["InstanceId"] for i in r["Instances"]]
    return ids
# %% ej7-respuesta
import time

def wait_for(ec2, instance_id, state):
    while True:
        i = ec2.describe_instances(InstanceIds=[instance_id])["Reservations"][0]["Instances"][0]
        if i["State"]["Name"] == state:
            return i
        time.sleep(5)

def observe_lifecycle(ec2, instance_id):
    def look(action, i):
        return {"action": action, "state": i["State"]["Name"],
                "public_ip": i.get("PublicIpAddress"), "private_ip": i["PrivateIpAddress"]}
    ec2.reboot_instances(InstanceIds=[instance_id])
    result = [look("reboot", wait_for(ec2, instance_id, "running"))]
    ec2.stop_instances(InstanceIds=[instance_id])
    result.append(look("stop", wait_for(ec2, instance_id, "stopped")))
    ec2.start_instances(InstanceIds=[instance_id])
    result.append(look("start", wait_for(ec2, instance_id, "running")))
    return result
# %% ej8-respuesta
import time

def resize_instance(ec2, instance_id, new_type):
    ec2.stop_instances(InstanceIds=[instance_id])
    while not ec2.describe_instances(InstanceIds=[instance_id], Filters=[
            {"Name": "instance-state-name", "Values": ["stopped"]}])["Reservations"]:
        time.sleep(3)
    ec2.modify_instance_attribute(InstanceId=instance_id, Attribute="instanceType",
                                  Value=new_type)
    ec2.start_instances(InstanceIds=[instance_id])
# %% ej9-respuesta
import time

def clone_instance(ec2, instance_id, image_name):
    image = ec2.create_image(InstanceId=instance_id, Name=image_name, NoReboot=True)
    while ec2.describe_images(ImageIds=[image["ImageId"]])["Images"][0]["State"] != "available":
        time.sleep(10)
    original = ec2.describe_instances(InstanceIds=[instance_id])["Reservations"][0]["Instances"][0]
    copy = ec2.run_instances(ImageId=image["ImageId"], InstanceType=original["InstanceType"],
                             SubnetId=original["SubnetId"], MinCount=1, MaxCount=1)
    return (image["ImageId"], copy["Instances"][0]["InstanceId"])
# %% ej10-respuesta
def billed_cost(timeline, price_per_hour, ebs_gb, elastic_ip):
    compute = sum(h for s, h in timeline if s == "running") * price_per_hour
    disk = sum(h for s, h in timeline if s != "terminated") * ebs_gb * EBS_PRICE_GB_MONTH
    if elastic_ip:
        ip_hours = sum(h for s, h in timeline if s != "terminated")
    else:
        ip_hours = sum(h for s, h in timeline if s not in ("stopped", "terminated"))
    return compute + disk / HOURS_PER_MONTH + ip_hours * PUBLIC_IPV4_PER_HOUR

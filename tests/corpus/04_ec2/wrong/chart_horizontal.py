"""Draws horizontal bars (barh); launches with MinCount=0 (AWS requires at least 1); adds an
HTTP rule for IPv6 (::/0) too, three rules where the statement asks for exactly two."""
# fails: ej4b-pruebas ej5-pruebas ej6a-pruebas ej6b-pruebas
# message: ni una más (tampoco de IPv6)
# %% ej4b-respuesta
def plot_memory_per_vcpu(ratios):
    order = sorted(ratios, key=ratios.get, reverse=True)
    fig, ax = new_chart("Memoria por vCPU", "GiB por vCPU", "Categoría (GiB por vCPU)")
    ax.barh([CATEGORY_NAMES[c] for c in order], [ratios[c] for c in order])
    return fig
# %% ej5-respuesta
def create_web_security_group(ec2, name, admin_cidr):
    gid = ec2.create_security_group(GroupName=name, Description="web")["GroupId"]
    ec2.authorize_security_group_ingress(GroupId=gid, IpPermissions=[
        {"IpProtocol": "tcp", "FromPort": 80, "ToPort": 80, "IpRanges": [{"CidrIp": "0.0.0.0/0"}],
         "Ipv6Ranges": [{"CidrIpv6": "::/0"}]},
        {"IpProtocol": "tcp", "FromPort": 22, "ToPort": 22, "IpRanges": [{"CidrIp": admin_cidr}]}])
    return gid
# %% ej6-respuesta
def launch_ha_pair(ec2, ami_id, security_group_id, key_name):
    subnets = ec2.describe_subnets(
        Filters=[{"Name": "default-for-az", "Values": ["true"]}])["Subnets"]
    ids = []
    for s in subnets[:2]:
        r = ec2.run_instances(ImageId=ami_id, InstanceType="t3.micro", MinCount=0, MaxCount=1,
                              SubnetId=s["SubnetId"], SecurityGroupIds=[security_group_id],
                              KeyName=key_name)
        ids += [i["InstanceId"] for i in r["Instances"]]
    return ids

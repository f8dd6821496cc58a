"""Matches families by prefix (dl1 lands in storage, ma1 in general); forgets the public IPv4
in the bill; opens HTTP as the port range 80-443."""
# fails: ej3-pruebas ej4a-pruebas ej5-pruebas ej10-pruebas
# message: no cobras la IPv4 pública automática
# %% ej3-respuesta
def instance_category(name):
    family = decode_instance_type(name)["family"]
    for category, families in CATEGORIES.items():
        if any(family.startswith(f) for f in families):
            return category
    return None
# %% ej5-respuesta
def create_web_security_group(ec2, name, admin_cidr):
    gid = ec2.create_security_group(GroupName=name, Description="web")["GroupId"]
    ec2.authorize_security_group_ingress(GroupId=gid, IpPermissions=[
        {"IpProtocol": "tcp", "FromPort": 80, "ToPort": 443, "IpRanges": [{"CidrIp": "0.0.0.0/0"}]},
        {"IpProtocol": "tcp", "FromPort": 22, "ToPort": 22, "IpRanges": [{"CidrIp": admin_cidr}]}])
    return gid
# %% ej10-respuesta
def billed_cost(timeline, price_per_hour, ebs_gb, elastic_ip):
    total = 0.0
    for state, hours in timeline:
        if state == "running":
            total += price_per_hour * hours
        if state != "terminated":
            total += ebs_gb * EBS_PRICE_GB_MONTH / HOURS_PER_MONTH * hours
    return total

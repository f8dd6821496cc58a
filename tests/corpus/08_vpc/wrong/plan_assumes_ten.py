"""Escribe los bloques como 10.1.N.0 a mano (1b); app acepta el bloque 10.0.0.0/8 en vez del grupo web (4); coste sin la IPv4 pública (6a)."""
# fails: ej1b-pruebas ej4-pruebas ej6a-pruebas
# %% ej1b-respuesta
def plan_subnets(vpc_cidr, zones, tiers, hosts):
    prefix = SMALLEST_SUBNET
    while 2 ** (32 - prefix) - RESERVED_PER_SUBNET < hosts:
        prefix -= 1
    plan = {}
    n = 0
    for tier in tiers:
        for zone in zones:
            plan[(tier, zone)] = f"10.1.{n}.0/{prefix}"
            n += 2 ** max(0, 24 - prefix)
    if prefix < int(vpc_cidr.split("/")[1]):
        raise ValueError("no caben")
    if n > 2 ** (24 - int(vpc_cidr.split("/")[1])):
        raise ValueError("no caben")
    return plan
# %% ej4-respuesta
def create_tier_groups(ec2, vpc_id, prefix, app_port, db_port):
    """Grupos web, app y db encadenados; devuelve {"web": id, "app": id, "db": id}."""
    groups = {}
    for tier in ("web", "app", "db"):
        groups[tier] = ec2.create_security_group(
            GroupName=f"{prefix}-{tier}", Description=f"Capa {tier} de {prefix}",
            VpcId=vpc_id)["GroupId"]
    ec2.authorize_security_group_ingress(GroupId=groups["web"], IpPermissions=[{
        "IpProtocol": "tcp", "FromPort": 443, "ToPort": 443,
        "IpRanges": [{"CidrIp": "0.0.0.0/0"}], "Ipv6Ranges": [{"CidrIpv6": "::/0"}]}])
    ec2.authorize_security_group_ingress(GroupId=groups["app"], IpPermissions=[{
        "IpProtocol": "tcp", "FromPort": app_port, "ToPort": app_port,
        "IpRanges": [{"CidrIp": "10.0.0.0/8"}]}])
    for tier, source, port in (("db", "app", db_port),):
        ec2.authorize_security_group_ingress(GroupId=groups[tier], IpPermissions=[{
            "IpProtocol": "tcp", "FromPort": port, "ToPort": port,
            "UserIdGroupPairs": [{"GroupId": groups[source]}]}])
    return groups
# %% ej6a-respuesta
def monthly_network_cost(gb_to_s3, gb_to_internet, nat_gateways, s3_endpoint, hours=HOURS_PER_MONTH):
    """Dólares de NAT (horas, IP elástica y GB) en `hours` horas, con o sin punto de conexión para S3."""
    hourly = nat_gateways * NAT_HOURLY * hours
    gb_through_nat = gb_to_internet + (0 if s3_endpoint else gb_to_s3)
    return hourly + gb_through_nat * NAT_PER_GB

"""Pide una dirección de más al elegir el tamaño (<= en vez de <) (1b); grupos sin VpcId, en la VPC predeterminada (4); cobra los GB una vez por cada NAT (6a)."""
# fails: ej1b-pruebas ej4-pruebas ej6a-pruebas
# message: VPC predeterminada
# %% ej1b-respuesta
def plan_subnets(vpc_cidr, zones, tiers, hosts):
    """{(capa, zona): cidr} con subredes del tamaño justo para `hosts`; ValueError si no caben."""
    prefix = SMALLEST_SUBNET
    while prefix >= BIGGEST_SUBNET and 2 ** (32 - prefix) - RESERVED_PER_SUBNET <= hosts:
        prefix -= 1
    vpc = ipaddress.ip_network(vpc_cidr)
    if prefix < max(BIGGEST_SUBNET, vpc.prefixlen):
        raise ValueError(f"no cabe una subred para {hosts} direcciones en {vpc_cidr}")
    blocks = vpc.subnets(new_prefix=prefix)
    plan = {}
    for tier in tiers:
        for zone in zones:
            block = next(blocks, None)
            if block is None:
                raise ValueError(f"no caben {len(tiers) * len(zones)} subredes /{prefix} en {vpc_cidr}")
            plan[(tier, zone)] = str(block)
    return plan
# %% ej4-respuesta
def create_tier_groups(ec2, vpc_id, prefix, app_port, db_port):
    """Grupos web, app y db encadenados; devuelve {"web": id, "app": id, "db": id}."""
    groups = {}
    for tier in ("web", "app", "db"):
        groups[tier] = ec2.create_security_group(
            GroupName=f"{prefix}-{tier}", Description=f"Capa {tier} de {prefix}")["GroupId"]
    ec2.authorize_security_group_ingress(GroupId=groups["web"], IpPermissions=[{
        "IpProtocol": "tcp", "FromPort": 443, "ToPort": 443,
        "IpRanges": [{"CidrIp": "0.0.0.0/0"}], "Ipv6Ranges": [{"CidrIpv6": "::/0"}]}])
    for tier, source, port in (("app", "web", app_port), ("db", "app", db_port)):
        ec2.authorize_security_group_ingress(GroupId=groups[tier], IpPermissions=[{
            "IpProtocol": "tcp", "FromPort": port, "ToPort": port,
            "UserIdGroupPairs": [{"GroupId": groups[source]}]}])
    return groups
# %% ej6a-respuesta
def monthly_network_cost(gb_to_s3, gb_to_internet, nat_gateways, s3_endpoint, hours=HOURS_PER_MONTH):
    """Dólares de NAT (horas, IP elástica y GB) en `hours` horas, con o sin punto de conexión para S3."""
    hourly = nat_gateways * (NAT_HOURLY + PUBLIC_IPV4_HOURLY) * hours
    gb_through_nat = gb_to_internet + (0 if s3_endpoint else gb_to_s3)
    return hourly + gb_through_nat * NAT_PER_GB * nat_gateways

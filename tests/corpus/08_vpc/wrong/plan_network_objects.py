"""Devuelve objetos IPv4Network en vez de texto (1b); la principal sale del primer describe sin filtrar por VPC (3); web abre también el 80 (4)."""
# fails: ej1b-pruebas ej3-pruebas ej4-pruebas
# %% ej1b-respuesta
def plan_subnets(vpc_cidr, zones, tiers, hosts):
    """{(capa, zona): cidr} con subredes del tamaño justo para `hosts`; ValueError si no caben."""
    prefix = SMALLEST_SUBNET
    while prefix >= BIGGEST_SUBNET and 2 ** (32 - prefix) - RESERVED_PER_SUBNET < hosts:
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
            plan[(tier, zone)] = block
    return plan
# %% ej3-respuesta
def classify_subnets(ec2, vpc_id):
    """{id de subred: "public" o "private"} para cada subred de la VPC `vpc_id`."""
    only_this_vpc = [{"Name": "vpc-id", "Values": [vpc_id]}]
    main_table, explicit = None, {}
    main_table = ec2.describe_route_tables(
        Filters=[{"Name": "association.main", "Values": ["true"]}])["RouteTables"][0]
    for table in ec2.describe_route_tables(Filters=only_this_vpc)["RouteTables"]:
        for association in table["Associations"]:
            if association.get("Main"):
                pass
            elif association.get("SubnetId"):
                explicit[association["SubnetId"]] = table
    result = {}
    for subnet in ec2.describe_subnets(Filters=only_this_vpc)["Subnets"]:
        table = explicit.get(subnet["SubnetId"], main_table)
        to_internet = any(
            route.get("GatewayId", "").startswith("igw-") and route.get("State") == "active"
            and (route.get("DestinationCidrBlock") == "0.0.0.0/0"
                 or route.get("DestinationIpv6CidrBlock") == "::/0")
            for route in table["Routes"])
        result[subnet["SubnetId"]] = "public" if to_internet else "private"
    return result
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
        "IpRanges": [{"CidrIp": "0.0.0.0/0"}], "Ipv6Ranges": [{"CidrIpv6": "::/0"}]},
        {"IpProtocol": "tcp", "FromPort": 80, "ToPort": 80, "IpRanges": [{"CidrIp": "0.0.0.0/0"}]}])
    for tier, source, port in (("app", "web", app_port), ("db", "app", db_port)):
        ec2.authorize_security_group_ingress(GroupId=groups[tier], IpPermissions=[{
            "IpProtocol": "tcp", "FromPort": port, "ToPort": port,
            "UserIdGroupPairs": [{"GroupId": groups[source]}]}])
    return groups

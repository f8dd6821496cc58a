"""Mira el grupo de seguridad antes que la ACL de entrada (5c); cada capa vuelve a repartir desde el principio de la VPC y las subredes se solapan (1b)."""
# fails: ej1b-pruebas ej5c-pruebas
# %% ej1b-respuesta
def plan_subnets(vpc_cidr, zones, tiers, hosts):
    """{(capa, zona): cidr} con subredes del tamaño justo para `hosts`; ValueError si no caben."""
    prefix = SMALLEST_SUBNET
    while prefix >= BIGGEST_SUBNET and 2 ** (32 - prefix) - RESERVED_PER_SUBNET < hosts:
        prefix -= 1
    vpc = ipaddress.ip_network(vpc_cidr)
    if prefix < max(BIGGEST_SUBNET, vpc.prefixlen):
        raise ValueError(f"no cabe una subred para {hosts} direcciones en {vpc_cidr}")
    plan = {}
    for tier in tiers:
        blocks = vpc.subnets(new_prefix=prefix)
        for zone in zones:
            block = next(blocks, None)
            if block is None:
                raise ValueError(f"no caben {len(tiers) * len(zones)} subredes /{prefix} en {vpc_cidr}")
            plan[(tier, zone)] = str(block)
    return plan
# %% ej5c-respuesta
def can_connect(ec2, source_ip, instance_id, port, source_port):
    """(permitida, motivo) de una conexión TCP desde Internet a `port` de la instancia."""
    instance = ec2.describe_instances(InstanceIds=[instance_id])["Reservations"][0]["Instances"][0]
    subnet_id = instance["SubnetId"]
    tables = ec2.describe_route_tables(
        Filters=[{"Name": "vpc-id", "Values": [instance["VpcId"]]}])["RouteTables"]
    explicit = [t for t in tables if any(a.get("SubnetId") == subnet_id for a in t["Associations"])]
    main = [t for t in tables if any(a.get("Main") for a in t["Associations"])]
    table = (explicit or main)[0]
    route_out = any(route.get("DestinationCidrBlock") == "0.0.0.0/0"
                    and route.get("GatewayId", "").startswith("igw-")
                    and route.get("State") == "active" for route in table["Routes"])
    if not instance.get("PublicIpAddress") or not route_out:
        return (False, "sin-ruta")
    acl = ec2.describe_network_acls(
        Filters=[{"Name": "association.subnet-id", "Values": [subnet_id]}])["NetworkAcls"][0]
    group_ids = [group["GroupId"] for group in instance["SecurityGroups"]]
    groups = ec2.describe_security_groups(GroupIds=group_ids)["SecurityGroups"]
    if not sg_allows(groups, source_ip, port, []):
        return (False, "grupo-seguridad")
    if not nacl_allows(acl["Entries"], False, source_ip, port):
        return (False, "acl-entrada")
    if not nacl_allows(acl["Entries"], True, source_ip, source_port):
        return (False, "acl-salida")
    return (True, "ok")

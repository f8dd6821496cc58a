"""Resta 2 direcciones (red y difusión), no las 5 de AWS, en 1a y en 1b; clasifica mirando solo las tablas explícitas."""
# fails: ej1a-pruebas ej1b-pruebas ej3-pruebas
# message: AWS reserva 5
# %% ej1a-respuesta
def usable_addresses(cidr):
    """Direcciones de la subred `cidr` que quedan para tus recursos; ValueError si no es de /16 a /28."""
    network = ipaddress.ip_network(cidr)
    if not BIGGEST_SUBNET <= network.prefixlen <= SMALLEST_SUBNET:
        raise ValueError(f"una subred de AWS va de /{BIGGEST_SUBNET} a /{SMALLEST_SUBNET}")
    return network.num_addresses - 2
# %% ej1b-respuesta
def plan_subnets(vpc_cidr, zones, tiers, hosts):
    """{(capa, zona): cidr} con subredes del tamaño justo para `hosts`; ValueError si no caben."""
    prefix = SMALLEST_SUBNET
    while prefix >= BIGGEST_SUBNET and 2 ** (32 - prefix) - 2 < hosts:
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
# %% ej3-respuesta
def classify_subnets(ec2, vpc_id):
    """{id de subred: "public" o "private"} para cada subred de la VPC `vpc_id`."""
    only_this_vpc = [{"Name": "vpc-id", "Values": [vpc_id]}]
    main_table, explicit = None, {}
    for table in ec2.describe_route_tables(Filters=only_this_vpc)["RouteTables"]:
        for association in table["Associations"]:
            if association.get("Main"):
                main_table = table
            elif association.get("SubnetId"):
                explicit[association["SubnetId"]] = table
    result = {}
    for subnet in ec2.describe_subnets(Filters=only_this_vpc)["Subnets"]:
        table = explicit.get(subnet["SubnetId"], {"Routes": []})
        to_internet = any(
            route.get("GatewayId", "").startswith("igw-") and route.get("State") == "active"
            and (route.get("DestinationCidrBlock") == "0.0.0.0/0"
                 or route.get("DestinationIpv6CidrBlock") == "::/0")
            for route in table["Routes"])
        result[subnet["SubnetId"]] = "public" if to_internet else "private"
    return result

"""Sin ipaddress para los tamaños; clasificación y alcance con filtros por subred; reglas con IpProtocol "6" y una llamada por origen."""
# %% ej1a-respuesta
def usable_addresses(cidr):
    prefix = int(cidr.split("/")[1])
    if prefix < 16 or prefix > 28:
        raise ValueError("tamaño de subred no admitido")
    return 2 ** (32 - prefix) - 5
# %% ej1b-respuesta
def plan_subnets(vpc_cidr, zones, tiers, hosts):
    size = 16
    for prefix in range(28, 15, -1):
        if 2 ** (32 - prefix) - 5 >= hosts:
            size = prefix
            break
    else:
        raise ValueError("demasiado grande")
    vpc = ipaddress.ip_network(vpc_cidr)
    step = 2 ** (32 - size)
    pairs = [(t, z) for z in zones for t in tiers]
    if size < vpc.prefixlen or len(pairs) * step > vpc.num_addresses:
        raise ValueError("no caben")
    start = int(vpc.network_address)
    return {pair: f"{ipaddress.ip_address(start + i * step)}/{size}" for i, pair in enumerate(pairs)}
# %% ej3-respuesta
def classify_subnets(ec2, vpc_id):
    vpc = [{"Name": "vpc-id", "Values": [vpc_id]}]
    main = ec2.describe_route_tables(
        Filters=vpc + [{"Name": "association.main", "Values": ["true"]}])["RouteTables"][0]
    labels = {}
    for subnet in ec2.describe_subnets(Filters=vpc)["Subnets"]:
        own = ec2.describe_route_tables(Filters=[
            {"Name": "association.subnet-id", "Values": [subnet["SubnetId"]]}])["RouteTables"]
        table = own[0] if own else main
        public = False
        for route in table["Routes"]:
            destination = route.get("DestinationCidrBlock", route.get("DestinationIpv6CidrBlock"))
            gateway = route.get("GatewayId") or ""
            if destination in ("0.0.0.0/0", "::/0") and gateway[:4] == "igw-" and route["State"] == "active":
                public = True
        labels[subnet["SubnetId"]] = "public" if public else "private"
    return labels
# %% ej4-respuesta
def create_tier_groups(ec2, vpc_id, prefix, app_port, db_port):
    ids = {tier: ec2.create_security_group(GroupName=prefix + "-" + tier, Description="capa " + tier,
                                           VpcId=vpc_id)["GroupId"]
           for tier in ["web", "app", "db"]}
    ec2.authorize_security_group_ingress(GroupId=ids["web"], IpPermissions=[
        {"IpProtocol": "6", "FromPort": 443, "ToPort": 443, "IpRanges": [{"CidrIp": "0.0.0.0/0"}]}])
    ec2.authorize_security_group_ingress(GroupId=ids["web"], IpPermissions=[
        {"IpProtocol": "6", "FromPort": 443, "ToPort": 443, "Ipv6Ranges": [{"CidrIpv6": "::/0"}]}])
    ec2.authorize_security_group_ingress(GroupId=ids["app"], IpPermissions=[
        {"IpProtocol": "tcp", "FromPort": app_port, "ToPort": app_port,
         "UserIdGroupPairs": [{"GroupId": ids["web"], "Description": "desde web"}]}])
    ec2.authorize_security_group_ingress(GroupId=ids["db"], IpPermissions=[
        {"IpProtocol": "tcp", "FromPort": db_port, "ToPort": db_port,
         "UserIdGroupPairs": [{"GroupId": ids["app"]}]}])
    return ids
# %% ej5c-respuesta
def can_connect(ec2, source_ip, instance_id, port, source_port):
    reservations = ec2.describe_instances(InstanceIds=[instance_id])["Reservations"]
    instance = reservations[0]["Instances"][0]
    subnet = instance["SubnetId"]
    own = ec2.describe_route_tables(Filters=[{"Name": "association.subnet-id", "Values": [subnet]}])["RouteTables"]
    if not own:
        own = ec2.describe_route_tables(Filters=[{"Name": "vpc-id", "Values": [instance["VpcId"]]},
                                                 {"Name": "association.main", "Values": ["true"]}])["RouteTables"]
    routes = own[0]["Routes"]
    if "PublicIpAddress" not in instance or not [
            r for r in routes if r.get("DestinationCidrBlock") == "0.0.0.0/0"
            and str(r.get("GatewayId")).startswith("igw-") and r["State"] == "active"]:
        return False, "sin-ruta"
    entries = ec2.describe_network_acls(Filters=[{"Name": "association.subnet-id", "Values": [subnet]}])[
        "NetworkAcls"][0]["Entries"]
    groups = ec2.describe_security_groups(
        GroupIds=[g["GroupId"] for g in instance["SecurityGroups"]])["SecurityGroups"]
    for ok, reason in ((nacl_allows(entries, False, source_ip, port), "acl-entrada"),
                       (sg_allows(groups, source_ip, port, []), "grupo-seguridad"),
                       (nacl_allows(entries, True, source_ip, source_port), "acl-salida")):
        if not ok:
            return False, reason
    return True, "ok"

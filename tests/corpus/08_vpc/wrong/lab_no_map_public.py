"""Las subredes públicas no reparten IP pública (2a); el grupo db acepta al grupo web (4); el punto de conexión de S3 se cobra como uno de interfaz (6a)."""
# fails: ej2a-pruebas ej4-pruebas ej6a-pruebas
# message: MapPublicIpOnLaunch
# %% ej2-respuesta
def build_lab_vpc(ec2, name, cidr, subnets):
    """Crea la VPC con sus subredes, la puerta de enlace de Internet y las NAT; devuelve su id."""
    vpc_id = ec2.create_vpc(CidrBlock=cidr, TagSpecifications=[
        {"ResourceType": "vpc", "Tags": [{"Key": "Name", "Value": name}]}])["Vpc"]["VpcId"]
    subnet_ids = {}
    for spec in subnets:
        subnet_id = ec2.create_subnet(
            VpcId=vpc_id, CidrBlock=spec["cidr"], AvailabilityZone=spec["zone"],
            TagSpecifications=[{"ResourceType": "subnet",
                                "Tags": [{"Key": "Name", "Value": spec["name"]}]}],
        )["Subnet"]["SubnetId"]
        subnet_ids[spec["name"]] = subnet_id

    igw_id = ec2.create_internet_gateway()["InternetGateway"]["InternetGatewayId"]
    ec2.attach_internet_gateway(InternetGatewayId=igw_id, VpcId=vpc_id)
    public_table = ec2.create_route_table(VpcId=vpc_id)["RouteTable"]["RouteTableId"]
    ec2.create_route(RouteTableId=public_table, DestinationCidrBlock="0.0.0.0/0", GatewayId=igw_id)
    public_in_zone = {}
    for spec in subnets:
        if spec["public"]:
            ec2.associate_route_table(RouteTableId=public_table, SubnetId=subnet_ids[spec["name"]])
            public_in_zone.setdefault(spec["zone"], subnet_ids[spec["name"]])

    for zone in sorted({spec["zone"] for spec in subnets if not spec["public"]}):
        allocation_id = ec2.allocate_address(Domain="vpc")["AllocationId"]
        nat_id = ec2.create_nat_gateway(SubnetId=public_in_zone[zone],
                                        AllocationId=allocation_id)["NatGateway"]["NatGatewayId"]
        ec2.get_waiter("nat_gateway_available").wait(NatGatewayIds=[nat_id])
        private_table = ec2.create_route_table(VpcId=vpc_id)["RouteTable"]["RouteTableId"]
        ec2.create_route(RouteTableId=private_table, DestinationCidrBlock="0.0.0.0/0",
                         NatGatewayId=nat_id)
        for spec in subnets:
            if not spec["public"] and spec["zone"] == zone:
                ec2.associate_route_table(RouteTableId=private_table,
                                          SubnetId=subnet_ids[spec["name"]])
    return vpc_id
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
    for tier, source, port in (("app", "web", app_port), ("db", "web", db_port)):
        ec2.authorize_security_group_ingress(GroupId=groups[tier], IpPermissions=[{
            "IpProtocol": "tcp", "FromPort": port, "ToPort": port,
            "UserIdGroupPairs": [{"GroupId": groups[source]}]}])
    return groups
# %% ej6a-respuesta
def monthly_network_cost(gb_to_s3, gb_to_internet, nat_gateways, s3_endpoint, hours=HOURS_PER_MONTH):
    """Dólares de NAT (horas, IP elástica y GB) en `hours` horas, con o sin punto de conexión para S3."""
    hourly = nat_gateways * (NAT_HOURLY + PUBLIC_IPV4_HOURLY) * hours
    gb_through_nat = gb_to_internet + (0 if s3_endpoint else gb_to_s3)
    if s3_endpoint:
        hourly += gb_to_s3 * 0.01
    return hourly + gb_through_nat * NAT_PER_GB

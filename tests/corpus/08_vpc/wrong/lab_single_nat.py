"""Una sola NAT, en la primera subred pública, para todas las privadas (2c); grupos sin el prefijo en el nombre (4); punto de conexión de interfaz en vez de puerta de enlace (7)."""
# fails: ej2c-pruebas ej4-pruebas ej7-pruebas
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
        if spec["public"]:
            ec2.modify_subnet_attribute(SubnetId=subnet_id, MapPublicIpOnLaunch={"Value": True})

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
        first_public = next(iter(public_in_zone.values()))
        found = ec2.describe_nat_gateways(Filter=[{"Name": "vpc-id", "Values": [vpc_id]}])["NatGateways"]
        nat_id = found[0]["NatGatewayId"] if found else ec2.create_nat_gateway(
            SubnetId=first_public, AllocationId=allocation_id)["NatGateway"]["NatGatewayId"]
        ec2.get_waiter("nat_gateway_available").wait(NatGatewayIds=[nat_id])
        private_table = ec2.create_route_table(VpcId=vpc_id)["RouteTable"]["RouteTableId"]
        ec2.create_route(RouteTableId=private_table, DestinationCidrBlock="0.0.0.0/0",
                         NatGatewayId=nat_id)
        for spec in subnets:
            if not spec["public"] and spec["zone"] == zone:
                ec2.associate_route_table(RouteTableId=private_table,
                                          SubnetId=subnet_ids[spec["name"]])
    return vpc_id
# %% ej7-respuesta
def add_s3_endpoint(ec2, vpc_id):
    """Punto de conexión de puerta de enlace para S3 en las tablas privadas de la VPC; devuelve su id."""
    tables = ec2.describe_route_tables(Filters=[{"Name": "vpc-id", "Values": [vpc_id]}])["RouteTables"]
    private = [table["RouteTableId"] for table in tables
               if any(route.get("DestinationCidrBlock") == "0.0.0.0/0" and route.get("NatGatewayId")
                      for route in table["Routes"])]
    endpoint = ec2.create_vpc_endpoint(
        VpcEndpointType="Interface", VpcId=vpc_id, RouteTableIds=private,
        ServiceName=f"com.amazonaws.{ec2.meta.region_name}.s3")["VpcEndpoint"]
    return endpoint["VpcEndpointId"]
# %% ej4-respuesta
def create_tier_groups(ec2, vpc_id, prefix, app_port, db_port):
    """Grupos web, app y db encadenados; devuelve {"web": id, "app": id, "db": id}."""
    groups = {}
    for tier in ("web", "app", "db"):
        groups[tier] = ec2.create_security_group(
            GroupName=tier, Description=f"Capa {tier} de {prefix}",
            VpcId=vpc_id)["GroupId"]
    ec2.authorize_security_group_ingress(GroupId=groups["web"], IpPermissions=[{
        "IpProtocol": "tcp", "FromPort": 443, "ToPort": 443,
        "IpRanges": [{"CidrIp": "0.0.0.0/0"}], "Ipv6Ranges": [{"CidrIpv6": "::/0"}]}])
    for tier, source, port in (("app", "web", app_port), ("db", "app", db_port)):
        ec2.authorize_security_group_ingress(GroupId=groups[tier], IpPermissions=[{
            "IpProtocol": "tcp", "FromPort": port, "ToPort": port,
            "UserIdGroupPairs": [{"GroupId": groups[source]}]}])
    return groups

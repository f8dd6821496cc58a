"""Crea las subredes sin AvailabilityZone: AWS elige la zona (2a, y las NAT quedan en otra zona, 2c); toda ruta 0.0.0.0/0 hace pública la subred, también hacia una NAT (3)."""
# fails: ej2a-pruebas ej2c-pruebas ej3-pruebas
# %% ej2-respuesta
def build_lab_vpc(ec2, name, cidr, subnets):
    """Crea la VPC con sus subredes, la puerta de enlace de Internet y las NAT; devuelve su id."""
    vpc_id = ec2.create_vpc(CidrBlock=cidr, TagSpecifications=[
        {"ResourceType": "vpc", "Tags": [{"Key": "Name", "Value": name}]}])["Vpc"]["VpcId"]
    subnet_ids = {}
    for spec in subnets:
        subnet_id = ec2.create_subnet(
            VpcId=vpc_id, CidrBlock=spec["cidr"],
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
        table = explicit.get(subnet["SubnetId"], main_table)
        to_internet = any(
            route.get("State") == "active"
            and (route.get("DestinationCidrBlock") == "0.0.0.0/0"
                 or route.get("DestinationIpv6CidrBlock") == "::/0")
            for route in table["Routes"])
        result[subnet["SubnetId"]] = "public" if to_internet else "private"
    return result

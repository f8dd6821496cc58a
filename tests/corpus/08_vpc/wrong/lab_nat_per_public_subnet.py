"""Una NAT en cada subred pública, también en zonas sin subredes privadas (2c); solo la primera tabla privada (7); en la pregunta 3 cree que los grupos de seguridad necesitan reglas de salida."""
# fails: ej2c-pruebas ej7-pruebas quiz-p3
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

    for zone in sorted({spec["zone"] for spec in subnets}):
        if zone not in public_in_zone:
            continue
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
# %% ej7-respuesta
def add_s3_endpoint(ec2, vpc_id):
    """Punto de conexión de puerta de enlace para S3 en las tablas privadas de la VPC; devuelve su id."""
    tables = ec2.describe_route_tables(Filters=[{"Name": "vpc-id", "Values": [vpc_id]}])["RouteTables"]
    private = [table["RouteTableId"] for table in tables
               if any(route.get("DestinationCidrBlock") == "0.0.0.0/0" and route.get("NatGatewayId")
                      for route in table["Routes"])]
    endpoint = ec2.create_vpc_endpoint(
        VpcEndpointType="Gateway", VpcId=vpc_id, RouteTableIds=private[:1],
        ServiceName=f"com.amazonaws.{ec2.meta.region_name}.s3")["VpcEndpoint"]
    return endpoint["VpcEndpointId"]
# %% quiz-respuestas
# Escribe la letra de cada respuesta entre comillas, por ejemplo: answer_1 = "a"
answer_1 = "c"
answer_2 = "a"
answer_3 = "a"
answer_4 = "b"
answer_5 = "c"

"""Pone la ruta a Internet en la tabla principal y deja las públicas sin asociación explícita (2b); eje y sin unidad (6b); punto de conexión en todas las tablas de la VPC (7)."""
# fails: ej2b-pruebas ej6b-pruebas ej7-pruebas
# message: usaría la tabla principal
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
    public_table = ec2.describe_route_tables(Filters=[
        {"Name": "vpc-id", "Values": [vpc_id]},
        {"Name": "association.main", "Values": ["true"]}])["RouteTables"][0]["RouteTableId"]
    ec2.create_route(RouteTableId=public_table, DestinationCidrBlock="0.0.0.0/0", GatewayId=igw_id)
    public_in_zone = {}
    for spec in subnets:
        if spec["public"]:
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
# %% ej6b-respuesta
def plot_nat_vs_endpoint(gb_values, gb_to_internet, nat_gateways):
    """Coste del mes frente a GB hacia S3: solo NAT, o NAT y punto de conexión para S3."""
    fig, ax = new_chart("¿Por dónde va el tráfico a S3?", "GB al mes hacia S3", "Coste al mes")
    for endpoint, label in ((False, "Todo por la puerta de enlace NAT"),
                            (True, "S3 por el punto de conexión de puerta de enlace")):
        costs = [monthly_network_cost(gb, gb_to_internet, nat_gateways, endpoint) for gb in gb_values]
        ax.plot(gb_values, costs, marker="o", label=label)
    ax.legend()
    return fig
# %% ej7-respuesta
def add_s3_endpoint(ec2, vpc_id):
    """Punto de conexión de puerta de enlace para S3 en las tablas privadas de la VPC; devuelve su id."""
    tables = ec2.describe_route_tables(Filters=[{"Name": "vpc-id", "Values": [vpc_id]}])["RouteTables"]
    private = [table["RouteTableId"] for table in tables]
    endpoint = ec2.create_vpc_endpoint(
        VpcEndpointType="Gateway", VpcId=vpc_id, RouteTableIds=private,
        ServiceName=f"com.amazonaws.{ec2.meta.region_name}.s3")["VpcEndpoint"]
    return endpoint["VpcEndpointId"]

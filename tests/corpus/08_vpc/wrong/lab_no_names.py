"""Las subredes sin etiqueta Name (2a); cambia las reglas de salida de los grupos (4); una sola línea en el gráfico (6b)."""
# fails: ej2a-pruebas ej4-pruebas ej6b-pruebas
# %% ej2-respuesta
def build_lab_vpc(ec2, name, cidr, subnets):
    """Crea la VPC con sus subredes, la puerta de enlace de Internet y las NAT; devuelve su id."""
    vpc_id = ec2.create_vpc(CidrBlock=cidr, TagSpecifications=[
        {"ResourceType": "vpc", "Tags": [{"Key": "Name", "Value": name}]}])["Vpc"]["VpcId"]
    subnet_ids = {}
    for spec in subnets:
        subnet_id = ec2.create_subnet(
            VpcId=vpc_id, CidrBlock=spec["cidr"], AvailabilityZone=spec["zone"],
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
    for tier, source, port in (("app", "web", app_port), ("db", "app", db_port)):
        ec2.authorize_security_group_ingress(GroupId=groups[tier], IpPermissions=[{
            "IpProtocol": "tcp", "FromPort": port, "ToPort": port,
            "UserIdGroupPairs": [{"GroupId": groups[source]}]}])
    for group_id in groups.values():
        ec2.revoke_security_group_egress(GroupId=group_id, IpPermissions=[
            {"IpProtocol": "-1", "IpRanges": [{"CidrIp": "0.0.0.0/0"}]}])
    return groups
# %% ej6b-respuesta
def plot_nat_vs_endpoint(gb_values, gb_to_internet, nat_gateways):
    """Coste del mes frente a GB hacia S3: solo NAT, o NAT y punto de conexión para S3."""
    fig, ax = new_chart("¿Por dónde va el tráfico a S3?", "GB al mes hacia S3", "Coste al mes ($)")
    for endpoint, label in ((False, "Todo por la puerta de enlace NAT"),):
        costs = [monthly_network_cost(gb, gb_to_internet, nat_gateways, endpoint) for gb in gb_values]
        ax.plot(gb_values, costs, marker="o", label=label)
    ax.legend()
    return fig

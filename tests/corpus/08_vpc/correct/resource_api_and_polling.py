"""La red con la interfaz de recursos de boto3, una tabla pública por subred, etiquetas después con create_tags y espera a la NAT con un bucle de describe_nat_gateways; gráfico con plt.subplots."""
# %% ej2-respuesta
import time


def build_lab_vpc(ec2, name, cidr, subnets):
    resource = boto3.resource("ec2", region_name=ec2.meta.region_name)
    vpc = resource.create_vpc(CidrBlock=cidr)
    vpc.create_tags(Tags=[{"Key": "Name", "Value": name}])
    igw = resource.create_internet_gateway()
    vpc.attach_internet_gateway(InternetGatewayId=igw.id)
    made = []
    for spec in subnets:
        subnet = vpc.create_subnet(CidrBlock=spec["cidr"], AvailabilityZone=spec["zone"])
        subnet.create_tags(Tags=[{"Key": "Name", "Value": spec["name"]}])
        made.append((spec, subnet))
    nat_of_zone = {}
    for spec, subnet in made:
        if not spec["public"]:
            continue
        ec2.modify_subnet_attribute(SubnetId=subnet.id, MapPublicIpOnLaunch={"Value": True})
        table = vpc.create_route_table()
        table.create_route(DestinationCidrBlock="0.0.0.0/0", GatewayId=igw.id)
        table.associate_with_subnet(SubnetId=subnet.id)
        zone_has_private = any(not s["public"] and s["zone"] == spec["zone"] for s in subnets)
        if zone_has_private and spec["zone"] not in nat_of_zone:
            eip = ec2.allocate_address(Domain="vpc")
            nat = ec2.create_nat_gateway(SubnetId=subnet.id, AllocationId=eip["AllocationId"])
            nat_of_zone[spec["zone"]] = nat["NatGateway"]["NatGatewayId"]
    for nat_id in nat_of_zone.values():
        while ec2.describe_nat_gateways(NatGatewayIds=[nat_id])["NatGateways"][0]["State"] != "available":
            time.sleep(5)
    for spec, subnet in made:
        if not spec["public"]:
            table = vpc.create_route_table()
            table.create_route(DestinationCidrBlock="0.0.0.0/0", NatGatewayId=nat_of_zone[spec["zone"]])
            table.associate_with_subnet(SubnetId=subnet.id)
    return vpc.id
# %% ej6b-respuesta
import matplotlib.pyplot as plt


def plot_nat_vs_endpoint(gb_values, gb_to_internet, nat_gateways):
    fig, ax = plt.subplots()
    ax.plot(gb_values, [monthly_network_cost(g, gb_to_internet, nat_gateways, False) for g in gb_values],
            label="Sin punto de conexión")
    ax.plot(gb_values, [monthly_network_cost(g, gb_to_internet, nat_gateways, True) for g in gb_values],
            "--", label="Con punto de conexión")
    ax.set_title("Coste de red al mes")
    ax.set_xlabel("Tráfico a S3 (GB/mes)")
    ax.set_ylabel("USD al mes")
    ax.legend(loc="upper left")
    return fig

"""ej1 also opens the port to ::/0 over IPv6; ej9a bills on-demand requests for the whole
month instead of the busy hours."""
# fails: ej1-pruebas ej9a-pruebas
# message: abierta a direcciones IP
# %% ej1-respuesta
def prepare_db_network(ec2, rds, vpc_id, subnet_ids, app_sg_id, port, name):
    subnets = ec2.describe_subnets(SubnetIds=subnet_ids)["Subnets"]
    if len({s["AvailabilityZone"] for s in subnets}) < 2:
        raise ValueError("dos zonas")
    rds.create_db_subnet_group(DBSubnetGroupName=name, DBSubnetGroupDescription="privadas",
                               SubnetIds=subnet_ids)
    sg_id = ec2.create_security_group(GroupName=name, Description="bd", VpcId=vpc_id)["GroupId"]
    ec2.authorize_security_group_ingress(GroupId=sg_id, IpPermissions=[{
        "IpProtocol": "tcp", "FromPort": port, "ToPort": port,
        "UserIdGroupPairs": [{"GroupId": app_sg_id}],
        "Ipv6Ranges": [{"CidrIpv6": "::/0"}]}])
    return name, sg_id
# %% ej9a-respuesta
def monthly_costs(reads_per_second, writes_per_second, item_kb, busy_hours):
    read_units = math.ceil(item_kb / 4) * 0.5
    write_units = math.ceil(item_kb)
    seconds = HOURS_PER_MONTH * 3600
    on_demand = (reads_per_second * read_units * seconds / 1e6
                 * DYNAMODB_PRICES["lectura_bajo_demanda"]
                 + writes_per_second * write_units * seconds / 1e6
                 * DYNAMODB_PRICES["escritura_bajo_demanda"])
    rcu = math.ceil(reads_per_second * read_units)
    wcu = math.ceil(writes_per_second * write_units)
    return {"bajo_demanda": on_demand,
            "aprovisionada": HOURS_PER_MONTH * (rcu * DYNAMODB_PRICES["rcu_hora"]
                                                + wcu * DYNAMODB_PRICES["wcu_hora"])}

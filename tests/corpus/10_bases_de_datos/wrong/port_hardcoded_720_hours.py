"""ej1 always opens MySQL's port 3306 (the statement gives the engine's port); ej9a bills a
720-hour month."""
# fails: ej1-pruebas ej9a-pruebas
# message: solo debe abrirse TCP 5432
# %% ej1-respuesta
def prepare_db_network(ec2, rds, vpc_id, subnet_ids, app_sg_id, port, name):
    subnets = ec2.describe_subnets(SubnetIds=subnet_ids)["Subnets"]
    if len({s["AvailabilityZone"] for s in subnets}) < 2:
        raise ValueError("dos zonas")
    rds.create_db_subnet_group(DBSubnetGroupName=name, DBSubnetGroupDescription="privadas",
                               SubnetIds=subnet_ids)
    sg_id = ec2.create_security_group(GroupName=name, Description="bd", VpcId=vpc_id)["GroupId"]
    ec2.authorize_security_group_ingress(GroupId=sg_id, IpPermissions=[{
        "IpProtocol": "tcp", "FromPort": 3306, "ToPort": 3306,
        "UserIdGroupPairs": [{"GroupId": app_sg_id}]}])
    return name, sg_id
# %% ej9a-respuesta
def monthly_costs(reads_per_second, writes_per_second, item_kb, busy_hours):
    read_units = math.ceil(item_kb / 4) * 0.5
    write_units = math.ceil(item_kb)
    seconds = busy_hours * 3600
    on_demand = (reads_per_second * read_units * seconds / 1e6 * 0.125
                 + writes_per_second * write_units * seconds / 1e6 * 0.625)
    rcu = math.ceil(reads_per_second * read_units)
    wcu = math.ceil(writes_per_second * write_units)
    return {"bajo_demanda": on_demand, "aprovisionada": 720 * (rcu * 0.00013 + wcu * 0.00065)}

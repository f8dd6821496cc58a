"""ej1 puts only the first two subnets in the group (a third zone is lost); ej8 rounds up
each eventually consistent read to a whole unit instead of the total."""
# fails: ej1-pruebas ej8-pruebas
# message: todas
# %% ej1-respuesta
def prepare_db_network(ec2, rds, vpc_id, subnet_ids, app_sg_id, port, name):
    subnets = ec2.describe_subnets(SubnetIds=subnet_ids)["Subnets"]
    if len({s["AvailabilityZone"] for s in subnets}) < 2:
        raise ValueError("dos zonas")
    rds.create_db_subnet_group(DBSubnetGroupName=name, DBSubnetGroupDescription="privadas",
                               SubnetIds=subnet_ids[:2])
    sg_id = ec2.create_security_group(GroupName=name, Description="bd", VpcId=vpc_id)["GroupId"]
    ec2.authorize_security_group_ingress(GroupId=sg_id, IpPermissions=[{
        "IpProtocol": "tcp", "FromPort": port, "ToPort": port,
        "UserIdGroupPairs": [{"GroupId": app_sg_id}]}])
    return name, sg_id
# %% ej8-respuesta
def capacity_units(item_kb, reads_per_second, writes_per_second, mode):
    factors = {"eventual": (0.5, 1), "fuerte": (1, 1), "transaccional": (2, 2)}
    if mode not in factors:
        raise ValueError(mode)
    per_read = math.ceil(math.ceil(item_kb / 4) * factors[mode][0])
    return (reads_per_second * per_read,
            math.ceil(writes_per_second * math.ceil(item_kb) * factors[mode][1]))

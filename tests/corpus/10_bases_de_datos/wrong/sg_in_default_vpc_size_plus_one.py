"""ej1 creates the security group without VpcId (it lands in the default VPC); ej8 computes
the 4 KB blocks as size // 4 + 1 (an 8 KB item becomes three blocks)."""
# fails: ej1-pruebas ej8-pruebas
# message: está en otra VPC
# %% ej1-respuesta
def prepare_db_network(ec2, rds, vpc_id, subnet_ids, app_sg_id, port, name):
    subnets = ec2.describe_subnets(SubnetIds=subnet_ids)["Subnets"]
    if len({s["AvailabilityZone"] for s in subnets}) < 2:
        raise ValueError("dos zonas")
    rds.create_db_subnet_group(DBSubnetGroupName=name, DBSubnetGroupDescription="privadas",
                               SubnetIds=subnet_ids)
    sg_id = ec2.create_security_group(GroupName=name, Description="bd")["GroupId"]
    ec2.authorize_security_group_ingress(GroupId=sg_id, IpPermissions=[{
        "IpProtocol": "tcp", "FromPort": port, "ToPort": port,
        "UserIdGroupPairs": [{"GroupId": app_sg_id}]}])
    return name, sg_id
# %% ej8-respuesta
def capacity_units(item_kb, reads_per_second, writes_per_second, mode):
    factors = {"eventual": (0.5, 1), "fuerte": (1, 1), "transaccional": (2, 2)}
    if mode not in factors:
        raise ValueError(mode)
    blocks = int(item_kb // 4) + 1 if item_kb > 4 else 1
    return (math.ceil(reads_per_second * blocks * factors[mode][0]),
            math.ceil(writes_per_second * math.ceil(item_kb) * factors[mode][1]))

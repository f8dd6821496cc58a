"""ej1 opens the port to the whole VPC's CIDR instead of the application's security group;
ej5 scans the table with a filter (reads every item, and pays for them)."""
# fails: ej1-pruebas ej5-pruebas
# message: abierta a direcciones IP
# message: usa scan
# %% ej1-respuesta
def prepare_db_network(ec2, rds, vpc_id, subnet_ids, app_sg_id, port, name):
    subnets = ec2.describe_subnets(SubnetIds=subnet_ids)["Subnets"]
    if len({s["AvailabilityZone"] for s in subnets}) < 2:
        raise ValueError("dos zonas")
    rds.create_db_subnet_group(DBSubnetGroupName=name, DBSubnetGroupDescription="privadas",
                               SubnetIds=subnet_ids)
    cidr = ec2.describe_vpcs(VpcIds=[vpc_id])["Vpcs"][0]["CidrBlock"]
    sg_id = ec2.create_security_group(GroupName=name, Description="bd", VpcId=vpc_id)["GroupId"]
    ec2.authorize_security_group_ingress(GroupId=sg_id, IpPermissions=[{
        "IpProtocol": "tcp", "FromPort": port, "ToPort": port, "IpRanges": [{"CidrIp": cidr}]}])
    return name, sg_id
# %% ej5-respuesta
def department_names(dynamodb, table, department):
    names, request = [], {"TableName": table, "FilterExpression": "department = :d",
                          "ExpressionAttributeValues": {":d": {"S": department}}}
    while True:
        page = dynamodb.scan(**request)
        names += [item["name"]["S"] for item in page["Items"]]
        if "LastEvaluatedKey" not in page:
            return sorted(names)
        request["ExclusiveStartKey"] = page["LastEvaluatedKey"]

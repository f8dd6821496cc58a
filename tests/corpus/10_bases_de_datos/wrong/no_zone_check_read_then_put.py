"""ej1 never checks the zones (moto accepts a group in one AZ, AWS does not); ej6 checks
with get_item and then writes without a condition (another writer can slip in between)."""
# fails: ej1-pruebas ej6-pruebas
# message: al menos dos zonas de disponibilidad
# message: ConditionExpression
# %% ej1-respuesta
def prepare_db_network(ec2, rds, vpc_id, subnet_ids, app_sg_id, port, name):
    rds.create_db_subnet_group(DBSubnetGroupName=name, DBSubnetGroupDescription="privadas",
                               SubnetIds=subnet_ids)
    sg_id = ec2.create_security_group(GroupName=name, Description="bd", VpcId=vpc_id)["GroupId"]
    ec2.authorize_security_group_ingress(GroupId=sg_id, IpPermissions=[{
        "IpProtocol": "tcp", "FromPort": port, "ToPort": port,
        "UserIdGroupPairs": [{"GroupId": app_sg_id}]}])
    return name, sg_id
# %% ej6-respuesta
def add_employee(dynamodb, table, employee):
    found = dynamodb.get_item(TableName=table, Key={"id": {"S": employee["id"]}})
    if "Item" in found:
        return False
    item = {k: {"N": str(v)} if isinstance(v, int) else {"S": v} for k, v in employee.items()}
    dynamodb.put_item(TableName=table, Item=item)
    return True

"""ej1 counts subnets instead of zones (two subnets in one zone pass); ej7's transaction
does not check that the employee is still in the department it read."""
# fails: ej1-pruebas ej7-pruebas
# message: otra persona
# %% ej1-respuesta
def prepare_db_network(ec2, rds, vpc_id, subnet_ids, app_sg_id, port, name):
    if len(subnet_ids) < 2:
        raise ValueError("hacen falta dos subredes")
    rds.create_db_subnet_group(DBSubnetGroupName=name, DBSubnetGroupDescription="privadas",
                               SubnetIds=subnet_ids)
    sg_id = ec2.create_security_group(GroupName=name, Description="bd", VpcId=vpc_id)["GroupId"]
    ec2.authorize_security_group_ingress(GroupId=sg_id, IpPermissions=[{
        "IpProtocol": "tcp", "FromPort": port, "ToPort": port,
        "UserIdGroupPairs": [{"GroupId": app_sg_id}]}])
    return name, sg_id
# %% ej7-respuesta
def move_employee(dynamodb, employees_table, departments_table, employee_id, new_department):
    found = dynamodb.get_item(TableName=employees_table,
                              Key={"id": {"S": employee_id}}).get("Item")
    if found is None or found["department"]["S"] == new_department:
        return False
    old = found["department"]["S"]
    one = {":one": {"N": "1"}}
    try:
        dynamodb.transact_write_items(TransactItems=[
            {"Update": {"TableName": employees_table, "Key": {"id": {"S": employee_id}},
                        "UpdateExpression": "SET department = :new",
                        "ExpressionAttributeValues": {":new": {"S": new_department}}}},
            {"Update": {"TableName": departments_table, "Key": {"name": {"S": old}},
                        "UpdateExpression": "SET employees = employees - :one",
                        "ExpressionAttributeValues": one}},
            {"Update": {"TableName": departments_table, "Key": {"name": {"S": new_department}},
                        "UpdateExpression": "SET employees = employees + :one",
                        "ConditionExpression": "attribute_exists(employees)",
                        "ExpressionAttributeValues": one}}])
    except ClientError as error:
        if error.response["Error"]["Code"] == "TransactionCanceledException":
            return False
        raise
    return True

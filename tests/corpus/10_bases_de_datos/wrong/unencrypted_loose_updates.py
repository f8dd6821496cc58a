"""ej2 leaves the storage unencrypted and says nothing about public access; ej7 makes the
three writes with separate update_item calls (not atomic)."""
# fails: ej2-pruebas ej7-pruebas
# message: StorageEncrypted=True
# message: transact_write_items
# %% ej2-respuesta
def create_employee_db(rds, identifier, subnet_group, sg_id, backup_days):
    if not isinstance(backup_days, int) or not 1 <= backup_days <= 35:
        raise ValueError("retención fuera de rango")
    rds.create_db_instance(
        DBInstanceIdentifier=identifier, Engine="mysql", DBInstanceClass="db.t3.micro",
        AllocatedStorage=20, StorageType="gp3", MasterUsername="admin",
        ManageMasterUserPassword=True, DBSubnetGroupName=subnet_group,
        VpcSecurityGroupIds=[sg_id], MultiAZ=True, BackupRetentionPeriod=backup_days)
    rds.get_waiter("db_instance_available").wait(DBInstanceIdentifier=identifier)
    endpoint = rds.describe_db_instances(DBInstanceIdentifier=identifier)["DBInstances"][0]["Endpoint"]
    return endpoint["Address"], endpoint["Port"]
# %% ej7-respuesta
def move_employee(dynamodb, employees_table, departments_table, employee_id, new_department):
    found = dynamodb.get_item(TableName=employees_table,
                              Key={"id": {"S": employee_id}}).get("Item")
    if found is None or found["department"]["S"] == new_department:
        return False
    old = found["department"]["S"]
    one = {":one": {"N": "1"}}
    try:
        dynamodb.update_item(TableName=employees_table, Key={"id": {"S": employee_id}},
                             UpdateExpression="SET department = :new",
                             ExpressionAttributeValues={":new": {"S": new_department}})
        dynamodb.update_item(TableName=departments_table, Key={"name": {"S": old}},
                             UpdateExpression="SET employees = employees - :one",
                             ExpressionAttributeValues=one)
        dynamodb.update_item(TableName=departments_table, Key={"name": {"S": new_department}},
                             UpdateExpression="SET employees = employees + :one",
                             ConditionExpression="attribute_exists(employees)",
                             ExpressionAttributeValues=one)
    except ClientError:
        return False
    return True

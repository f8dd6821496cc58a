"""ej2 forgets MultiAZ (a single instance, no standby); ej6 turns every ClientError into
False (a missing table looks like a duplicate employee)."""
# fails: ej2-pruebas ej6-pruebas
# message: MultiAZ=True
# %% ej2-respuesta
def create_employee_db(rds, identifier, subnet_group, sg_id, backup_days):
    if not isinstance(backup_days, int) or not 1 <= backup_days <= 35:
        raise ValueError("retención fuera de rango")
    rds.create_db_instance(
        DBInstanceIdentifier=identifier, Engine="mysql", DBInstanceClass="db.t3.micro",
        AllocatedStorage=20, StorageType="gp3", MasterUsername="admin",
        ManageMasterUserPassword=True, DBSubnetGroupName=subnet_group,
        VpcSecurityGroupIds=[sg_id], PubliclyAccessible=False,
        StorageEncrypted=True, BackupRetentionPeriod=backup_days)
    rds.get_waiter("db_instance_available").wait(DBInstanceIdentifier=identifier)
    endpoint = rds.describe_db_instances(DBInstanceIdentifier=identifier)["DBInstances"][0]["Endpoint"]
    return endpoint["Address"], endpoint["Port"]
# %% ej6-respuesta
def add_employee(dynamodb, table, employee):
    item = {k: {"N": str(v)} if isinstance(v, int) else {"S": v} for k, v in employee.items()}
    try:
        dynamodb.put_item(TableName=table, Item=item,
                          ConditionExpression="attribute_not_exists(id)")
    except ClientError:
        return False
    return True

"""ej2 accepts 0 days (that turns automated backups off); ej4's index projects only the
keys, so a department's list has no phone."""
# fails: ej2-pruebas ej4-pruebas
# message: de 1 a 35 días
# message: ProjectionType ALL
# %% ej2-respuesta
def create_employee_db(rds, identifier, subnet_group, sg_id, backup_days):
    if not 0 <= backup_days <= 35:
        raise ValueError("retención de 0 a 35 días")
    rds.create_db_instance(
        DBInstanceIdentifier=identifier, Engine="mysql", DBInstanceClass="db.t3.micro",
        AllocatedStorage=20, StorageType="gp3", MasterUsername="admin",
        ManageMasterUserPassword=True, DBSubnetGroupName=subnet_group,
        VpcSecurityGroupIds=[sg_id], PubliclyAccessible=False, MultiAZ=True,
        StorageEncrypted=True, BackupRetentionPeriod=backup_days)
    rds.get_waiter("db_instance_available").wait(DBInstanceIdentifier=identifier)
    endpoint = rds.describe_db_instances(DBInstanceIdentifier=identifier)["DBInstances"][0]["Endpoint"]
    return endpoint["Address"], endpoint["Port"]
# %% ej4-respuesta
def create_employees_table(dynamodb, name):
    dynamodb.create_table(
        TableName=name, KeySchema=[{"AttributeName": "id", "KeyType": "HASH"}],
        AttributeDefinitions=[{"AttributeName": a, "AttributeType": "S"}
                              for a in ("id", "department", "name")],
        GlobalSecondaryIndexes=[{
            "IndexName": "por-departamento",
            "KeySchema": [{"AttributeName": "department", "KeyType": "HASH"},
                          {"AttributeName": "name", "KeyType": "RANGE"}],
            "Projection": {"ProjectionType": "KEYS_ONLY"}}],
        BillingMode="PAY_PER_REQUEST")
    dynamodb.get_waiter("table_exists").wait(TableName=name)

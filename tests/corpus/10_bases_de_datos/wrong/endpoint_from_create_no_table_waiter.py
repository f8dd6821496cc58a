"""ej2 reads the endpoint from create_db_instance's answer (AWS has none yet: the instance is
still creating); ej4 returns without waiting for the table to be ACTIVE."""
# fails: ej2-pruebas ej4-pruebas
# message: db_instance_available
# message: table_exists
# %% ej2-respuesta
def create_employee_db(rds, identifier, subnet_group, sg_id, backup_days):
    if not isinstance(backup_days, int) or not 1 <= backup_days <= 35:
        raise ValueError("retención fuera de rango")
    instance = rds.create_db_instance(
        DBInstanceIdentifier=identifier, Engine="mysql", DBInstanceClass="db.t3.micro",
        AllocatedStorage=20, StorageType="gp3", MasterUsername="admin",
        ManageMasterUserPassword=True, DBSubnetGroupName=subnet_group,
        VpcSecurityGroupIds=[sg_id], PubliclyAccessible=False, MultiAZ=True,
        StorageEncrypted=True, BackupRetentionPeriod=backup_days)["DBInstance"]
    return instance["Endpoint"]["Address"], instance["Endpoint"]["Port"]
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
            "Projection": {"ProjectionType": "ALL"}}],
        BillingMode="PAY_PER_REQUEST")

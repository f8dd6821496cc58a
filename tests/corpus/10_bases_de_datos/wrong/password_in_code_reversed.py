"""ej2 writes the master password in the code instead of letting RDS keep it in Secrets
Manager; ej5 asks the index for descending order (ScanIndexForward=False)."""
# fails: ej2-pruebas ej5-pruebas
# message: Secrets Manager
# %% ej2-respuesta
def create_employee_db(rds, identifier, subnet_group, sg_id, backup_days):
    if not isinstance(backup_days, int) or not 1 <= backup_days <= 35:
        raise ValueError("retención fuera de rango")
    rds.create_db_instance(
        DBInstanceIdentifier=identifier, Engine="mysql", DBInstanceClass="db.t3.micro",
        AllocatedStorage=20, StorageType="gp3", MasterUsername="admin",
        MasterUserPassword="Directorio2024!", DBSubnetGroupName=subnet_group,
        VpcSecurityGroupIds=[sg_id], PubliclyAccessible=False, MultiAZ=True,
        StorageEncrypted=True, BackupRetentionPeriod=backup_days)
    rds.get_waiter("db_instance_available").wait(DBInstanceIdentifier=identifier)
    endpoint = rds.describe_db_instances(DBInstanceIdentifier=identifier)["DBInstances"][0]["Endpoint"]
    return endpoint["Address"], endpoint["Port"]
# %% ej5-respuesta
def department_names(dynamodb, table, department):
    names, request = [], {"TableName": table, "IndexName": "por-departamento",
                          "KeyConditionExpression": "department = :d",
                          "ExpressionAttributeValues": {":d": {"S": department}},
                          "ScanIndexForward": False}
    while True:
        page = dynamodb.query(**request)
        names += [item["name"]["S"] for item in page["Items"]]
        if "LastEvaluatedKey" not in page:
            return names
        request["ExclusiveStartKey"] = page["LastEvaluatedKey"]

"""Wrong answers (1 independent exercises): ej7: returns True even when the employee did not exist."""
# fails: ej7-pruebas
# %% ej7-respuesta
def list_employees(dynamodb, table, department=None):
    """Todos los empleados (o los de un departamento), ordenados por nombre."""
    if department is None:
        paginator, options = dynamodb.get_paginator("scan"), {"TableName": table}
    else:
        paginator = dynamodb.get_paginator("query")
        options = {"TableName": table, "IndexName": "por_departamento",
                   "KeyConditionExpression": "departamento = :d",
                   "ExpressionAttributeValues": {":d": {"S": department}}}
    employees = [{name: value["S"] for name, value in item.items()}
                 for page in paginator.paginate(**options) for item in page["Items"]]
    return sorted(employees, key=lambda e: e["nombre"])


def delete_employee(dynamodb, s3, table, bucket, employee_id):
    """Borra el empleado y su foto; devuelve True si existía."""
    old = dynamodb.delete_item(TableName=table, Key={"id": {"S": employee_id}},
                               ReturnValues="ALL_OLD").get("Attributes")
    if old is None:
        return True
    if "foto" in old:
        s3.delete_object(Bucket=bucket, Key=old["foto"]["S"])
    return True

"""ej5 returns the raw items instead of the names; ej7 adds to the target department with
ADD and no condition, which creates a department that did not exist."""
# fails: ej5-pruebas ej7-pruebas
# message: lista de nombres
# %% ej5-respuesta
def department_names(dynamodb, table, department):
    items, request = [], {"TableName": table, "IndexName": "por-departamento",
                          "KeyConditionExpression": "department = :d",
                          "ExpressionAttributeValues": {":d": {"S": department}}}
    while True:
        page = dynamodb.query(**request)
        items += page["Items"]
        if "LastEvaluatedKey" not in page:
            return items
        request["ExclusiveStartKey"] = page["LastEvaluatedKey"]
# %% ej7-respuesta
def move_employee(dynamodb, employees_table, departments_table, employee_id, new_department):
    found = dynamodb.get_item(TableName=employees_table,
                              Key={"id": {"S": employee_id}}).get("Item")
    if found is None or found["department"]["S"] == new_department:
        return False
    old = found["department"]["S"]
    try:
        dynamodb.transact_write_items(TransactItems=[
            {"Update": {"TableName": employees_table, "Key": {"id": {"S": employee_id}},
                        "UpdateExpression": "SET department = :new",
                        "ConditionExpression": "department = :old",
                        "ExpressionAttributeValues": {":new": {"S": new_department},
                                                      ":old": {"S": old}}}},
            {"Update": {"TableName": departments_table, "Key": {"name": {"S": old}},
                        "UpdateExpression": "ADD employees :minus",
                        "ExpressionAttributeValues": {":minus": {"N": "-1"}}}},
            {"Update": {"TableName": departments_table, "Key": {"name": {"S": new_department}},
                        "UpdateExpression": "ADD employees :one",
                        "ExpressionAttributeValues": {":one": {"N": "1"}}}}])
    except ClientError as error:
        if error.response["Error"]["Code"] == "TransactionCanceledException":
            return False
        raise
    return True

"""ej7 assumes the employee exists (a missing id crashes instead of returning False); ej6
stores the numbers as text (S) instead of numbers (N)."""
# fails: ej6-pruebas ej7-pruebas
# %% ej6-respuesta
def add_employee(dynamodb, table, employee):
    item = {k: {"S": str(v)} for k, v in employee.items()}
    try:
        dynamodb.put_item(TableName=table, Item=item,
                          ConditionExpression="attribute_not_exists(id)")
    except dynamodb.exceptions.ConditionalCheckFailedException:
        return False
    return True
# %% ej7-respuesta
def move_employee(dynamodb, employees_table, departments_table, employee_id, new_department):
    found = dynamodb.get_item(TableName=employees_table, Key={"id": {"S": employee_id}})["Item"]
    old = found["department"]["S"]
    if old == new_department:
        return False
    one = {":one": {"N": "1"}}
    try:
        dynamodb.transact_write_items(TransactItems=[
            {"Update": {"TableName": employees_table, "Key": {"id": {"S": employee_id}},
                        "UpdateExpression": "SET department = :new",
                        "ConditionExpression": "department = :old",
                        "ExpressionAttributeValues": {":new": {"S": new_department},
                                                      ":old": {"S": old}}}},
            {"Update": {"TableName": departments_table, "Key": {"name": {"S": old}},
                        "UpdateExpression": "SET employees = employees - :one",
                        "ExpressionAttributeValues": one}},
            {"Update": {"TableName": departments_table, "Key": {"name": {"S": new_department}},
                        "UpdateExpression": "SET employees = employees + :one",
                        "ConditionExpression": "attribute_exists(employees)",
                        "ExpressionAttributeValues": one}}])
    except dynamodb.exceptions.TransactionCanceledException:
        return False
    return True

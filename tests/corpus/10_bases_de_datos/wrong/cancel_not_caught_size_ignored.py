"""ej7 lets the TransactionCanceledException out instead of returning False; ej9a ignores
the item size for the reads (one half unit per read, whatever the size)."""
# fails: ej7-pruebas ej9a-pruebas
# message: TransactionCanceledException
# %% ej7-respuesta
def move_employee(dynamodb, employees_table, departments_table, employee_id, new_department):
    found = dynamodb.get_item(TableName=employees_table,
                              Key={"id": {"S": employee_id}}).get("Item")
    if found is None or found["department"]["S"] == new_department:
        return False
    old = found["department"]["S"]
    one = {":one": {"N": "1"}}
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
    return True
# %% ej9a-respuesta
def monthly_costs(reads_per_second, writes_per_second, item_kb, busy_hours):
    read_units = 0.5
    write_units = math.ceil(item_kb)
    seconds = busy_hours * 3600
    on_demand = (reads_per_second * read_units * seconds / 1e6
                 * DYNAMODB_PRICES["lectura_bajo_demanda"]
                 + writes_per_second * write_units * seconds / 1e6
                 * DYNAMODB_PRICES["escritura_bajo_demanda"])
    rcu = math.ceil(reads_per_second * read_units)
    wcu = math.ceil(writes_per_second * write_units)
    return {"bajo_demanda": on_demand,
            "aprovisionada": HOURS_PER_MONTH * (rcu * DYNAMODB_PRICES["rcu_hora"]
                                                + wcu * DYNAMODB_PRICES["wcu_hora"])}

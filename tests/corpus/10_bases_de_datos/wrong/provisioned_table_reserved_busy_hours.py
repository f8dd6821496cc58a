"""ej4 creates a provisioned table (5 RCU / 5 WCU) instead of on-demand; ej9a pays the
reserved capacity only during the busy hours."""
# fails: ej4-pruebas ej9a-pruebas
# message: PAY_PER_REQUEST
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
            "Projection": {"ProjectionType": "ALL"},
            "ProvisionedThroughput": {"ReadCapacityUnits": 5, "WriteCapacityUnits": 5}}],
        ProvisionedThroughput={"ReadCapacityUnits": 5, "WriteCapacityUnits": 5})
    dynamodb.get_waiter("table_exists").wait(TableName=name)
# %% ej9a-respuesta
def monthly_costs(reads_per_second, writes_per_second, item_kb, busy_hours):
    read_units = math.ceil(item_kb / 4) * 0.5
    write_units = math.ceil(item_kb)
    seconds = busy_hours * 3600
    on_demand = (reads_per_second * read_units * seconds / 1e6
                 * DYNAMODB_PRICES["lectura_bajo_demanda"]
                 + writes_per_second * write_units * seconds / 1e6
                 * DYNAMODB_PRICES["escritura_bajo_demanda"])
    rcu = math.ceil(reads_per_second * read_units)
    wcu = math.ceil(writes_per_second * write_units)
    return {"bajo_demanda": on_demand,
            "aprovisionada": busy_hours * (rcu * DYNAMODB_PRICES["rcu_hora"]
                                           + wcu * DYNAMODB_PRICES["wcu_hora"])}

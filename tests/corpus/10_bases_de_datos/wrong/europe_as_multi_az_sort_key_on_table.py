"""ej3 answers Europe's readers with Multi-AZ (the standby is not readable, and stays in the
Region) and the night reports with Multi-AZ too; ej4 gives the table a sort key (name), so
an employee cannot be read by id alone."""
# fails: ej3-pruebas ej4-pruebas
# message: sin clave de ordenación
# %% ej3-respuesta
HA_CHOICE = {
    "caida_de_zona": "multi_az",
    "informes_nocturnos": "multi_az",
    "tabla_borrada": "restauracion_pitr",
    "lectores_en_europa": "multi_az",
    "quince_lectores": "aurora",
}
# %% ej4-respuesta
def create_employees_table(dynamodb, name):
    dynamodb.create_table(
        TableName=name,
        KeySchema=[{"AttributeName": "id", "KeyType": "HASH"},
                   {"AttributeName": "name", "KeyType": "RANGE"}],
        AttributeDefinitions=[{"AttributeName": a, "AttributeType": "S"}
                              for a in ("id", "department", "name")],
        GlobalSecondaryIndexes=[{
            "IndexName": "por-departamento",
            "KeySchema": [{"AttributeName": "department", "KeyType": "HASH"},
                          {"AttributeName": "name", "KeyType": "RANGE"}],
            "Projection": {"ProjectionType": "ALL"}}],
        BillingMode="PAY_PER_REQUEST")
    dynamodb.get_waiter("table_exists").wait(TableName=name)

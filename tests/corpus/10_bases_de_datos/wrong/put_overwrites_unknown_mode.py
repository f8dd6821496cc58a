"""ej6 writes with put_item and no condition (it overwrites an existing employee); ej8 treats
any unknown mode as eventual instead of raising ValueError."""
# fails: ej6-pruebas ej8-pruebas
# message: ¡Has sobrescrito al empleado que ya existía!
# message: ValueError
# %% ej6-respuesta
def add_employee(dynamodb, table, employee):
    item = {k: {"N": str(v)} if isinstance(v, int) else {"S": v} for k, v in employee.items()}
    dynamodb.put_item(TableName=table, Item=item)
    return True
# %% ej8-respuesta
def capacity_units(item_kb, reads_per_second, writes_per_second, mode):
    read_factor = {"fuerte": 1, "transaccional": 2}.get(mode, 0.5)
    write_factor = 2 if mode == "transaccional" else 1
    return (math.ceil(reads_per_second * math.ceil(item_kb / 4) * read_factor),
            math.ceil(writes_per_second * math.ceil(item_kb) * write_factor))

"""Compact forms: subnets filtered by id with Filters, the endpoint from a waiter then
describe, a manual LastEvaluatedKey loop sorted again in Python, the client's exception
classes, a lookup table for the units, a comprehension for the costs, and the quiz."""
# %% ej1-respuesta
def prepare_db_network(ec2, rds, vpc_id, subnet_ids, app_sg_id, port, name):
    found = ec2.describe_subnets(Filters=[{"Name": "subnet-id", "Values": subnet_ids}])
    if len({s["AvailabilityZone"] for s in found["Subnets"]}) < 2:
        raise ValueError("subredes en una sola zona")
    rds.create_db_subnet_group(DBSubnetGroupName=name, DBSubnetGroupDescription=name,
                               SubnetIds=subnet_ids)
    group = ec2.create_security_group(GroupName=name, Description=name, VpcId=vpc_id)
    ec2.authorize_security_group_ingress(
        GroupId=group["GroupId"],
        IpPermissions=[{"IpProtocol": "tcp", "FromPort": port, "ToPort": port,
                        "UserIdGroupPairs": [{"GroupId": app_sg_id}]}])
    return name, group["GroupId"]
# %% ej3-respuesta
HA_CHOICE = dict(caida_de_zona="multi_az", informes_nocturnos="replica_lectura",
                 tabla_borrada="restauracion_pitr", lectores_en_europa="replica_lectura",
                 quince_lectores="aurora")
# %% ej5-respuesta
def department_names(dynamodb, table, department):
    items, start = [], {}
    while True:
        page = dynamodb.query(TableName=table, IndexName="por-departamento",
                              KeyConditionExpression="department = :d",
                              ExpressionAttributeValues={":d": {"S": department}}, **start)
        items += page["Items"]
        if not page.get("LastEvaluatedKey"):
            break
        start = {"ExclusiveStartKey": page["LastEvaluatedKey"]}
    return sorted(item["name"]["S"] for item in items)
# %% ej6-respuesta
def add_employee(dynamodb, table, employee):
    item = {}
    for key, value in employee.items():
        item[key] = {"S": value} if isinstance(value, str) else {"N": str(value)}
    try:
        dynamodb.put_item(TableName=table, Item=item,
                          ConditionExpression="attribute_not_exists(#k)",
                          ExpressionAttributeNames={"#k": "id"})
    except dynamodb.exceptions.ConditionalCheckFailedException:
        return False
    return True
# %% ej8-respuesta
READ_FACTOR = {"eventual": 0.5, "fuerte": 1, "transaccional": 2}


def capacity_units(item_kb, reads_per_second, writes_per_second, mode):
    if mode not in READ_FACTOR:
        raise ValueError("modo desconocido")
    rcu = math.ceil(reads_per_second * READ_FACTOR[mode] * math.ceil(item_kb / 4))
    wcu = writes_per_second * math.ceil(item_kb) * (2 if mode == "transaccional" else 1)
    return int(rcu), int(wcu)
# %% ej9a-respuesta
def monthly_costs(reads_per_second, writes_per_second, item_kb, busy_hours):
    rru = reads_per_second * busy_hours * 3600 * math.ceil(item_kb / 4) / 2
    wru = writes_per_second * busy_hours * 3600 * math.ceil(item_kb)
    rcu = math.ceil(reads_per_second * math.ceil(item_kb / 4) / 2)
    wcu = math.ceil(writes_per_second * math.ceil(item_kb))
    return {
        "bajo_demanda": rru / 1_000_000 * DYNAMODB_PRICES["lectura_bajo_demanda"]
        + wru / 1_000_000 * DYNAMODB_PRICES["escritura_bajo_demanda"],
        "aprovisionada": rcu * DYNAMODB_PRICES["rcu_hora"] * HOURS_PER_MONTH
        + wcu * DYNAMODB_PRICES["wcu_hora"] * HOURS_PER_MONTH,
    }

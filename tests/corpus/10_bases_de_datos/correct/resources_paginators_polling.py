"""Other valid paths: EC2 and DynamoDB resources, a polling loop instead of each waiter, the
query paginator, Table.put_item with Attr, the transaction with ExpressionAttributeNames,
integer arithmetic for the units, plt.subplots and capitalised labels, quiz letters in
capitals with spaces."""
# %% ej1-respuesta
def prepare_db_network(ec2, rds, vpc_id, subnet_ids, app_sg_id, port, name):
    zones = set()
    for subnet_id in subnet_ids:
        zones.add(boto3.resource("ec2").Subnet(subnet_id).availability_zone)
    if len(zones) <= 1:
        raise ValueError("hacen falta dos zonas")
    rds.create_db_subnet_group(DBSubnetGroupName=name, DBSubnetGroupDescription="privadas",
                               SubnetIds=list(subnet_ids))
    vpc = boto3.resource("ec2").Vpc(vpc_id)
    group = vpc.create_security_group(GroupName=name, Description="solo la app")
    group.authorize_ingress(IpPermissions=[{
        "IpProtocol": "tcp", "FromPort": port, "ToPort": port,
        "UserIdGroupPairs": [{"GroupId": app_sg_id, "Description": "capa de aplicación"}]}])
    return (name, group.id)
# %% ej2-respuesta
import time


def create_employee_db(rds, identifier, subnet_group, sg_id, backup_days):
    if type(backup_days) is not int or backup_days < 1 or backup_days > 35:
        raise ValueError("retención fuera de 1-35")
    options = dict(Engine="mysql", DBInstanceClass="db.t3.micro", AllocatedStorage=20,
                   StorageType="gp3", MasterUsername="admin", ManageMasterUserPassword=True,
                   DBSubnetGroupName=subnet_group, VpcSecurityGroupIds=[sg_id],
                   PubliclyAccessible=False, MultiAZ=True, StorageEncrypted=True,
                   BackupRetentionPeriod=backup_days)
    rds.create_db_instance(DBInstanceIdentifier=identifier, **options)
    while True:
        db = rds.describe_db_instances(DBInstanceIdentifier=identifier)["DBInstances"][0]
        if db["DBInstanceStatus"] == "available":
            break
        time.sleep(5)
    return (db["Endpoint"]["Address"], db["Endpoint"]["Port"])
# %% ej4-respuesta
def create_employees_table(dynamodb, name):
    dynamodb.create_table(
        TableName=name, BillingMode="PAY_PER_REQUEST",
        AttributeDefinitions=[{"AttributeName": "name", "AttributeType": "S"},
                              {"AttributeName": "id", "AttributeType": "S"},
                              {"AttributeName": "department", "AttributeType": "S"}],
        KeySchema=[{"AttributeName": "id", "KeyType": "HASH"}],
        GlobalSecondaryIndexes=[{"IndexName": "por-departamento",
                                 "KeySchema": [{"AttributeName": "department", "KeyType": "HASH"},
                                               {"AttributeName": "name", "KeyType": "RANGE"}],
                                 "Projection": {"ProjectionType": "ALL"}}])
    while dynamodb.describe_table(TableName=name)["Table"]["TableStatus"] != "ACTIVE":
        time.sleep(1)
    return name
# %% ej5-respuesta
def department_names(dynamodb, table, department):
    pages = dynamodb.get_paginator("query").paginate(
        TableName=table, IndexName="por-departamento",
        KeyConditionExpression="#d = :d", ExpressionAttributeNames={"#d": "department"},
        ExpressionAttributeValues={":d": {"S": department}})
    return [item["name"]["S"] for page in pages for item in page["Items"]]
# %% ej6-respuesta
from boto3.dynamodb.conditions import Attr


def add_employee(dynamodb, table, employee):
    try:
        boto3.resource("dynamodb").Table(table).put_item(
            Item=employee, ConditionExpression=Attr("id").not_exists())
        return True
    except ClientError as error:
        if "ConditionalCheckFailed" in error.response["Error"]["Code"]:
            return False
        raise
# %% ej7-respuesta
def move_employee(dynamodb, employees_table, departments_table, employee_id, new_department):
    answer = dynamodb.get_item(TableName=employees_table, Key={"id": {"S": employee_id}},
                               ConsistentRead=True)
    if "Item" not in answer:
        return False
    current = answer["Item"]["department"]["S"]
    if current == new_department:
        return False
    names = {"#e": "employees"}
    try:
        dynamodb.transact_write_items(TransactItems=[
            {"Update": {"TableName": departments_table, "Key": {"name": {"S": new_department}},
                        "UpdateExpression": "ADD #e :uno",
                        "ConditionExpression": "attribute_exists(#n)",
                        "ExpressionAttributeNames": {**names, "#n": "name"},
                        "ExpressionAttributeValues": {":uno": {"N": "1"}}}},
            {"Update": {"TableName": departments_table, "Key": {"name": {"S": current}},
                        "UpdateExpression": "ADD #e :menos",
                        "ExpressionAttributeNames": names,
                        "ExpressionAttributeValues": {":menos": {"N": "-1"}}}},
            {"Update": {"TableName": employees_table, "Key": {"id": {"S": employee_id}},
                        "UpdateExpression": "SET #d = :nuevo",
                        "ConditionExpression": "#d = :actual",
                        "ExpressionAttributeNames": {"#d": "department"},
                        "ExpressionAttributeValues": {":nuevo": {"S": new_department},
                                                      ":actual": {"S": current}}}}])
    except dynamodb.exceptions.TransactionCanceledException:
        return False
    return True
# %% ej8-respuesta
def capacity_units(item_kb, reads_per_second, writes_per_second, mode):
    if mode == "eventual":
        halves_per_read, write_cost = 1, 1
    elif mode == "fuerte":
        halves_per_read, write_cost = 2, 1
    elif mode == "transaccional":
        halves_per_read, write_cost = 4, 2
    else:
        raise ValueError(mode)
    blocks = -(-item_kb // 4)
    halves = reads_per_second * blocks * halves_per_read
    return int(-(-halves // 2)), int(writes_per_second * -(-item_kb // 1) * write_cost)
# %% ej9b-respuesta
import matplotlib.pyplot as plt


def cost_chart(reads_per_second, writes_per_second, item_kb, hours):
    fig, ax = plt.subplots()
    demand, reserved = [], []
    for h in hours:
        costs = monthly_costs(reads_per_second, writes_per_second, item_kb, h)
        demand.append(costs["bajo_demanda"])
        reserved.append(costs["aprovisionada"])
    ax.plot(hours, reserved, label="Capacidad aprovisionada")
    ax.plot(hours, demand, label="Bajo demanda")
    ax.set_title("Coste de la capacidad de DynamoDB")
    ax.set_xlabel("Horas con tráfico")
    ax.set_ylabel("Dólares al mes")
    ax.legend(loc="upper left")
    return fig
# %% quiz-respuestas
answer_1 = " B"
answer_2 = "B "
answer_3 = "C"
answer_4 = "b"
answer_5 = "B"

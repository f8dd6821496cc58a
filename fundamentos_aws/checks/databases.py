"""Visible checks of module 10 (databases: RDS, Aurora, DynamoDB), and the set-up its tests share.

Each check function runs the visible cases of one exercise with literal expected values and,
when the answer is wrong, names the likely mistake in Spanish. The hidden cases live only in
the source notebook: they pass their own expected values to the ``check_*`` helpers here,
which only build the test state in moto, compare and explain.

Where moto is not AWS, the checks test what AWS would do:

- moto accepts a DB subnet group whose subnets are all in one availability zone, a backup
  retention outside 0-35 days, and returns the endpoint of a new DB instance at once (AWS
  answers ``creating`` with no endpoint): :func:`like_aws_rds` hides the endpoint from
  ``CreateDBInstance``'s answer as AWS does, and the checks record the calls.
- moto answers a DynamoDB ``Query`` or ``Scan`` with every item at once; AWS stops each page
  at 1 MB and returns ``LastEvaluatedKey``: :func:`small_pages` cuts every page at a few
  items (whatever ``Limit`` says, as the 1 MB cut does), so only code that follows
  ``LastEvaluatedKey`` passes.
- Nobody else writes to moto's tables while an answer runs: :func:`rival_writer` plays the
  other user that, in AWS, can write between an answer's read and its write.
"""

from __future__ import annotations

import functools
import itertools
import math
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import boto3
from botocore.client import BaseClient
from botocore.exceptions import ClientError, ParamValidationError

from . import (
    CheckFailure,
    answer_hash,
    api_calls_through,
    call_with_hint,
    check,
    check_close,
    describe,
    passed,
    recorded_calls,
)

REGION = "us-east-1"
GSI_NAME = "por-departamento"

_counter = itertools.count(1)


# --- set-up shared by visible and hidden tests -------------------------------------------

def fresh_name(prefix: str) -> str:
    """A name no other test has used (valid for tables, DB instances and groups)."""
    return f"{prefix}-{next(_counter)}-{uuid.uuid4().hex[:6]}"


@functools.cache
def ec2_client() -> Any:
    return boto3.client("ec2", region_name=REGION)


@functools.cache
def rds_client() -> Any:
    return boto3.client("rds", region_name=REGION)


@functools.cache
def dynamodb_client() -> Any:
    return boto3.client("dynamodb", region_name=REGION)


def build_network(zones: list[str], cidr_third: int = 0) -> dict[str, Any]:
    """A VPC like the 08 lab's: one private subnet per entry of ``zones`` (a zone may repeat)
    and the application tier's security group. Returns ``{"vpc_id", "subnet_ids",
    "app_sg_id", "cidr"}``."""
    ec2 = ec2_client()
    base = 10 + next(_counter) % 200
    cidr = f"10.{base}.0.0/16"
    vpc_id = ec2.create_vpc(CidrBlock=cidr)["Vpc"]["VpcId"]
    subnet_ids = [ec2.create_subnet(VpcId=vpc_id, AvailabilityZone=zone,
                                    CidrBlock=f"10.{base}.{cidr_third + 10 + i}.0/24"
                                    )["Subnet"]["SubnetId"]
                  for i, zone in enumerate(zones)]
    app_sg_id = ec2.create_security_group(GroupName=fresh_name("app"),
                                          Description="Capa de aplicación",
                                          VpcId=vpc_id)["GroupId"]
    return {"vpc_id": vpc_id, "subnet_ids": subnet_ids, "app_sg_id": app_sg_id, "cidr": cidr}


def run(function: Callable[..., Any], *args: Any, what: str | None = None) -> Any:
    """``call`` plus a Spanish hint for the errors a beginner meets in this module."""
    return call_with_hint(function, *args, hint_for=_hint_for, what=what)


def _hint_for(error: BaseException | None) -> str:
    if isinstance(error, ParamValidationError):
        return ("boto3 rechaza los parámetros de la llamada: revisa sus nombres y tipos "
                "(en el cliente de DynamoDB cada valor va con su tipo: {\"S\": \"texto\"}, "
                "{\"N\": \"42\"}).")
    if isinstance(error, ClientError):
        code = error.response.get("Error", {}).get("Code", "")
        message = error.response.get("Error", {}).get("Message", "")
        if code == "ResourceNotFoundException":
            return "No existe esa tabla: usa el nombre que recibe tu función."
        if code == "ValidationException":
            return f"DynamoDB rechaza la petición: {message}"
        if code == "TransactionCanceledException":
            return ("La transacción se canceló (alguna condición no se cumplió): captura ese "
                    "error y devuelve False, como pide el enunciado.")
        if code == "ConditionalCheckFailedException":
            return ("La condición de la escritura no se cumplió: captura ese error "
                    "(ConditionalCheckFailedException) y devuelve False.")
        if code in {"DBSubnetGroupNotFoundFault", "DBInstanceNotFound"}:
            return f"RDS no encuentra el recurso: {message}"
    if isinstance(error, KeyError) and error.args and error.args[0] == "Endpoint":
        return ("La respuesta de create_db_instance no trae el punto de conexión: en AWS la "
                "instancia tarda minutos en estar disponible. Espera con el waiter "
                "db_instance_available y léelo con describe_db_instances.")
    return ""


def _operations(calls: list[tuple[str, str, dict]], service: str | None = None) -> list[str]:
    return [op for svc, op, _ in calls if service is None or svc == service]


# --- course additions to moto ---------------------------------------------------------------

@contextmanager
def like_aws_rds() -> Iterator[None]:
    """Inside the block, ``CreateDBInstance`` answers as AWS does: status ``creating`` and no
    endpoint yet (moto creates the instance ``available`` at once, endpoint included)."""
    def make(original: Any) -> Any:
        def aws_like(client: BaseClient, operation_name: str, api_params: dict) -> Any:
            answer = original(client, operation_name, api_params)
            if operation_name in {"CreateDBInstance", "CreateDBInstanceReadReplica",
                                  "RestoreDBInstanceToPointInTime"}:
                instance = dict(answer["DBInstance"])
                instance.pop("Endpoint", None)
                instance["DBInstanceStatus"] = "creating"
                answer = {**answer, "DBInstance": instance}
            return answer
        return aws_like

    with api_calls_through(make):
        yield


@contextmanager
def small_pages(size: int = 3) -> Iterator[None]:
    """Inside the block, DynamoDB ``Query`` and ``Scan`` pages hold at most ``size`` items,
    as AWS cuts a page at 1 MB whatever ``Limit`` asks: correct code follows
    ``LastEvaluatedKey`` whatever the page size."""
    def make(original: Any) -> Any:
        def paged(client: BaseClient, operation_name: str, api_params: dict) -> Any:
            if operation_name in {"Query", "Scan"} and api_params.get("Limit", size + 1) > size:
                api_params = {**api_params, "Limit": size}
            return original(client, operation_name, api_params)
        return paged

    with api_calls_through(make):
        yield


@contextmanager
def rival_writer(table: str, key: str, write: Callable[[], None]) -> Iterator[list[str]]:
    """Inside the block, another user writes (``write()``) on the item ``key`` of ``table``
    at the worst moment: right after the answer's first read of that item, or right before
    its first write if it never reads. Yields the list of operations seen, for messages."""
    seen: list[str] = []
    done = [False]
    reads = {"GetItem", "Query", "Scan", "BatchGetItem", "TransactGetItems"}

    def touches(params: dict) -> bool:
        text = repr(params)
        return table in text and key in text

    def make(original: Any) -> Any:
        def racing(client: BaseClient, operation_name: str, api_params: dict) -> Any:
            if client.meta.service_model.service_name != "dynamodb" or done[0]:
                return original(client, operation_name, api_params)
            if not touches(api_params):
                return original(client, operation_name, api_params)
            seen.append(operation_name)
            if operation_name in reads:
                answer = original(client, operation_name, api_params)
                done[0] = True
                with _plain_calls(original):
                    write()
                return answer
            done[0] = True
            with _plain_calls(original):
                write()
            return original(client, operation_name, api_params)
        return racing

    with api_calls_through(make):
        yield seen


@contextmanager
def _plain_calls(original: Any) -> Iterator[None]:
    """Calls made inside the block go straight to moto (the rival's own writes)."""
    saved = BaseClient._make_api_call
    BaseClient._make_api_call = original  # type: ignore[method-assign]
    try:
        yield
    finally:
        BaseClient._make_api_call = saved  # type: ignore[method-assign]


# --- exercise 1: the database's network -----------------------------------------------------

def _ingress(sg_id: str) -> list[dict]:
    group = ec2_client().describe_security_groups(GroupIds=[sg_id])["SecurityGroups"][0]
    return group["IpPermissions"]


def check_db_network(prepare_db_network: Callable[..., Any], zones: list[str],
                     port: int) -> None:
    """The subnet group holds every given subnet (in ``zones``), the security group lives in
    the VPC and lets in only TCP ``port`` from the application's group."""
    net = build_network(zones)
    name = fresh_name("directorio-db")
    shown = f"prepare_db_network(..., puerto={port}, zonas={sorted(set(zones))})"
    result = run(prepare_db_network, ec2_client(), rds_client(), net["vpc_id"],
                 list(net["subnet_ids"]), net["app_sg_id"], port, name, what=shown)
    check(isinstance(result, tuple) and len(result) == 2,
          f"{shown} debe devolver la tupla (nombre del grupo de subredes, id del grupo de "
          f"seguridad); devuelve {describe(result)}.")
    group_name, sg_id = result
    check(group_name == name, f"{shown}: el grupo de subredes de base de datos debe llamarse "
                              f"{name!r} (el nombre que recibe la función); devuelves "
                              f"{group_name!r}.")
    try:
        group = rds_client().describe_db_subnet_groups(
            DBSubnetGroupName=name)["DBSubnetGroups"][0]
    except ClientError:
        raise CheckFailure(f"{shown}: no existe ningún grupo de subredes de base de datos "
                           f"llamado {name!r}. Créalo con create_db_subnet_group.") from None
    inside = {s["SubnetIdentifier"] for s in group["Subnets"]}
    check(inside == set(net["subnet_ids"]),
          f"{shown}: el grupo de subredes debe tener las {len(net['subnet_ids'])} subredes "
          f"privadas que recibe la función, todas; tiene {len(inside)}"
          + (" y alguna que no es de la lista." if inside - set(net["subnet_ids"]) else "."))
    check(isinstance(sg_id, str) and sg_id.startswith("sg-"),
          f"{shown}: el segundo valor debe ser el id del grupo de seguridad (sg-...); es "
          f"{describe(sg_id)}.")
    sg = ec2_client().describe_security_groups(GroupIds=[sg_id])["SecurityGroups"][0]
    check(sg["VpcId"] == net["vpc_id"],
          f"{shown}: el grupo de seguridad está en otra VPC ({sg['VpcId']}); créalo en la VPC "
          "que recibe la función (VpcId).")
    rules = sg["IpPermissions"]
    check(rules, f"{shown}: el grupo de seguridad no deja entrar nada: la aplicación no podría "
                 f"llegar a la base de datos por el puerto {port}.")
    for rule in rules:
        check(not rule.get("IpRanges") and not rule.get("Ipv6Ranges")
              and not rule.get("PrefixListIds"),
              f"{shown}: hay una regla de entrada abierta a direcciones IP "
              f"({[r.get('CidrIp') for r in rule.get('IpRanges', [])] or 'IPv6'}); la base "
              "de datos solo debe aceptar tráfico del grupo de seguridad de la aplicación.")
        check(rule.get("IpProtocol") == "tcp" and rule.get("FromPort") == port
              and rule.get("ToPort") == port,
              f"{shown}: una regla de entrada abre {rule.get('IpProtocol')} "
              f"{rule.get('FromPort')}-{rule.get('ToPort')}; solo debe abrirse TCP {port}, "
              "el puerto del motor.")
        sources = {pair.get("GroupId") for pair in rule.get("UserIdGroupPairs", [])}
        check(sources == {net["app_sg_id"]},
              f"{shown}: el origen de la regla debe ser solo el grupo de seguridad de la "
              f"aplicación ({net['app_sg_id']}); es {sorted(s for s in sources if s)}.")


def check_db_network_refused(prepare_db_network: Callable[..., Any], zones: list[str]) -> None:
    """Subnets in fewer than two AZs: ValueError and nothing created (AWS refuses the
    group; moto accepts it)."""
    net = build_network(zones)
    name = fresh_name("directorio-db")
    shown = f"prepare_db_network con subredes solo en {sorted(set(zones))}"
    with recorded_calls() as calls:
        try:
            prepare_db_network(ec2_client(), rds_client(), net["vpc_id"],
                               list(net["subnet_ids"]), net["app_sg_id"], 3306, name)
        except ValueError:
            pass
        except Exception as exc:
            raise CheckFailure(f"{shown}: debe lanzar ValueError; lanza "
                               f"{type(exc).__name__}: {exc}") from None
        else:
            raise CheckFailure(
                f"{shown}: debe lanzar ValueError. AWS exige que las subredes de un grupo de "
                "subredes de base de datos cubran al menos dos zonas de disponibilidad (moto "
                "no lo comprueba).")
    created = [op for op in _operations(calls) if op.startswith(("Create", "Authorize"))]
    check(not created, f"{shown}: antes de lanzar ValueError ya has hecho {created}; "
                       "compruébalo antes de crear nada.")


def db_network(prepare_db_network: Callable[..., Any]) -> None:
    """Exercise 1, visible cases."""
    check_db_network(prepare_db_network, ["us-east-1a", "us-east-1b"], 3306)
    passed("prepare_db_network: grupo de subredes con las subredes privadas y grupo de "
           "seguridad abierto solo a la aplicación, en el puerto 3306.")


# --- exercise 2: the RDS instance ----------------------------------------------------------

def _db_network_for_instance() -> tuple[str, str]:
    net = build_network(["us-east-1a", "us-east-1b"])
    group = fresh_name("grupo-db")
    rds_client().create_db_subnet_group(DBSubnetGroupName=group,
                                        DBSubnetGroupDescription="Subredes privadas",
                                        SubnetIds=net["subnet_ids"])
    sg_id = ec2_client().create_security_group(GroupName=fresh_name("db"),
                                               Description="Base de datos",
                                               VpcId=net["vpc_id"])["GroupId"]
    return group, sg_id


def check_create_db(create_employee_db: Callable[..., Any], backup_days: int) -> None:
    """The instance as the statement asks, created once, waited for, its endpoint returned."""
    group, sg_id = _db_network_for_instance()
    identifier = fresh_name("directorio")
    shown = f"create_employee_db(rds, {identifier!r}, ..., backup_days={backup_days})"
    with like_aws_rds(), recorded_calls() as calls:
        result = run(create_employee_db, rds_client(), identifier, group, sg_id, backup_days,
                     what=shown)
    creates = [p for svc, op, p in calls if op == "CreateDBInstance"]
    check(len(creates) == 1, f"{shown}: debe crear una instancia (create_db_instance) y solo "
                             f"una; la llama {len(creates)} veces.")
    params = creates[0]
    wanted = {
        "DBInstanceIdentifier": (identifier, "el identificador que recibe la función"),
        "Engine": ("mysql", "MySQL"),
        "DBInstanceClass": ("db.t3.micro", "la clase db.t3.micro"),
        "AllocatedStorage": (20, "20 GiB de almacenamiento"),
        "StorageType": ("gp3", "almacenamiento gp3"),
        "MasterUsername": ("admin", "el usuario maestro admin"),
        "ManageMasterUserPassword": (True, "la contraseña guardada por RDS en Secrets Manager"),
        "DBSubnetGroupName": (group, "el grupo de subredes que recibe la función"),
        "VpcSecurityGroupIds": ([sg_id], "solo el grupo de seguridad que recibe la función"),
        "MultiAZ": (True, "una implementación Multi-AZ"),
        "StorageEncrypted": (True, "el almacenamiento cifrado"),
        "PubliclyAccessible": (False, "que no sea accesible públicamente"),
        "BackupRetentionPeriod": (backup_days, f"{backup_days} días de copias automáticas"),
    }
    for key, (value, meaning) in wanted.items():
        got = params.get(key, "(sin indicar)")
        check(got == value, f"{shown}: el enunciado pide {meaning} ({key}={value!r}); "
                            f"create_db_instance recibe {key}={got!r}.")
    check("MasterUserPassword" not in params,
          f"{shown}: no escribas una contraseña en el código (MasterUserPassword); deja que "
          "RDS la guarde en Secrets Manager.")
    ops = _operations(calls, "rds")
    after = ops[ops.index("CreateDBInstance") + 1:]
    check("DescribeDBInstances" in after,
          f"{shown}: en AWS la instancia tarda minutos en estar disponible y hasta entonces "
          "no tiene punto de conexión: espera (waiter db_instance_available) y léelo con "
          "describe_db_instances.")
    endpoint = rds_client().describe_db_instances(
        DBInstanceIdentifier=identifier)["DBInstances"][0]["Endpoint"]
    expected = (endpoint["Address"], endpoint["Port"])
    check(result == expected and isinstance(result, tuple),
          f"{shown} debe devolver la tupla (dirección, puerto) del punto de conexión, "
          f"{expected!r}; devuelve {describe(result)}.")


def check_create_db_refused(create_employee_db: Callable[..., Any], backup_days: Any) -> None:
    """A retention outside 1-35 days: ValueError before calling AWS."""
    shown = f"create_employee_db(..., backup_days={backup_days!r})"
    why = ("las copias automáticas se guardan de 1 a 35 días, en días enteros (0 las "
           "desactiva y AWS no admite más de 35; moto no lo comprueba)")
    with recorded_calls() as calls:
        try:
            create_employee_db(rds_client(), fresh_name("mal"), "no-importa", "sg-0", backup_days)
        except ValueError:
            pass
        except Exception as exc:
            raise CheckFailure(f"{shown}: debe lanzar ValueError antes de llamar a AWS: {why}. "
                               f"Lanza {type(exc).__name__}: {exc}") from None
        else:
            raise CheckFailure(f"{shown}: debe lanzar ValueError: {why}.")
    check("CreateDBInstance" not in _operations(calls),
          f"{shown}: lanza ValueError antes de llamar a create_db_instance.")


def create_db(create_employee_db: Callable[..., Any]) -> None:
    """Exercise 2, visible cases."""
    check_create_db(create_employee_db, 7)
    check_create_db_refused(create_employee_db, 0)
    passed("create_employee_db: MySQL Multi-AZ, cifrada, privada, con 7 días de copias, y el "
           "punto de conexión leído cuando está disponible.")


# --- exercise 3: which feature for which need ----------------------------------------------

_HA_OPTIONS = {"multi_az", "replica_lectura", "aurora", "restauracion_pitr"}
_HA_SCENARIOS = {"caida_de_zona", "informes_nocturnos", "tabla_borrada", "lectores_en_europa",
                 "quince_lectores"}


def ha_choices(choices: Any) -> None:
    """Exercise 3, visible cases: the shape, and two scenarios checked against hashes."""
    check(isinstance(choices, dict), f"HA_CHOICE debe ser un diccionario; es "
                                     f"{describe(choices)}.")
    check(set(choices) == _HA_SCENARIOS,
          f"HA_CHOICE debe tener exactamente los escenarios {sorted(_HA_SCENARIOS)}; tiene "
          f"{sorted(choices)}.")
    for scenario, option in choices.items():
        check(option in _HA_OPTIONS, f"HA_CHOICE[{scenario!r}] = {option!r}: usa una de "
                                     f"{sorted(_HA_OPTIONS)}.")
    for scenario, digest in [("caida_de_zona", "ba276c2dcbad2006"),
                             ("informes_nocturnos", "8425316525e47b69")]:
        check(answer_hash(f"10.ha.{scenario}", choices[scenario]) == digest,
              f"HA_CHOICE[{scenario!r}] = {choices[scenario]!r} no es lo adecuado: ¿qué "
              "necesita ese escenario, seguir funcionando solo o repartir lecturas?")
    passed("HA_CHOICE: forma correcta y dos escenarios bien elegidos (el resto se comprueba "
           "al corregir).")


def check_choices(choices: Any, expected: dict[str, str]) -> None:
    check(isinstance(choices, dict), f"HA_CHOICE debe ser un diccionario; es "
                                     f"{describe(choices)}.")
    for scenario, option in expected.items():
        check(choices.get(scenario) == option,
              f"HA_CHOICE[{scenario!r}] = {choices.get(scenario)!r} no es la opción adecuada.")


# --- exercise 4: the Employees table ---------------------------------------------------------

def check_employees_table(create_employees_table: Callable[..., Any]) -> str:
    """The table answers the three access patterns with GetItem and Query (no Scan)."""
    name = fresh_name("Employees")
    shown = f"create_employees_table(dynamodb, {name!r})"
    with recorded_calls() as calls:
        run(create_employees_table, dynamodb_client(), name, what=shown)
    ops = _operations(calls, "dynamodb")
    check("CreateTable" in ops, f"{shown}: no crea ninguna tabla (create_table).")
    check("DescribeTable" in ops[ops.index("CreateTable") + 1:],
          f"{shown}: en AWS una tabla nueva está en CREATING un rato; espera a que esté "
          "ACTIVE (waiter table_exists) antes de devolver.")
    ddb = dynamodb_client()
    try:
        table = ddb.describe_table(TableName=name)["Table"]
    except ClientError:
        raise CheckFailure(f"{shown}: no existe la tabla {name!r}: créala con el nombre que "
                           "recibe la función.") from None
    types_ = {a["AttributeName"]: a["AttributeType"] for a in table["AttributeDefinitions"]}
    check(table["KeySchema"] == [{"AttributeName": "id", "KeyType": "HASH"}],
          f"{shown}: la clave principal debe ser solo la clave de partición «id» (sin clave de "
          f"ordenación), para leer un empleado por su id; es {table['KeySchema']}.")
    check(types_.get("id") == "S", f"{shown}: «id» debe ser de tipo texto (S).")
    mode = table.get("BillingModeSummary", {}).get("BillingMode", "PROVISIONED")
    check(mode == "PAY_PER_REQUEST", f"{shown}: la tabla debe usar capacidad bajo demanda "
                                     f"(BillingMode PAY_PER_REQUEST); usa {mode}.")
    indexes = {i["IndexName"]: i for i in table.get("GlobalSecondaryIndexes", [])}
    check(GSI_NAME in indexes, f"{shown}: falta el índice secundario global {GSI_NAME!r}; "
                               f"hay {sorted(indexes)}.")
    index = indexes[GSI_NAME]
    check(index["KeySchema"] == [{"AttributeName": "department", "KeyType": "HASH"},
                                 {"AttributeName": "name", "KeyType": "RANGE"}],
          f"{shown}: el índice {GSI_NAME!r} debe tener «department» como clave de partición y "
          f"«name» como clave de ordenación; tiene {index['KeySchema']}.")
    check(types_.get("department") == "S" and types_.get("name") == "S",
          f"{shown}: «department» y «name» deben ser de tipo texto (S).")
    check(index["Projection"].get("ProjectionType") == "ALL",
          f"{shown}: el índice debe proyectar todos los atributos (ProjectionType ALL): la "
          "lista de un departamento muestra el teléfono y la foto de cada empleado.")
    people = [("e1", "Zoe Ruiz", "ventas"), ("e2", "Ana Gil", "ventas"),
              ("e3", "Luis Paz", "it"), ("e4", "Álvaro Sanz", "ventas"),
              ("e5", "Ana Mora", "ventas-norte")]
    for eid, person, dept in people:
        ddb.put_item(TableName=name, Item={"id": {"S": eid}, "name": {"S": person},
                                           "department": {"S": dept},
                                           "phone": {"S": "+34 600 000 000"}})
    item = ddb.get_item(TableName=name, Key={"id": {"S": "e3"}}).get("Item", {})
    check(item.get("name") == {"S": "Luis Paz"}, f"{shown}: get_item por id no encuentra "
                                                 "al empleado.")
    page = ddb.query(TableName=name, IndexName=GSI_NAME,
                     KeyConditionExpression="department = :d AND begins_with(#n, :p)",
                     ExpressionAttributeNames={"#n": "name"},
                     ExpressionAttributeValues={":d": {"S": "ventas"}, ":p": {"S": "A"}})
    check([i["name"]["S"] for i in page["Items"]] == ["Ana Gil"]
          and all("phone" in i for i in page["Items"]),
          f"{shown}: la consulta del índice por departamento y comienzo del nombre no da lo "
          "esperado.")
    return name


def employees_table(create_employees_table: Callable[..., Any]) -> None:
    """Exercise 4, visible cases."""
    check_employees_table(create_employees_table)
    passed("create_employees_table: clave de partición id, índice por departamento ordenado "
           "por nombre, bajo demanda, y la tabla activa antes de devolver.")


# --- exercise 5: a department's names, every page -----------------------------------------

def employees_fixture(people: list[tuple[str, str, str]]) -> str:
    """A table like the lab's ``Employees`` (id; GSI department + name) holding ``people``
    as (id, name, department). Returns its name."""
    ddb = dynamodb_client()
    name = fresh_name("Employees")
    ddb.create_table(
        TableName=name, BillingMode="PAY_PER_REQUEST",
        KeySchema=[{"AttributeName": "id", "KeyType": "HASH"}],
        AttributeDefinitions=[{"AttributeName": a, "AttributeType": "S"}
                              for a in ("id", "department", "name")],
        GlobalSecondaryIndexes=[{
            "IndexName": GSI_NAME, "Projection": {"ProjectionType": "ALL"},
            "KeySchema": [{"AttributeName": "department", "KeyType": "HASH"},
                          {"AttributeName": "name", "KeyType": "RANGE"}]}])
    for eid, person, dept in people:
        ddb.put_item(TableName=name, Item={"id": {"S": eid}, "name": {"S": person},
                                           "department": {"S": dept}})
    return name


def check_department_names(department_names: Callable[..., Any],
                           people: list[tuple[str, str, str]], department: str,
                           expected: list[str], page_size: int = 3) -> None:
    table = employees_fixture(people)
    shown = f"department_names(dynamodb, tabla, {department!r})"
    with small_pages(page_size), recorded_calls() as calls:
        result = run(department_names, dynamodb_client(), table, department, what=shown)
    ops = _operations(calls, "dynamodb")
    check("Scan" not in ops, f"{shown}: usa scan, que lee la tabla entera y cobra cada "
                             "elemento leído; consulta el índice con query.")
    check("Query" in ops, f"{shown}: debe consultar el índice {GSI_NAME!r} con query.")
    check(all(p.get("IndexName") == GSI_NAME for svc, op, p in calls if op == "Query"),
          f"{shown}: la consulta debe ir al índice secundario global {GSI_NAME!r} "
          "(IndexName).")
    check(isinstance(result, list) and all(isinstance(n, str) for n in result),
          f"{shown} debe devolver una lista de nombres (textos); devuelve {describe(result)}.")
    check(len(result) >= len(expected) or result != expected[:len(result)],
          f"{shown}: devuelve {len(result)} nombres y el departamento tiene {len(expected)}. "
          "Una respuesta de query trae como mucho 1 MB: sigue pidiendo páginas mientras "
          "llegue LastEvaluatedKey (ExclusiveStartKey).")
    check(result == expected,
          f"{shown} devuelve {result!r}; se esperaba {expected!r} (solo ese departamento, "
          "todos sus empleados, por orden de nombre).")


_VISIBLE_PEOPLE = [("e01", "Marta Vidal", "ventas"), ("e02", "Carlos León", "it"),
                   ("e03", "Ana Gil", "ventas"), ("e04", "Pedro Sáez", "ventas"),
                   ("e05", "Luisa Ortega", "ventas"), ("e06", "Beatriz Ramos", "ventas"),
                   ("e07", "Jorge Cano", "it"), ("e08", "Diana Prieto", "ventas")]


def department_names(department_names: Callable[..., Any]) -> None:
    """Exercise 5, visible cases."""
    check_department_names(department_names, _VISIBLE_PEOPLE, "ventas",
                           ["Ana Gil", "Beatriz Ramos", "Diana Prieto", "Luisa Ortega",
                            "Marta Vidal", "Pedro Sáez"])
    check_department_names(department_names, _VISIBLE_PEOPLE, "marketing", [])
    passed("department_names: consulta del índice, página a página, por orden de nombre.")


# --- exercise 6: add an employee, never overwrite ------------------------------------------

def _plain(item: dict) -> dict:
    out = {}
    for key, value in item.items():
        (kind, raw), = value.items()
        out[key] = int(raw) if kind == "N" else raw
    return out


def check_add_employee(add_employee: Callable[..., Any], existing: list[dict],
                       employee: dict, expected: bool, stored: dict) -> None:
    """``add_employee`` returns ``expected`` and the table then holds ``stored`` under the
    employee's id (the new one, or the one that was there)."""
    table = employees_fixture([])
    ddb = dynamodb_client()
    for old in existing:
        ddb.put_item(TableName=table, Item=_typed(old))
    shown = f"add_employee(dynamodb, tabla, {{'id': {employee['id']!r}, ...}})"
    result = run(add_employee, ddb, table, dict(employee), what=shown)
    item = ddb.get_item(TableName=table, Key={"id": {"S": employee["id"]}}).get("Item")
    check(item is not None and _plain(item) == stored,
          f"{shown}: en la tabla queda {_plain(item) if item else None}; debería quedar "
          f"{stored}." + (" ¡Has sobrescrito al empleado que ya existía!"
                          if not expected else " Guarda los enteros como números (N)."))
    check(result is expected, f"{shown} debe devolver {expected}; devuelve "
                              f"{describe(result)}.")


def _typed(plain: dict) -> dict:
    return {k: ({"N": str(v)} if isinstance(v, int) else {"S": v}) for k, v in plain.items()}


def check_add_employee_race(add_employee: Callable[..., Any], employee: dict,
                            rival: dict) -> None:
    """Another user adds an employee with the same id between the answer's read and its
    write: the answer must return False and leave the rival's item."""
    table = employees_fixture([])
    ddb = dynamodb_client()
    shown = f"add_employee(dynamodb, tabla, {{'id': {employee['id']!r}, ...}})"

    def rival_write() -> None:
        ddb.put_item(TableName=table, Item=_typed(rival))

    with rival_writer(table, employee["id"], rival_write):
        result = run(add_employee, ddb, table, dict(employee), what=shown)
    item = ddb.get_item(TableName=table, Key={"id": {"S": employee["id"]}}).get("Item")
    check(item is not None and _plain(item) == rival and result is False,
          f"{shown}: otra persona dio de alta el id {employee['id']!r} justo antes de tu "
          "escritura; tu función debía devolver False y dejar su empleado, pero "
          + ("lo has sobrescrito." if item and _plain(item) != rival else
             f"devuelve {describe(result)}.")
          + " Comprobar antes con get_item no basta: la condición debe ir en la propia "
            "escritura (ConditionExpression).")


def check_add_employee_raises(add_employee: Callable[..., Any]) -> None:
    """Any other error (a table that does not exist) is not swallowed."""
    shown = "add_employee en una tabla que no existe"
    try:
        result = add_employee(dynamodb_client(), fresh_name("NoExiste"),
                              {"id": "e1", "name": "Ana"})
    except ClientError:
        return
    except Exception as exc:
        raise CheckFailure(f"{shown}: debe dejar salir el error de DynamoDB "
                           f"(ResourceNotFoundException); lanza {type(exc).__name__}.") from None
    raise CheckFailure(f"{shown}: devuelve {describe(result)}; solo debes devolver False si "
                       "el empleado ya existe. Cualquier otro error debe salir.")


def add_employee(add_employee: Callable[..., Any]) -> None:
    """Exercise 6, visible cases."""
    ana = {"id": "e100", "name": "Ana Gil", "department": "ventas", "extension": 4210}
    check_add_employee(add_employee, [], ana, True, ana)
    old = {"id": "e100", "name": "Luis Paz", "department": "it", "extension": 3001}
    check_add_employee(add_employee, [old], ana, False, old)
    passed("add_employee: da de alta a un empleado nuevo y nunca sobrescribe uno que existe.")


# --- exercise 7: move an employee, atomically -------------------------------------------------

def departments_fixture(counts: dict[str, int], people: list[tuple[str, str, str]]
                        ) -> tuple[str, str]:
    """An Employees table with ``people`` and a Departments table (key ``name``, counter
    ``employees``) with ``counts``. Returns (employees table, departments table)."""
    ddb = dynamodb_client()
    employees = employees_fixture(people)
    departments = fresh_name("Departments")
    ddb.create_table(TableName=departments, BillingMode="PAY_PER_REQUEST",
                     KeySchema=[{"AttributeName": "name", "KeyType": "HASH"}],
                     AttributeDefinitions=[{"AttributeName": "name", "AttributeType": "S"}])
    for dept, count in counts.items():
        ddb.put_item(TableName=departments, Item={"name": {"S": dept},
                                                  "employees": {"N": str(count)}})
    return employees, departments


def _state(employees: str, departments: str) -> tuple[dict, dict]:
    ddb = dynamodb_client()
    people = {i["id"]["S"]: i["department"]["S"]
              for i in ddb.scan(TableName=employees)["Items"]}
    counts = {i["name"]["S"]: int(i["employees"]["N"])
              for i in ddb.scan(TableName=departments)["Items"]}
    return people, counts


def check_move(move_employee: Callable[..., Any], counts: dict[str, int],
               people: list[tuple[str, str, str]], employee_id: str, new_department: str,
               expected: bool, expected_people: dict[str, str],
               expected_counts: dict[str, int],
               rival: Callable[[str, str], Callable[[], None]] | None = None) -> None:
    """``move_employee`` returns ``expected`` and leaves the tables as expected. ``rival``,
    given the two table names, makes the write another user does between the answer's read
    of the employee and its write."""
    employees, departments = departments_fixture(counts, people)
    shown = f"move_employee(dynamodb, ..., {employee_id!r}, {new_department!r})"
    args = (dynamodb_client(), employees, departments, employee_id, new_department)
    if rival is None:
        with recorded_calls() as calls:
            result = run(move_employee, *args, what=shown)
    else:
        with rival_writer(employees, employee_id, rival(employees, departments)), \
                recorded_calls() as calls:
            result = run(move_employee, *args, what=shown)
    people_now, counts_now = _state(employees, departments)
    loose = [op for svc, op, _ in calls if op in {"UpdateItem", "PutItem", "DeleteItem"}]
    check(not (expected and loose),
          f"{shown}: escribe con {loose} fuera de una transacción; si una escritura falla a "
          "medias, los contadores quedan mal. Haz los cambios con transact_write_items.")
    check(people_now == expected_people and counts_now == expected_counts,
          f"{shown}: después quedan los departamentos {people_now} y los contadores "
          f"{counts_now}; se esperaba {expected_people} y {expected_counts}."
          + (" Si algo falla, no debe cambiar nada: todo en una sola transacción, con "
             "condiciones." if not expected else "")
          + (" Ojo: otra persona movió al empleado entre tu lectura y tu escritura; la "
             "transacción debe comprobar que sigue en el departamento que leíste."
             if rival is not None else ""))
    check(result is expected, f"{shown} debe devolver {expected}; devuelve "
                              f"{describe(result)}.")


def move_employee(move_employee: Callable[..., Any]) -> None:
    """Exercise 7, visible cases."""
    people = [("e1", "Ana Gil", "ventas"), ("e2", "Luis Paz", "ventas"),
              ("e3", "Eva Sol", "it")]
    check_move(move_employee, {"ventas": 2, "it": 1}, people, "e1", "it", True,
               {"e1": "it", "e2": "ventas", "e3": "it"}, {"ventas": 1, "it": 2})
    check_move(move_employee, {"ventas": 2, "it": 1}, people, "e2", "legal", False,
               {"e1": "ventas", "e2": "ventas", "e3": "it"}, {"ventas": 2, "it": 1})
    passed("move_employee: cambia el departamento y los dos contadores a la vez, y si el "
           "destino no existe no cambia nada.")


# --- exercise 8: capacity units ---------------------------------------------------------------

def check_units(capacity_units: Callable[..., Any], args: tuple, expected: tuple[int, int]
                ) -> None:
    shown = f"capacity_units{args}"
    result = run(capacity_units, *args, what=shown)
    check(isinstance(result, tuple) and len(result) == 2,
          f"{shown} debe devolver la tupla (RCU, WCU); devuelve {describe(result)}.")
    check(all(isinstance(v, int) and not isinstance(v, bool) for v in result),
          f"{shown}: las unidades de capacidad se aprovisionan enteras (int); devuelves "
          f"{describe(result)}.")
    check(result == expected, f"{shown} devuelve {result}; se esperaba {expected}.")


def check_units_refused(capacity_units: Callable[..., Any], mode: Any) -> None:
    shown = f"capacity_units(1, 10, 10, {mode!r})"
    try:
        result = capacity_units(1, 10, 10, mode)
    except ValueError:
        return
    except Exception as exc:
        raise CheckFailure(f"{shown}: debe lanzar ValueError; lanza "
                           f"{type(exc).__name__}.") from None
    raise CheckFailure(f"{shown}: un modo desconocido debe lanzar ValueError; devuelve "
                       f"{describe(result)}.")


def capacity_units(capacity_units: Callable[..., Any]) -> None:
    """Exercise 8, visible cases."""
    check_units(capacity_units, (4, 100, 10, "fuerte"), (100, 40))
    check_units(capacity_units, (4, 100, 10, "eventual"), (50, 40))
    check_units(capacity_units, (2, 10, 10, "transaccional"), (20, 40))
    check_units_refused(capacity_units, "rapida")
    passed("capacity_units: lecturas altamente coherentes, eventuales y transaccionales de 4 KB.")


# --- exercise 9: on-demand vs provisioned, and its chart --------------------------------------

def check_costs(monthly_costs: Callable[..., Any], args: tuple, on_demand: float,
                provisioned: float) -> None:
    shown = f"monthly_costs{args}"
    result = run(monthly_costs, *args, what=shown)
    check(isinstance(result, dict) and set(result) == {"bajo_demanda", "aprovisionada"},
          f"{shown} debe devolver un diccionario con las claves «bajo_demanda» y "
          f"«aprovisionada»; devuelve {describe(result)}.")
    check_close(result["bajo_demanda"], on_demand, f"{shown}['bajo_demanda']", rel=1e-9)
    check_close(result["aprovisionada"], provisioned, f"{shown}['aprovisionada']", rel=1e-9)


def monthly_costs(monthly_costs: Callable[..., Any]) -> None:
    """Exercise 9a, visible cases."""
    check_costs(monthly_costs, (100, 10, 4, 730), 82.125, 23.725)
    check_costs(monthly_costs, (100, 10, 4, 100), 11.25, 23.725)
    passed("monthly_costs: 100 lecturas y 10 escrituras por segundo de 4 KB, todo el mes y "
           "100 horas.")


def check_cost_chart(cost_chart: Callable[..., Any], monthly_costs: Callable[..., Any],
                     args: tuple, hours: list[float]) -> None:
    """Two lines over ``hours``: the student's own ``monthly_costs`` for each mode (9a is
    graded on its own)."""
    import matplotlib.pyplot as plt
    from matplotlib.figure import Figure

    shown = f"cost_chart{(*args, hours)}"
    expected = {mode: [run(monthly_costs, *args, h, what=f"monthly_costs{(*args, h)}")[mode]
                       for h in hours] for mode in ("bajo_demanda", "aprovisionada")}
    try:
        fig = run(cost_chart, *args, list(hours), what=shown)
        check(isinstance(fig, Figure), f"{shown} debe devolver la figura de matplotlib (fig); "
                                       f"devuelve {describe(fig)}. ¿Has olvidado el return?")
        check(len(fig.axes) >= 1, f"{shown}: la figura no tiene ningún gráfico.")
        ax = fig.axes[0]
        lines = [line for line in ax.get_lines() if not line.get_label().startswith("_")]
        labels = {line.get_label().lower(): line for line in lines}
        for mode, word in (("bajo_demanda", "bajo demanda"), ("aprovisionada", "aprovisionada")):
            found = [line for label, line in labels.items() if word in label]
            check(found, f"{shown}: falta la línea con la etiqueta «{word}» (label=...); hay "
                         f"{sorted(labels)}.")
            xs = [float(x) for x in found[0].get_xdata()]
            ys = [float(y) for y in found[0].get_ydata()]
            check(xs == [float(h) for h in hours],
                  f"{shown}: la línea «{word}» debe tener un punto por cada número de horas de "
                  f"tráfico, en el eje x: {hours}; tiene {xs}.")
            check(all(math.isclose(y, e, rel_tol=1e-9, abs_tol=1e-9)
                      for y, e in zip(ys, expected[mode], strict=True)),
                  f"{shown}: la línea «{word}» debe valer, en cada punto, lo que da tu "
                  "monthly_costs con esas horas.")
        check(ax.get_title().strip(), f"{shown}: pon un título al gráfico.")
        ylabel = ax.get_ylabel().lower()
        check("$" in ylabel or "usd" in ylabel or "dólar" in ylabel,
              f"{shown}: el eje y debe decir la unidad (dólares al mes).")
        check(ax.get_xlabel().strip(), f"{shown}: pon nombre al eje x (horas de tráfico al "
                                       "mes).")
        check(ax.get_legend() is not None, f"{shown}: añade la leyenda (ax.legend()).")
    finally:
        plt.close("all")


def cost_chart(cost_chart: Callable[..., Any], monthly_costs: Callable[..., Any]) -> None:
    """Exercise 9b, visible case."""
    check_cost_chart(cost_chart, monthly_costs, (100, 10, 4), [0, 100, 200, 300, 730])
    passed("cost_chart: dos líneas con el coste mensual de cada modo, título, ejes y leyenda.")

"""Visible checks of module 12, the final project (the employee directory built end to end).

Each check function runs the visible cases of one exercise with literal expected values and,
when the answer is wrong, names the likely mistake in Spanish. The hidden cases live only in
the source notebook: they pass their own expected values to the ``check_*`` helpers here,
which build the test state in moto, compare and explain. Nothing here builds a piece of the
stack the way an exercise asks: :func:`broken_stack` builds a whole test stack (with the flaws
a hidden case asks for) for the architecture review, and returns only its names.

Where moto is not AWS, the checks test what AWS would need:

- ``run_instances`` encodes ``UserData`` in base64 for you; ``create_launch_template`` does
  not (AWS and moto refuse plain text): the check decodes the script and reads it.
- DynamoDB tables are ``ACTIVE`` at once in moto: the check looks for the wait (a waiter or a
  ``DescribeTable`` after ``CreateTable``) that AWS needs.
- target tracking never scales and the load balancer routes nothing: the checks read the
  configuration AWS would act on (subnets, sizes, the target group, the policy's target).
- moto signs presigned URLs with the old version 2 by default: the checks ask for SigV4.
"""

from __future__ import annotations

import base64
import binascii
import functools
import itertools
import json
import urllib.parse
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import boto3
from botocore.exceptions import ClientError, ParamValidationError

from . import (
    CheckFailure,
    api_calls_through,
    call_with_hint,
    check,
    check_close,
    describe,
    passed,
    recorded_calls,
)

REGION = "us-east-1"
ACCOUNT_ID = "123456789012"  # moto's account
AMI_ID = "ami-0abcdef1234567890"  # any id: moto does not validate AMIs unless told to
ANYWHERE = {"0.0.0.0/0", "::/0"}

_counter = itertools.count(1)


def fresh_name(prefix: str) -> str:
    """A name no other test has used (valid for buckets, roles, tables and groups)."""
    return f"{prefix}-{next(_counter)}-{uuid.uuid4().hex[:6]}"


@functools.cache
def client(service: str, region: str = REGION) -> Any:
    """One boto3 client per service and region for every check (a client costs ~0.1 s)."""
    return boto3.client(service, region_name=region)


def run(function: Callable[..., Any], *args: Any, what: str | None = None) -> Any:
    """``call`` plus a Spanish hint for the errors a beginner meets in this project."""
    return call_with_hint(function, *args, hint_for=_hint_for, what=what)


def _hint_for(error: BaseException | None) -> str:
    if isinstance(error, ParamValidationError):
        return ("boto3 rechaza los parámetros de la llamada: revisa sus nombres y tipos "
                "(los números como int, las listas como listas).")
    if isinstance(error, ClientError):
        code = error.response.get("Error", {}).get("Code", "")
        message = error.response.get("Error", {}).get("Message", "")
        if code == "IllegalLocationConstraintException":
            return ("fuera de us-east-1, create_bucket necesita CreateBucketConfiguration con "
                    "LocationConstraint: la región del cliente.")
        if code in {"EntityAlreadyExists", "InvalidGroup.Duplicate", "BucketAlreadyOwnedByYou",
                    "ResourceInUseException", "DuplicateLoadBalancerName"}:
            return "ese recurso ya existe: usa los nombres que recibe tu función."
        if code == "InvalidUserData.Malformed":
            return ("UserData debe ir codificado en base64: run_instances lo codifica por ti, "
                    "pero create_launch_template no.")
        if code == "ValidationException":
            return f"DynamoDB rechaza la petición: {message}"
        return f"AWS responde {code}: {message}"
    if isinstance(error, KeyError):
        return ("falta una clave en una respuesta o en un diccionario: mira qué devuelve la "
                "llamada (con print) antes de leerla.")
    return ""


def _statements(document: Any) -> list[dict]:
    if isinstance(document, str):
        document = json.loads(urllib.parse.unquote(document))
    statements = document.get("Statement", [])
    return [statements] if isinstance(statements, dict) else list(statements)


def _as_list(value: Any) -> list:
    if value is None:
        return []
    return [value] if isinstance(value, str | dict) else list(value)


def _role_statements(role_name: str, region: str = REGION) -> list[dict]:
    """Every statement of the role's inline and attached (customer managed) policies."""
    iam = client("iam", region)
    found = []
    for name in iam.list_role_policies(RoleName=role_name)["PolicyNames"]:
        found += _statements(iam.get_role_policy(RoleName=role_name,
                                                 PolicyName=name)["PolicyDocument"])
    for attached in iam.list_attached_role_policies(RoleName=role_name)["AttachedPolicies"]:
        policy = iam.get_policy(PolicyArn=attached["PolicyArn"])["Policy"]
        version = iam.get_policy_version(PolicyArn=attached["PolicyArn"],
                                         VersionId=policy["DefaultVersionId"])
        found += _statements(version["PolicyVersion"]["Document"])
    return found


# --- exercise 1: the application's role and instance profile --------------------------------

S3_ACTIONS = {"s3:GetObject", "s3:PutObject", "s3:DeleteObject"}
DYNAMODB_ACTIONS = {"dynamodb:GetItem", "dynamodb:PutItem", "dynamodb:UpdateItem",
                    "dynamodb:DeleteItem", "dynamodb:Scan", "dynamodb:Query"}


def check_app_role(create_app_role: Callable[..., Any], bucket: str, table: str,
                   region: str = REGION) -> None:
    """The role lets EC2 use only ``bucket``'s objects and ``table`` (and its indexes)."""
    iam = client("iam", region)
    role_name = fresh_name("directorio-app")
    table_arn = f"arn:aws:dynamodb:{region}:{ACCOUNT_ID}:table/{table}"
    shown = f"create_app_role(iam, {role_name!r}, {bucket!r}, {table_arn!r})"
    result = run(create_app_role, iam, role_name, bucket, table_arn, what=shown)
    try:
        role = iam.get_role(RoleName=role_name)["Role"]
    except ClientError:
        raise CheckFailure(f"{shown}: no existe el rol {role_name!r}; créalo con el nombre "
                           "que recibe la función.") from None
    trust = _statements(role["AssumeRolePolicyDocument"])
    principals = [p for s in trust if s.get("Effect") == "Allow"
                  for p in _as_list(s.get("Principal"))]
    services = [v for p in principals if isinstance(p, dict)
                for v in _as_list(p.get("Service"))]
    others = [p for p in principals if not isinstance(p, dict) or set(p) != {"Service"}]
    check(services == ["ec2.amazonaws.com"] and not others,
          f"{shown}: la política de confianza debe dejar asumir el rol solo al servicio EC2 "
          f"(Principal {{'Service': 'ec2.amazonaws.com'}}); tiene {principals}.")
    check(all("sts:AssumeRole" in _as_list(s.get("Action")) for s in trust
              if s.get("Effect") == "Allow"),
          f"{shown}: la política de confianza debe permitir la acción sts:AssumeRole.")
    profiles = iam.list_instance_profiles_for_role(RoleName=role_name)["InstanceProfiles"]
    check(profiles, f"{shown}: el rol no está en ningún perfil de instancia. Una instancia "
                    "EC2 no recibe un rol directamente, sino un perfil de instancia que lo "
                    "contiene (create_instance_profile y add_role_to_instance_profile).")
    check(result in {p["Arn"] for p in profiles},
          f"{shown} debe devolver el ARN del perfil de instancia; devuelve {describe(result)}.")
    granted: dict[str, set[str]] = {}
    for statement in _role_statements(role_name, region):
        if statement.get("Effect") != "Allow":
            continue
        check("NotAction" not in statement and "NotResource" not in statement,
              f"{shown}: no uses NotAction ni NotResource: permiten todo lo que no nombran.")
        for action in _as_list(statement.get("Action")):
            check("*" not in action,
                  f"{shown}: la acción {action!r} lleva un comodín; nombra solo las acciones "
                  "que usa la aplicación (mínimo privilegio).")
            check(action in S3_ACTIONS | DYNAMODB_ACTIONS,
                  f"{shown}: la acción {action!r} sobra: la aplicación no la usa.")
            for resource in _as_list(statement.get("Resource")):
                check(resource != "*",
                      f"{shown}: la acción {action} vale para cualquier recurso (\"*\"); "
                      "limítala al bucket o a la tabla.")
                granted.setdefault(action, set()).add(resource)
    objects = f"arn:aws:s3:::{bucket}/*"
    for action in sorted(S3_ACTIONS):
        resources = granted.get(action, set())
        check(objects in resources,
              f"{shown}: falta permitir {action} sobre los objetos del bucket ({objects}); "
              f"ahora vale para {sorted(resources) or 'nada'}.")
        check(resources <= {objects},
              f"{shown}: {action} debe valer solo para los objetos de {bucket} ({objects}); "
              f"vale también para {sorted(resources - {objects})}.")
    indexes = f"{table_arn}/index/*"
    for action in sorted(DYNAMODB_ACTIONS):
        resources = granted.get(action, set())
        check(table_arn in resources,
              f"{shown}: falta permitir {action} sobre la tabla ({table_arn}); ahora vale "
              f"para {sorted(resources) or 'nada'}.")
        extra = {r for r in resources if r != table_arn and not r.startswith(f"{table_arn}/index/")}
        check(not extra, f"{shown}: {action} debe valer solo para la tabla {table} y sus "
                         f"índices; vale también para {sorted(extra)}.")
    check(indexes in granted.get("dynamodb:Query", set())
          or f"{table_arn}/index/por_departamento" in granted.get("dynamodb:Query", set()),
          f"{shown}: la aplicación consulta el índice por_departamento: permite "
          f"dynamodb:Query también sobre {indexes} (un índice es otro recurso).")


def app_role(create_app_role: Callable[..., Any]) -> None:
    """Exercise 1: the role, its least-privilege policy and the instance profile."""
    check_app_role(create_app_role, "fotos-directorio-ana", "Empleados")
    passed("create_app_role: solo EC2 asume el rol, que usa los objetos del bucket y la tabla "
           "con sus índices, nada más; y está en su perfil de instancia.")


# --- exercise 2: the network ------------------------------------------------------------------

def _main_table(ec2: Any, vpc_id: str) -> dict:
    tables = ec2.describe_route_tables(Filters=[{"Name": "vpc-id", "Values": [vpc_id]}])
    return next(t for t in tables["RouteTables"]
                if any(a.get("Main") for a in t.get("Associations", [])))


def _table_of(ec2: Any, subnet_id: str, vpc_id: str) -> dict:
    tables = ec2.describe_route_tables(
        Filters=[{"Name": "association.subnet-id", "Values": [subnet_id]}])["RouteTables"]
    return tables[0] if tables else _main_table(ec2, vpc_id)


def _default_target(table: dict) -> str:
    for route in table.get("Routes", []):
        if route.get("DestinationCidrBlock") == "0.0.0.0/0":
            return route.get("GatewayId") or route.get("NatGatewayId") or "?"
    return ""


def check_network(build_network: Callable[..., Any], cidr: str, region: str,
                  zones: list[str]) -> None:
    """Two public and two private subnets in ``zones`` (the region's first two)."""
    import ipaddress

    ec2 = client("ec2", region)
    shown = f"build_network(ec2 de {region}, {cidr!r})"
    result = run(build_network, ec2, cidr, what=shown)
    check(isinstance(result, dict)
          and set(result) == {"vpc_id", "public_subnets", "private_subnets"},
          f"{shown} debe devolver un diccionario con las claves vpc_id, public_subnets y "
          f"private_subnets; devuelve {describe(result)}.")
    vpc_id = result["vpc_id"]
    vpcs = ec2.describe_vpcs(Filters=[{"Name": "vpc-id", "Values": [str(vpc_id)]}])["Vpcs"]
    check(vpcs and vpcs[0]["CidrBlock"] == cidr,
          f"{shown}: la VPC {vpc_id} debe existir con el bloque {cidr}.")
    network = ipaddress.ip_network(cidr)
    blocks = []
    for kind in ("public_subnets", "private_subnets"):
        ids = result[kind]
        check(isinstance(ids, list) and len(ids) == 2,
              f"{shown}: {kind} debe ser una lista con dos subredes; es {describe(ids)}.")
        subnets = {s["SubnetId"]: s for s in ec2.describe_subnets(SubnetIds=ids)["Subnets"]}
        got = [subnets[i]["AvailabilityZone"] for i in ids]
        check(got == zones,
              f"{shown}: las subredes de {kind} deben estar en las dos primeras zonas de "
              f"disponibilidad de la región, en orden: {zones}; están en {got}. Lee las zonas "
              "con describe_availability_zones en vez de escribirlas.")
        for i in ids:
            check(subnets[i]["VpcId"] == vpc_id, f"{shown}: la subred {i} no está en la VPC.")
            blocks.append(ipaddress.ip_network(subnets[i]["CidrBlock"]))
    check(all(b.subnet_of(network) for b in blocks) and len(set(blocks)) == 4,
          f"{shown}: las cuatro subredes deben tener bloques distintos dentro de {cidr}.")
    gateways = ec2.describe_internet_gateways(
        Filters=[{"Name": "attachment.vpc-id", "Values": [vpc_id]}])["InternetGateways"]
    check(gateways, f"{shown}: falta la puerta de enlace de Internet conectada a la VPC.")
    public_ids = set(result["public_subnets"])
    for subnet_id in result["public_subnets"]:
        target = _default_target(_table_of(ec2, subnet_id, vpc_id))
        check(target.startswith("igw-"),
              f"{shown}: la subred pública {subnet_id} debe tener la ruta 0.0.0.0/0 hacia la "
              f"puerta de enlace de Internet; va a {target or 'ninguna parte'}.")
    nats = ec2.describe_nat_gateways(Filters=[{"Name": "vpc-id", "Values": [vpc_id]}])
    nats = [n for n in nats["NatGateways"] if n["State"] not in {"deleted", "deleting"}]
    check(len(nats) == 1, f"{shown}: debe haber una puerta de enlace NAT; hay {len(nats)}.")
    check(nats[0]["SubnetId"] == result["public_subnets"][0],
          f"{shown}: la puerta de enlace NAT va en la primera subred pública (necesita la "
          f"ruta a Internet); está en {nats[0]['SubnetId']}.")
    for subnet_id in result["private_subnets"]:
        check(subnet_id not in public_ids, f"{shown}: una subred no puede ser pública y "
                                           "privada a la vez.")
        target = _default_target(_table_of(ec2, subnet_id, vpc_id))
        check(target == nats[0]["NatGatewayId"],
              f"{shown}: la subred privada {subnet_id} debe salir a Internet por la puerta de "
              f"enlace NAT ({nats[0]['NatGatewayId']}); su ruta 0.0.0.0/0 va a "
              f"{target or 'ninguna parte'}.")


def network(build_network: Callable[..., Any]) -> None:
    """Exercise 2: the VPC of the directory."""
    check_network(build_network, "10.0.0.0/16", "us-east-1", ["us-east-1a", "us-east-1b"])
    passed("build_network: VPC, dos subredes públicas y dos privadas en dos zonas, rutas a "
           "la puerta de enlace de Internet y a la NAT.")


# --- exercise 3: security groups --------------------------------------------------------------

def _rules(ec2: Any, group_id: str) -> set[tuple]:
    """Inbound rules as (protocol, from, to, source) tuples, one per source."""
    group = ec2.describe_security_groups(GroupIds=[group_id])["SecurityGroups"][0]
    found = set()
    for p in group.get("IpPermissions", []):
        key = (p.get("IpProtocol"), p.get("FromPort"), p.get("ToPort"))
        for r in p.get("IpRanges", []):
            found.add((*key, r["CidrIp"]))
        for r in p.get("Ipv6Ranges", []):
            found.add((*key, r["CidrIpv6"]))
        for r in p.get("UserIdGroupPairs", []):
            found.add((*key, r["GroupId"]))
        for r in p.get("PrefixListIds", []):
            found.add((*key, r["PrefixListId"]))
    return found


def check_security_groups(create_security_groups: Callable[..., Any], cidr: str) -> None:
    ec2 = client("ec2")
    vpc_id = ec2.create_vpc(CidrBlock=cidr)["Vpc"]["VpcId"]
    shown = f"create_security_groups(ec2, {vpc_id!r})"
    result = run(create_security_groups, ec2, vpc_id, what=shown)
    check(isinstance(result, tuple) and len(result) == 2,
          f"{shown} debe devolver una tupla (grupo_equilibrador, grupo_aplicacion); devuelve "
          f"{describe(result)}.")
    alb, app = result
    groups = ec2.describe_security_groups(
        Filters=[{"Name": "vpc-id", "Values": [vpc_id]}])["SecurityGroups"]
    by_id = {g["GroupId"]: g for g in groups}
    check(alb in by_id and app in by_id and alb != app,
          f"{shown}: devuelve dos grupos de seguridad distintos de la VPC {vpc_id}.")
    expected_alb = {("tcp", port, port, source) for port in (80, 443)
                    for source in ("0.0.0.0/0", "::/0")}
    got = _rules(ec2, alb)
    check(got >= expected_alb,
          f"{shown}: el grupo del equilibrador de carga debe admitir HTTP (80) y HTTPS (443) "
          "desde cualquier dirección IPv4 (0.0.0.0/0) e IPv6 (::/0); le faltan "
          f"{sorted(expected_alb - got, key=str)}.")
    check(got == expected_alb,
          f"{shown}: el grupo del equilibrador solo debe admitir 80 y 443; sobra "
          f"{sorted(got - expected_alb, key=str)}.")
    got = _rules(ec2, app)
    expected_app = {("tcp", 8000, 8000, alb)}
    check(got == expected_app,
          f"{shown}: el grupo de la aplicación debe admitir solo el puerto 8000 y solo desde "
          f"el grupo del equilibrador ({alb}), por su id y no por direcciones; tiene "
          f"{sorted(got, key=str) or 'ninguna regla'}.")


def security_groups(create_security_groups: Callable[..., Any]) -> None:
    """Exercise 3: the groups of the two tiers."""
    check_security_groups(create_security_groups, "10.0.0.0/16")
    passed("create_security_groups: 80 y 443 desde Internet (IPv4 e IPv6) al equilibrador, "
           "y 8000 solo desde su grupo a la aplicación.")


# --- exercise 4: the photo bucket -------------------------------------------------------------

def check_photo_bucket(create_photo_bucket: Callable[..., Any], region: str) -> None:
    s3 = client("s3", region)
    bucket = fresh_name("fotos-directorio")
    role_arn = f"arn:aws:iam::{ACCOUNT_ID}:role/{fresh_name('directorio-app')}"
    shown = f"create_photo_bucket(s3 de {region}, {bucket!r}, {role_arn!r})"
    run(create_photo_bucket, s3, bucket, role_arn, what=shown)
    names = {b["Name"] for b in s3.list_buckets()["Buckets"]}
    check(bucket in names, f"{shown}: no existe el bucket {bucket!r}.")
    location = s3.get_bucket_location(Bucket=bucket).get("LocationConstraint") or "us-east-1"
    check(location == region,
          f"{shown}: el bucket debe estar en la región del cliente ({region}); está en "
          f"{location}.")
    try:
        block = s3.get_public_access_block(Bucket=bucket)["PublicAccessBlockConfiguration"]
    except ClientError:
        block = {}
    flags = ("BlockPublicAcls", "IgnorePublicAcls", "BlockPublicPolicy",
             "RestrictPublicBuckets")
    off = [f for f in flags if not block.get(f)]
    check(not off, f"{shown}: el bloqueo de acceso público debe tener las cuatro opciones "
                   f"activadas; faltan {off}.")
    try:
        rules = s3.get_bucket_encryption(Bucket=bucket)["ServerSideEncryptionConfiguration"]
    except ClientError:
        rules = {"Rules": []}
    algorithms = [r.get("ApplyServerSideEncryptionByDefault", {}).get("SSEAlgorithm")
                  for r in rules["Rules"]]
    check(any(a in {"AES256", "aws:kms"} for a in algorithms),
          f"{shown}: configura el cifrado predeterminado del bucket (SSE-S3, AES256).")
    try:
        policy = json.loads(s3.get_bucket_policy(Bucket=bucket)["Policy"])
    except ClientError:
        raise CheckFailure(f"{shown}: el bucket no tiene política de bucket.") from None
    objects = f"arn:aws:s3:::{bucket}/*"
    allowed: set[str] = set()
    for statement in _statements(policy):
        if statement.get("Effect") != "Allow":
            continue
        principals = _as_list(statement.get("Principal"))
        arns = [a for p in principals if isinstance(p, dict) for a in _as_list(p.get("AWS"))]
        check(principals and all(isinstance(p, dict) and set(p) == {"AWS"}
                                 for p in principals) and arns == [role_arn],
              f"{shown}: la política debe dar permiso solo al rol de la aplicación "
              f"({{'AWS': '{role_arn}'}}); da permiso a {principals}. Nunca \"*\".")
        resources = _as_list(statement.get("Resource"))
        check(resources == [objects],
              f"{shown}: la política vale para los objetos del bucket ({objects}); "
              f"nombra {resources}.")
        for action in _as_list(statement.get("Action")):
            check(action in S3_ACTIONS, f"{shown}: la acción {action!r} sobra en la "
                                        "política (solo leer, subir y borrar objetos).")
            allowed.add(action)
    check(allowed == S3_ACTIONS,
          f"{shown}: la política debe permitir al rol {sorted(S3_ACTIONS)}; permite "
          f"{sorted(allowed)}.")


def photo_bucket(create_photo_bucket: Callable[..., Any]) -> None:
    """Exercise 4: the private, encrypted photo bucket with its policy."""
    check_photo_bucket(create_photo_bucket, "us-east-1")
    passed("create_photo_bucket: bucket en su región, sin acceso público, cifrado, y con una "
           "política que solo deja al rol leer, subir y borrar fotos.")


# --- exercise 5: the table --------------------------------------------------------------------

def check_table(create_employee_table: Callable[..., Any], region: str) -> None:
    dynamodb = client("dynamodb", region)
    name = fresh_name("Empleados")
    shown = f"create_employee_table(dynamodb de {region}, {name!r})"
    with recorded_calls() as calls:
        result = run(create_employee_table, dynamodb, name, what=shown)
    operations = [op for service, op, _ in calls if service == "dynamodb"]
    check("CreateTable" in operations, f"{shown}: no crea la tabla (create_table).")
    after = operations[operations.index("CreateTable") + 1:]
    check("DescribeTable" in after,
          f"{shown}: en AWS una tabla nueva pasa unos segundos en CREATING y no admite "
          "escrituras; espera a que esté ACTIVE (el waiter table_exists) antes de devolver. "
          "moto la crea activa al momento, por eso las pruebas miran las llamadas.")
    table = dynamodb.describe_table(TableName=name)["Table"]
    check(result == table["TableArn"],
          f"{shown} debe devolver el ARN de la tabla; devuelve {describe(result)}.")
    check(table["KeySchema"] == [{"AttributeName": "id", "KeyType": "HASH"}],
          f"{shown}: la clave principal es solo la clave de partición «id»; es "
          f"{table['KeySchema']}.")
    types = {a["AttributeName"]: a["AttributeType"] for a in table["AttributeDefinitions"]}
    check(types.get("id") == "S", f"{shown}: «id» debe ser de tipo texto (S).")
    mode = table.get("BillingModeSummary", {}).get("BillingMode", "PROVISIONED")
    check(mode == "PAY_PER_REQUEST",
          f"{shown}: la tabla debe ser bajo demanda (BillingMode PAY_PER_REQUEST); es {mode}.")
    indexes = {i["IndexName"]: i for i in table.get("GlobalSecondaryIndexes", [])}
    check(set(indexes) == {"por_departamento"},
          f"{shown}: la tabla debe tener un índice secundario global, por_departamento; "
          f"tiene {sorted(indexes) or 'ninguno'}.")
    index = indexes["por_departamento"]
    check(index["KeySchema"] == [{"AttributeName": "departamento", "KeyType": "HASH"},
                                 {"AttributeName": "nombre", "KeyType": "RANGE"}],
          f"{shown}: el índice por_departamento tiene la clave de partición «departamento» y "
          f"la de ordenación «nombre»; tiene {index['KeySchema']}.")
    check(types.get("departamento") == "S" and types.get("nombre") == "S",
          f"{shown}: «departamento» y «nombre» son texto (S).")
    check(index["Projection"].get("ProjectionType") == "ALL",
          f"{shown}: el índice debe proyectar todos los atributos (ALL), para que la lista "
          "de un departamento no tenga que leer la tabla otra vez.")


def employee_table(create_employee_table: Callable[..., Any]) -> None:
    """Exercise 5: the Employees table and its index."""
    check_table(create_employee_table, "us-east-1")
    passed("create_employee_table: clave «id», índice por_departamento (departamento, "
           "nombre) con todo proyectado, bajo demanda, y esperas a que esté activa.")


# --- exercises 6-8: the data layer -----------------------------------------------------------

def new_table() -> str:
    """An Employees table as exercise 5 describes it (test state for the data layer)."""
    name = fresh_name("EmpleadosPrueba")
    client("dynamodb").create_table(
        TableName=name, BillingMode="PAY_PER_REQUEST",
        KeySchema=[{"AttributeName": "id", "KeyType": "HASH"}],
        AttributeDefinitions=[{"AttributeName": n, "AttributeType": "S"}
                              for n in ("id", "departamento", "nombre")],
        GlobalSecondaryIndexes=[{
            "IndexName": "por_departamento", "Projection": {"ProjectionType": "ALL"},
            "KeySchema": [{"AttributeName": "departamento", "KeyType": "HASH"},
                          {"AttributeName": "nombre", "KeyType": "RANGE"}]}])
    return name


def new_bucket() -> str:
    name = fresh_name("fotos-prueba")
    client("s3").create_bucket(Bucket=name)
    return name


def _put_raw(table: str, item: dict[str, str]) -> None:
    client("dynamodb").put_item(TableName=table, Item={k: {"S": v} for k, v in item.items()})


def _raw(table: str, employee_id: str) -> dict[str, str] | None:
    item = client("dynamodb").get_item(TableName=table, Key={"id": {"S": employee_id}},
                                       ConsistentRead=True).get("Item")
    if item is None:
        return None
    return {k: next(iter(v.values())) for k, v in item.items()}


def check_save(save_employee: Callable[..., Any], employee: dict, expected: dict | None
               ) -> None:
    """``save_employee`` stores ``employee``: ``expected`` is the item in the table (without
    ``id`` when a new one must be made), or None when it must raise ValueError."""
    dynamodb = client("dynamodb")
    table = new_table()
    shown = f"save_employee(dynamodb, {table!r}, {employee!r})"
    if expected is None:
        try:
            result = save_employee(dynamodb, table, dict(employee))
        except ValueError:
            items = dynamodb.scan(TableName=table)["Items"]
            check(not items, f"{shown}: lanza ValueError, pero antes guarda algo.")
            return
        except NotImplementedError:
            raise CheckFailure(f"{shown}: la función aún no está hecha.") from None
        except Exception as exc:
            raise CheckFailure(f"{shown} debe lanzar ValueError (falta el nombre o el "
                               f"departamento), pero lanza {type(exc).__name__}: {exc}"
                               ) from None
        raise CheckFailure(f"{shown} devuelve {describe(result)}: sin nombre o sin "
                           "departamento, lanza ValueError y no guardes nada.")
    result = run(save_employee, dynamodb, table, dict(employee), what=shown)
    check(isinstance(result, str) and result,
          f"{shown} debe devolver el id del empleado (texto); devuelve {describe(result)}.")
    if employee.get("id"):
        check(result == employee["id"], f"{shown}: el empleado ya tiene id: devuelve ese, "
                                        f"{employee['id']!r}, no {result!r}.")
    stored = _raw(table, result)
    check(stored is not None, f"{shown}: no hay ningún elemento con id {result!r} en la "
                              "tabla.")
    check(stored == {**expected, "id": result},
          f"{shown}: en la tabla queda {stored}; debería quedar {({**expected, 'id': result})} "
          "(solo esos atributos, como texto, y «foto» solo si el empleado la tiene).")
    items = dynamodb.scan(TableName=table)["Items"]
    check(len(items) == 1, f"{shown}: guarda un elemento; hay {len(items)}.")
    if not employee.get("id"):
        again = run(save_employee, dynamodb, table, dict(employee), what=shown)
        check(again != result, f"{shown}: dos empleados nuevos reciben el mismo id "
                               f"({result!r}); genera uno único cada vez (uuid).")


def check_update(save_employee: Callable[..., Any]) -> None:
    """Saving with an existing id replaces that employee (the edit form)."""
    dynamodb = client("dynamodb")
    table = new_table()
    _put_raw(table, {"id": "e-1", "nombre": "Ana Ruiz", "puesto": "Analista",
                     "departamento": "Datos", "foto": "fotos/e-1.jpg"})
    edited = {"id": "e-1", "nombre": "Ana Ruiz", "puesto": "Jefa de datos",
              "departamento": "Datos"}
    shown = f"save_employee(dynamodb, {table!r}, {edited!r})"
    run(save_employee, dynamodb, table, dict(edited), what=shown)
    check(_raw(table, "e-1") == edited,
          f"{shown}: al editar, el elemento debe quedar exactamente como el empleado que se "
          f"guarda (sin la foto que ya no tiene); queda {_raw(table, 'e-1')}.")


def check_get(get_employee: Callable[..., Any], stored: dict[str, str], asked: str,
              expected: dict | None) -> None:
    dynamodb = client("dynamodb")
    table = new_table()
    _put_raw(table, stored)
    shown = f"get_employee(dynamodb, {table!r}, {asked!r})"
    result = run(get_employee, dynamodb, table, asked, what=shown)
    check(result == expected,
          f"{shown} debe devolver {expected!r}; devuelve {describe(result)}. Un diccionario "
          "de Python con valores de texto (sin los {'S': ...} de DynamoDB), o None si no "
          "existe.")


def save_and_get(save_employee: Callable[..., Any], get_employee: Callable[..., Any]) -> None:
    """Exercise 6: save (create and edit) and read one employee."""
    check_save(save_employee, {"nombre": "Ana Ruiz", "puesto": "Analista",
                               "departamento": "Datos"},
               {"nombre": "Ana Ruiz", "puesto": "Analista", "departamento": "Datos"})
    check_save(save_employee, {"nombre": "", "puesto": "Analista", "departamento": "Datos"},
               None)
    check_get(get_employee, {"id": "e-7", "nombre": "Luis Gil", "puesto": "Técnico",
                             "departamento": "Sistemas"}, "e-7",
              {"id": "e-7", "nombre": "Luis Gil", "puesto": "Técnico",
               "departamento": "Sistemas"})
    check_get(get_employee, {"id": "e-7", "nombre": "Luis Gil", "puesto": "Técnico",
                             "departamento": "Sistemas"}, "e-8", None)
    passed("save_employee y get_employee: guardan y leen un empleado; sin nombre, ValueError; "
           "un id que no existe da None.")


@contextmanager
def small_pages(size: int = 2) -> Iterator[None]:
    """DynamoDB answers Scan and Query in pages of ``size`` items, as AWS does with 1 MB."""
    def make(original: Any) -> Any:
        def paged(api_client: Any, operation: str, params: dict[str, Any]) -> Any:
            if (api_client.meta.service_model.service_name == "dynamodb"
                    and operation in {"Scan", "Query"}):
                params = {**params, "Limit": min(params.get("Limit", size), size)}
            return original(api_client, operation, params)
        return paged

    with api_calls_through(make):
        yield


def check_list(list_employees: Callable[..., Any], people: list[dict[str, str]],
               department: str | None, expected_names: list[str]) -> None:
    """``list_employees`` with pages of two items: every employee (of ``department``),
    sorted by name; a department is read with Query on the index, never with Scan."""
    dynamodb = client("dynamodb")
    table = new_table()
    for person in people:
        _put_raw(table, person)
    shown = f"list_employees(dynamodb, {table!r}, {department!r})"
    with small_pages(2), recorded_calls() as calls:
        result = run(list_employees, dynamodb, table, department, what=shown)
    check(isinstance(result, list) and all(isinstance(e, dict) for e in result),
          f"{shown} debe devolver una lista de diccionarios; devuelve {describe(result)}.")
    names = [e.get("nombre") for e in result]
    check(sorted(names, key=str) == sorted(expected_names),
          f"{shown} devuelve {names}; deberían salir {sorted(expected_names)}. DynamoDB "
          "contesta por páginas: sigue LastEvaluatedKey hasta el final.")
    check(names == expected_names,
          f"{shown}: ordena la lista por nombre; sale {names}.")
    by_name = {p["nombre"]: p for p in people}
    for employee in result:
        check(employee == by_name[employee["nombre"]],
              f"{shown}: cada empleado es un diccionario con sus atributos como texto; "
              f"sale {employee}.")
    operations = [(op, params) for service, op, params in calls if service == "dynamodb"]
    if department is not None:
        check(all(op != "Scan" for op, _ in operations),
              f"{shown}: para un departamento usa query sobre el índice por_departamento: "
              "scan lee la tabla entera (y la paga entera).")
        check(any(op == "Query" and params.get("IndexName") == "por_departamento"
                  for op, params in operations),
              f"{shown}: consulta el índice por_departamento (IndexName).")


def check_delete(delete_employee: Callable[..., Any], with_photo: bool, exists: bool) -> None:
    dynamodb, s3 = client("dynamodb"), client("s3")
    table, bucket = new_table(), new_bucket()
    person = {"id": "e-3", "nombre": "Eva Sanz", "puesto": "Diseñadora",
              "departamento": "Producto"}
    s3.put_object(Bucket=bucket, Key="fotos/otra.jpg", Body=b"otra")
    _put_raw(table, {"id": "e-4", "nombre": "Otro", "puesto": "x", "departamento": "Producto",
                     "foto": "fotos/otra.jpg"})
    if exists:
        if with_photo:
            person["foto"] = "fotos/e-3.png"
            s3.put_object(Bucket=bucket, Key="fotos/e-3.png", Body=b"png")
        _put_raw(table, person)
    shown = f"delete_employee(dynamodb, s3, {table!r}, {bucket!r}, 'e-3')"
    result = run(delete_employee, dynamodb, s3, table, bucket, "e-3", what=shown)
    check(result is exists,
          f"{shown} debe devolver {exists} ({'existía' if exists else 'no existía'}); "
          f"devuelve {describe(result)}.")
    check(_raw(table, "e-3") is None, f"{shown}: el empleado sigue en la tabla.")
    check(_raw(table, "e-4") is not None, f"{shown}: borra solo ese empleado.")
    keys = {o["Key"] for o in s3.list_objects_v2(Bucket=bucket).get("Contents", [])}
    check("fotos/e-3.png" not in keys,
          f"{shown}: borra también su foto del bucket (la clave está en su atributo «foto»).")
    check("fotos/otra.jpg" in keys, f"{shown}: borra solo la foto de ese empleado.")


PEOPLE = [
    {"id": "1", "nombre": "Marta Vidal", "puesto": "Jefa", "departamento": "Ventas"},
    {"id": "2", "nombre": "Carlos Pino", "puesto": "Comercial", "departamento": "Ventas"},
    {"id": "3", "nombre": "Ana Ruiz", "puesto": "Analista", "departamento": "Datos"},
    {"id": "4", "nombre": "Bea Soto", "puesto": "Comercial", "departamento": "Ventas"},
    {"id": "5", "nombre": "Diego Paz", "puesto": "Técnico", "departamento": "Sistemas"},
]


def list_and_delete(list_employees: Callable[..., Any],
                    delete_employee: Callable[..., Any]) -> None:
    """Exercise 7: list (all, or a department through the index) and delete."""
    check_list(list_employees, PEOPLE, None,
               ["Ana Ruiz", "Bea Soto", "Carlos Pino", "Diego Paz", "Marta Vidal"])
    check_list(list_employees, PEOPLE, "Ventas", ["Bea Soto", "Carlos Pino", "Marta Vidal"])
    check_delete(delete_employee, with_photo=True, exists=True)
    passed("list_employees y delete_employee: todas las páginas, ordenados por nombre, un "
           "departamento por el índice; y borrar quita el empleado y su foto.")


def _query(url: str) -> dict[str, str]:
    return dict(urllib.parse.parse_qsl(urllib.parse.urlsplit(url).query))


def check_upload(upload_photo: Callable[..., Any], employee_id: str, content_type: str,
                 expected_key: str | None) -> None:
    s3 = client("s3")
    bucket = new_bucket()
    data = b"\x89PNG..." if "png" in content_type else b"\xff\xd8\xff foto"
    shown = f"upload_photo(s3, {bucket!r}, {employee_id!r}, datos, {content_type!r})"
    if expected_key is None:
        try:
            result = upload_photo(s3, bucket, employee_id, data, content_type)
        except ValueError:
            keys = s3.list_objects_v2(Bucket=bucket).get("Contents", [])
            check(not keys, f"{shown}: lanza ValueError, pero antes sube el fichero.")
            return
        except NotImplementedError:
            raise CheckFailure(f"{shown}: la función aún no está hecha.") from None
        except Exception as exc:
            raise CheckFailure(f"{shown} debe lanzar ValueError, pero lanza "
                               f"{type(exc).__name__}: {exc}") from None
        raise CheckFailure(f"{shown} devuelve {describe(result)}: solo se aceptan fotos JPEG "
                           "o PNG; con otro tipo, lanza ValueError sin subir nada.")
    result = run(upload_photo, s3, bucket, employee_id, data, content_type, what=shown)
    check(result == expected_key,
          f"{shown} debe devolver la clave {expected_key!r}; devuelve {describe(result)}.")
    try:
        stored = s3.get_object(Bucket=bucket, Key=expected_key)
    except ClientError:
        raise CheckFailure(f"{shown}: no hay ningún objeto {expected_key!r} en el "
                           "bucket.") from None
    check(stored["Body"].read() == data, f"{shown}: el objeto no tiene los bytes de la foto.")
    check(stored.get("ContentType") == content_type,
          f"{shown}: sube la foto con su tipo de contenido (ContentType={content_type!r}), "
          "para que el navegador la muestre como imagen.")


def check_photo_url(photo_url: Callable[..., Any], key: str, expires_in: int) -> None:
    import requests

    s3 = client("s3")
    bucket = new_bucket()
    s3.put_object(Bucket=bucket, Key=key, Body=b"foto", ContentType="image/jpeg")
    shown = f"photo_url(s3, {bucket!r}, {key!r}, {expires_in})"
    url = run(photo_url, s3, bucket, key, expires_in, what=shown)
    check(isinstance(url, str) and url.startswith("http"),
          f"{shown} debe devolver una URL (texto que empieza por http); devuelve "
          f"{describe(url)}.")
    query = _query(url)
    check(query.get("X-Amz-Algorithm") == "AWS4-HMAC-SHA256",
          f"{shown}: la URL está firmada con la versión 2 de la firma (AWSAccessKeyId=...), "
          "que S3 no acepta en los buckets nuevos: firma con SigV4 (un cliente con "
          "Config(signature_version=\"s3v4\")).")
    check(query.get("X-Amz-Expires") == str(expires_in),
          f"{shown}: la URL caduca a los {query.get('X-Amz-Expires')} s; se pidieron "
          f"{expires_in}.")
    path = urllib.parse.unquote(urllib.parse.urlsplit(url).path)
    check(path.endswith("/" + key) and bucket in url,
          f"{shown}: la URL no apunta a {bucket}/{key}.")
    check(requests.get(url, timeout=5).status_code == 200,
          f"{shown}: la URL no descarga la foto (¿firma get_object?).")


def photos(upload_photo: Callable[..., Any], photo_url: Callable[..., Any]) -> None:
    """Exercise 8: upload a photo and hand out a presigned URL for it."""
    check_upload(upload_photo, "e-1", "image/jpeg", "fotos/e-1.jpg")
    check_upload(upload_photo, "e-1", "application/pdf", None)
    check_photo_url(photo_url, "fotos/e-1.jpg", 900)
    passed("upload_photo y photo_url: la foto en fotos/<id>.jpg con su tipo, otros tipos "
           "rechazados, y una URL prefirmada con SigV4 que caduca cuando se pide.")


# --- exercise 9: the launch template ------------------------------------------------------------

def check_template(create_launch_template: Callable[..., Any], region: str, bucket: str,
                   table: str) -> None:
    ec2 = client("ec2", region)
    name = fresh_name("directorio")
    profile = f"arn:aws:iam::{ACCOUNT_ID}:instance-profile/{fresh_name('perfil')}"
    vpc_id = ec2.create_vpc(CidrBlock="10.9.0.0/16")["Vpc"]["VpcId"]
    group = ec2.create_security_group(GroupName=fresh_name("app"), Description="app",
                                      VpcId=vpc_id)["GroupId"]
    shown = (f"create_launch_template(ec2 de {region}, {name!r}, {AMI_ID!r}, perfil, "
             f"{group!r}, {bucket!r}, {table!r})")
    result = run(create_launch_template, ec2, name, AMI_ID, profile, group, bucket, table,
                 what=shown)
    templates = ec2.describe_launch_templates(
        Filters=[{"Name": "launch-template-name", "Values": [name]}])["LaunchTemplates"]
    check(templates, f"{shown}: no existe la plantilla de lanzamiento {name!r}.")
    check(result == templates[0]["LaunchTemplateId"],
          f"{shown} debe devolver el id de la plantilla (lt-...); devuelve {describe(result)}.")
    data = ec2.describe_launch_template_versions(
        LaunchTemplateId=result, Versions=["$Latest"])["LaunchTemplateVersions"][0][
        "LaunchTemplateData"]
    check(data.get("ImageId") == AMI_ID and data.get("InstanceType") == "t3.micro",
          f"{shown}: la plantilla usa la AMI recibida y el tipo t3.micro; tiene "
          f"{data.get('ImageId')} y {data.get('InstanceType')}.")
    check(data.get("IamInstanceProfile") in ({"Arn": profile},),
          f"{shown}: la plantilla debe llevar el perfil de instancia por su ARN "
          f"(IamInstanceProfile={{'Arn': ...}}); lleva {data.get('IamInstanceProfile')}.")
    interfaces = data.get("NetworkInterfaces", [])
    check(not any(i.get("AssociatePublicIpAddress") for i in interfaces),
          f"{shown}: las instancias van en subredes privadas, sin IP pública.")
    groups = list(data.get("SecurityGroupIds", [])) + [
        g for i in interfaces for g in i.get("Groups", [])]
    check(groups == [group], f"{shown}: las instancias llevan solo el grupo de la aplicación "
                             f"({group}); llevan {groups}.")
    check(data.get("MetadataOptions", {}).get("HttpTokens") == "required",
          f"{shown}: exige IMDSv2 (MetadataOptions HttpTokens=\"required\").")
    volumes = [m for m in data.get("BlockDeviceMappings", []) if "Ebs" in m]
    check(volumes and all(m["Ebs"].get("Encrypted") is True for m in volumes),
          f"{shown}: el volumen raíz debe ir cifrado (BlockDeviceMappings con "
          "Ebs Encrypted=True).")
    raw = data.get("UserData", "")
    try:
        script = base64.b64decode(raw, validate=True).decode("utf-8")
    except (binascii.Error, UnicodeDecodeError, ValueError):
        raise CheckFailure(
            f"{shown}: UserData debe ir codificado en base64 (run_instances lo codifica por "
            "ti, pero create_launch_template no).") from None
    check(script.startswith("#!"), f"{shown}: el script de datos de usuario empieza por "
                                   "«#!/bin/bash» para que cloud-init lo ejecute.")
    for variable, value in (("PHOTOS_BUCKET", bucket), ("DYNAMO_TABLE", table),
                            ("AWS_REGION", region)):
        check(f"{variable}={value}" in script.replace('"', "").replace("'", ""),
              f"{shown}: el script debe dar a la aplicación {variable}={value}; dice:\n"
              f"{script}")


def launch_template(create_launch_template: Callable[..., Any]) -> None:
    """Exercise 9: the launch template with the user data that starts the app."""
    check_template(create_launch_template, "us-east-1", "fotos-directorio-ana", "Empleados")
    passed("create_launch_template: AMI, t3.micro, perfil, grupo, IMDSv2, disco cifrado y un "
           "script en base64 con la configuración de la aplicación.")


# --- exercises 10-11: load balancer and Auto Scaling ------------------------------------------

def _network(region: str, zones: tuple[str, str]) -> dict:
    """A VPC with two public and two private subnets (test state, no routes needed)."""
    ec2 = client("ec2", region)
    vpc_id = ec2.create_vpc(CidrBlock="10.7.0.0/16")["Vpc"]["VpcId"]
    subnets = [ec2.create_subnet(VpcId=vpc_id, CidrBlock=f"10.7.{n}.0/24",
                                 AvailabilityZone=zone)["Subnet"]["SubnetId"]
               for n, zone in enumerate(zones * 2)]
    return {"vpc_id": vpc_id, "public_subnets": subnets[:2], "private_subnets": subnets[2:]}


def _clean_load_balancing(region: str, vpc_id: str) -> None:
    """Delete the load balancers, target groups and Auto Scaling groups a check's own VPC got,
    so that running a test cell again does not meet the names of the last run."""
    elbv2, autoscaling = client("elbv2", region), client("autoscaling", region)
    subnets = {s["SubnetId"] for s in client("ec2", region).describe_subnets(
        Filters=[{"Name": "vpc-id", "Values": [vpc_id]}])["Subnets"]}
    groups = [g for page in autoscaling.get_paginator("describe_auto_scaling_groups").paginate()
              for g in page["AutoScalingGroups"]]
    for group in groups:
        if set(group.get("VPCZoneIdentifier", "").split(",")) & subnets:
            autoscaling.delete_auto_scaling_group(
                AutoScalingGroupName=group["AutoScalingGroupName"], ForceDelete=True)
    for page in elbv2.get_paginator("describe_load_balancers").paginate():
        for lb in page["LoadBalancers"]:
            if lb.get("VpcId") == vpc_id:
                elbv2.delete_load_balancer(LoadBalancerArn=lb["LoadBalancerArn"])
    target_groups = [t for page in elbv2.get_paginator("describe_target_groups").paginate()
                     for t in page["TargetGroups"]]
    for tg in target_groups:
        if tg.get("VpcId") == vpc_id:
            elbv2.delete_target_group(TargetGroupArn=tg["TargetGroupArn"])


def check_load_balancer(create_load_balancer: Callable[..., Any], region: str,
                        zones: tuple[str, str]) -> None:
    elbv2, ec2 = client("elbv2", region), client("ec2", region)
    net = _network(region, zones)
    sg = ec2.create_security_group(GroupName=fresh_name("alb"), Description="alb",
                                   VpcId=net["vpc_id"])["GroupId"]
    shown = f"create_load_balancer(elbv2 de {region}, red, {sg!r})"
    try:
        _check_load_balancer(create_load_balancer, elbv2, net, sg, shown)
    finally:
        _clean_load_balancing(region, net["vpc_id"])


def _check_load_balancer(create_load_balancer: Callable[..., Any], elbv2: Any, net: dict,
                         sg: str, shown: str) -> None:
    result = run(create_load_balancer, elbv2, net, sg, what=shown)
    check(isinstance(result, tuple) and len(result) == 2,
          f"{shown} debe devolver una tupla (arn_equilibrador, arn_grupo_destino); devuelve "
          f"{describe(result)}.")
    lb_arn, tg_arn = result
    lbs = [lb for lb in elbv2.describe_load_balancers()["LoadBalancers"]
           if lb["LoadBalancerArn"] == lb_arn]
    check(lbs, f"{shown}: el primer valor no es el ARN de un equilibrador de carga.")
    lb = lbs[0]
    # Without Scheme, AWS makes an internet-facing load balancer; moto leaves it empty.
    scheme = lb.get("Scheme") or "internet-facing"
    check(lb.get("Type") == "application" and scheme == "internet-facing",
          f"{shown}: el equilibrador es de aplicación (application) y expuesto a Internet "
          f"(internet-facing); es {lb.get('Type')} y {scheme}.")
    subnets = sorted(z["SubnetId"] for z in lb["AvailabilityZones"])
    check(subnets == sorted(net["public_subnets"]),
          f"{shown}: el equilibrador va en las dos subredes públicas "
          f"{net['public_subnets']}; está en {subnets}.")
    check(lb.get("SecurityGroups") == [sg],
          f"{shown}: el equilibrador lleva el grupo de seguridad recibido ({sg}).")
    tgs = elbv2.describe_target_groups(LoadBalancerArn=lb_arn)["TargetGroups"]
    tg = next((t for t in tgs if t["TargetGroupArn"] == tg_arn), None)
    check(tg is not None, f"{shown}: el segundo valor debe ser el ARN del grupo de destino al "
                          "que el oyente manda el tráfico.")
    check((tg["Protocol"], tg["Port"], tg["VpcId"], tg.get("TargetType", "instance"))
          == ("HTTP", 8000, net["vpc_id"], "instance"),
          f"{shown}: el grupo de destino es HTTP al puerto 8000, de instancias, en la VPC; es "
          f"{tg['Protocol']} {tg['Port']} {tg.get('TargetType')} en {tg['VpcId']}.")
    check(tg.get("HealthCheckPath") == "/salud",
          f"{shown}: la comprobación de estado pide /salud; pide {tg.get('HealthCheckPath')}.")
    listeners = elbv2.describe_listeners(LoadBalancerArn=lb_arn)["Listeners"]
    check(len(listeners) == 1 and listeners[0]["Protocol"] == "HTTP"
          and listeners[0]["Port"] == 80,
          f"{shown}: el equilibrador tiene un oyente HTTP en el puerto 80; tiene "
          f"{[(x['Protocol'], x['Port']) for x in listeners]}.")
    actions = listeners[0]["DefaultActions"]
    check(len(actions) == 1 and actions[0]["Type"] == "forward"
          and tg_arn in {actions[0].get("TargetGroupArn")} | {
              t["TargetGroupArn"] for t in actions[0].get("ForwardConfig", {}).get(
                  "TargetGroups", [])},
          f"{shown}: la acción predeterminada del oyente reenvía (forward) al grupo de "
          f"destino; es {actions}.")


def load_balancer(create_load_balancer: Callable[..., Any]) -> None:
    """Exercise 10: ALB, target group and listener."""
    check_load_balancer(create_load_balancer, "us-east-1", ("us-east-1a", "us-east-1b"))
    passed("create_load_balancer: equilibrador de aplicación en las subredes públicas, grupo "
           "de destino HTTP:8000 con /salud y oyente en el 80.")


def check_auto_scaling(create_auto_scaling: Callable[..., Any], region: str,
                       zones: tuple[str, str]) -> None:
    autoscaling, ec2 = client("autoscaling", region), client("ec2", region)
    net = _network(region, zones)
    template = ec2.create_launch_template(
        LaunchTemplateName=fresh_name("lt"),
        LaunchTemplateData={"ImageId": AMI_ID, "InstanceType": "t3.micro"})
    template_id = template["LaunchTemplate"]["LaunchTemplateId"]
    tg_arn = client("elbv2", region).create_target_group(
        Name=fresh_name("tg")[:32], Protocol="HTTP", Port=8000, VpcId=net["vpc_id"],
        TargetType="instance")["TargetGroups"][0]["TargetGroupArn"]
    shown = f"create_auto_scaling(autoscaling de {region}, red, {template_id!r}, grupo)"
    try:
        _check_auto_scaling(create_auto_scaling, autoscaling, net, template_id, tg_arn, shown)
    finally:
        _clean_load_balancing(region, net["vpc_id"])


def _check_auto_scaling(create_auto_scaling: Callable[..., Any], autoscaling: Any, net: dict,
                        template_id: str, tg_arn: str, shown: str) -> None:
    result = run(create_auto_scaling, autoscaling, net, template_id, tg_arn, what=shown)
    groups = autoscaling.describe_auto_scaling_groups(
        AutoScalingGroupNames=[str(result)])["AutoScalingGroups"]
    check(groups, f"{shown} debe devolver el nombre del grupo de Auto Scaling; devuelve "
                  f"{describe(result)}.")
    group = groups[0]
    check((group["MinSize"], group["MaxSize"], group["DesiredCapacity"]) == (2, 4, 2),
          f"{shown}: el grupo tiene mínimo 2, máximo 4 y capacidad deseada 2; tiene "
          f"{group['MinSize']}, {group['MaxSize']} y {group['DesiredCapacity']}.")
    subnets = sorted(s for s in group.get("VPCZoneIdentifier", "").split(",") if s)
    check(subnets == sorted(net["private_subnets"]),
          f"{shown}: el grupo lanza en las dos subredes privadas {net['private_subnets']} "
          f"(una por zona); usa {subnets}.")
    spec = group.get("LaunchTemplate") or group.get("MixedInstancesPolicy", {}).get(
        "LaunchTemplate", {}).get("LaunchTemplateSpecification", {})
    check(spec.get("LaunchTemplateId") == template_id,
          f"{shown}: el grupo usa la plantilla {template_id}; usa {spec}.")
    check(spec.get("Version") in {"$Latest", "$Default"},
          f"{shown}: indica la versión de la plantilla ($Latest o $Default).")
    check(group.get("TargetGroupARNs") == [tg_arn],
          f"{shown}: el grupo registra sus instancias en el grupo de destino recibido "
          "(TargetGroupARNs).")
    check(group.get("HealthCheckType") == "ELB",
          f"{shown}: usa la comprobación de estado del equilibrador (HealthCheckType "
          "\"ELB\"): así se reemplaza una instancia que no responde aunque siga encendida.")
    policies = autoscaling.describe_policies(AutoScalingGroupName=group[
        "AutoScalingGroupName"])["ScalingPolicies"]
    tracking = [p for p in policies if p.get("PolicyType") == "TargetTrackingScaling"]
    check(len(tracking) == 1,
          f"{shown}: el grupo tiene una política de escalado de seguimiento de destino "
          f"(TargetTrackingScaling); tiene {[p.get('PolicyType') for p in policies]}.")
    config = tracking[0]["TargetTrackingConfiguration"]
    metric = config.get("PredefinedMetricSpecification", {}).get("PredefinedMetricType")
    check(metric == "ASGAverageCPUUtilization" and config.get("TargetValue") == 60,
          f"{shown}: la política sigue la CPU media del grupo (ASGAverageCPUUtilization) "
          f"con un objetivo del 60 %; sigue {metric} al {config.get('TargetValue')}.")


def auto_scaling(create_auto_scaling: Callable[..., Any]) -> None:
    """Exercise 11: the Auto Scaling group in two AZs with target tracking."""
    check_auto_scaling(create_auto_scaling, "us-east-1", ("us-east-1a", "us-east-1b"))
    passed("create_auto_scaling: 2-4 instancias en las subredes privadas de dos zonas, en el "
           "grupo de destino, con comprobación ELB y seguimiento de la CPU al 60 %.")


# --- exercises 12-13: the architecture review and the fix --------------------------------------

FINDINGS = ("ssh_abierto", "bucket_publico", "rol_comodin", "una_zona", "subred_publica",
            "ebs_sin_cifrar")


def broken_stack(flaws: tuple[str, ...] = ()) -> dict[str, str]:
    """A deployed directory stack with the given ``flaws`` (test state for exercises 12-13).

    Without flaws it passes every review. Returns its names: vpc_id, bucket, role_name,
    group_name (the Auto Scaling group, at zero instances to keep the tests fast)."""
    ec2, s3, iam = client("ec2"), client("s3"), client("iam")
    autoscaling = client("autoscaling")
    vpc_id = ec2.create_vpc(CidrBlock="10.0.0.0/16")["Vpc"]["VpcId"]
    zones = ["us-east-1c", "us-east-1d", "us-east-1c", "us-east-1c" if "una_zona" in flaws
             else "us-east-1d"]
    subnets = [ec2.create_subnet(VpcId=vpc_id, CidrBlock=f"10.0.{n}.0/24",
                                 AvailabilityZone=zone)["Subnet"]["SubnetId"]
               for n, zone in enumerate(zones)]
    public, private = subnets[:2], subnets[2:]
    igw = ec2.create_internet_gateway()["InternetGateway"]["InternetGatewayId"]
    ec2.attach_internet_gateway(InternetGatewayId=igw, VpcId=vpc_id)
    public_table = ec2.create_route_table(VpcId=vpc_id)["RouteTable"]["RouteTableId"]
    ec2.create_route(RouteTableId=public_table, DestinationCidrBlock="0.0.0.0/0",
                     GatewayId=igw)
    for subnet in public:
        ec2.associate_route_table(RouteTableId=public_table, SubnetId=subnet)
    main = _main_table(ec2, vpc_id)["RouteTableId"]
    if "subred_publica_principal" in flaws:  # private subnets use the main table: with IGW
        ec2.create_route(RouteTableId=main, DestinationCidrBlock="0.0.0.0/0", GatewayId=igw)
    else:
        private_table = ec2.create_route_table(VpcId=vpc_id)["RouteTable"]["RouteTableId"]
        for subnet in private:
            ec2.associate_route_table(RouteTableId=private_table, SubnetId=subnet)
    alb = ec2.create_security_group(GroupName="alb", Description="alb", VpcId=vpc_id)
    app = ec2.create_security_group(GroupName="app", Description="app", VpcId=vpc_id)
    alb, app = alb["GroupId"], app["GroupId"]
    ec2.authorize_security_group_ingress(GroupId=alb, IpPermissions=[
        {"IpProtocol": "tcp", "FromPort": port, "ToPort": port,
         "IpRanges": [{"CidrIp": "0.0.0.0/0"}], "Ipv6Ranges": [{"CidrIpv6": "::/0"}]}
        for port in (80, 443)])
    app_rules = [{"IpProtocol": "tcp", "FromPort": 8000, "ToPort": 8000,
                  "UserIdGroupPairs": [{"GroupId": alb}]}]
    ssh = {"ssh_ipv4": {"IpProtocol": "tcp", "FromPort": 22, "ToPort": 22,
                        "IpRanges": [{"CidrIp": "0.0.0.0/0"}]},
           "ssh_ipv6": {"IpProtocol": "tcp", "FromPort": 22, "ToPort": 22,
                        "Ipv6Ranges": [{"CidrIpv6": "::/0"}]},
           "ssh_rango": {"IpProtocol": "tcp", "FromPort": 0, "ToPort": 65535,
                         "IpRanges": [{"CidrIp": "0.0.0.0/0"}]},
           "ssh_todo": {"IpProtocol": "-1", "IpRanges": [{"CidrIp": "0.0.0.0/0"}]},
           "ssh_interno": {"IpProtocol": "tcp", "FromPort": 22, "ToPort": 22,
                           "IpRanges": [{"CidrIp": "10.0.0.0/16"}]},
           "puerto_2222": {"IpProtocol": "tcp", "FromPort": 2222, "ToPort": 2222,
                           "IpRanges": [{"CidrIp": "0.0.0.0/0"}]}}
    app_rules += [rule for name, rule in ssh.items() if name in flaws]
    ec2.authorize_security_group_ingress(GroupId=app, IpPermissions=app_rules)
    if "ssh_en_alb" in flaws:
        ec2.authorize_security_group_ingress(GroupId=alb, IpPermissions=[ssh["ssh_ipv4"]])

    bucket = fresh_name("fotos-revision")
    role_name = fresh_name("rol-revision")
    role_arn = f"arn:aws:iam::{ACCOUNT_ID}:role/{role_name}"
    table_arn = f"arn:aws:dynamodb:{REGION}:{ACCOUNT_ID}:table/Empleados"
    s3.create_bucket(Bucket=bucket)
    flags = {"BlockPublicAcls": True, "IgnorePublicAcls": True, "BlockPublicPolicy": True,
             "RestrictPublicBuckets": True}
    if "bpa_parcial" in flaws:
        flags["RestrictPublicBuckets"] = False
    if "sin_bpa" not in flaws:
        s3.put_public_access_block(Bucket=bucket, PublicAccessBlockConfiguration=flags)
    statements = [{"Sid": "App", "Effect": "Allow", "Principal": {"AWS": role_arn},
                   "Action": sorted(S3_ACTIONS), "Resource": f"arn:aws:s3:::{bucket}/*"}]
    public_principal = {"politica_publica": "*", "politica_publica_aws": {"AWS": "*"},
                        "politica_publica_lista": {"AWS": ["*"]}}
    statements += [{"Sid": "Publica", "Effect": "Allow", "Principal": principal,
                    "Action": "s3:GetObject", "Resource": f"arn:aws:s3:::{bucket}/*"}
                   for name, principal in public_principal.items() if name in flaws]
    s3.put_bucket_policy(Bucket=bucket, Policy=json.dumps({"Version": "2012-10-17",
                                                           "Statement": statements}))
    trust = {"Version": "2012-10-17", "Statement": [{
        "Effect": "Allow", "Principal": {"Service": "ec2.amazonaws.com"},
        "Action": "sts:AssumeRole"}]}
    iam.create_role(RoleName=role_name, AssumeRolePolicyDocument=json.dumps(trust))
    policy = [{"Effect": "Allow", "Action": sorted(S3_ACTIONS),
               "Resource": f"arn:aws:s3:::{bucket}/*"},
              {"Effect": "Allow", "Action": sorted(DYNAMODB_ACTIONS),
               "Resource": [table_arn, f"{table_arn}/index/*"]}]
    wide = {"rol_accion": {"Effect": "Allow", "Action": "*", "Resource": table_arn},
            "rol_servicio": {"Effect": "Allow", "Action": ["s3:GetObject", "dynamodb:*"],
                             "Resource": table_arn},
            "rol_recurso": {"Effect": "Allow", "Action": "dynamodb:GetItem", "Resource": "*"},
            "rol_denegar": {"Effect": "Deny", "Action": "*", "Resource": "*"}}
    extra = [statement for name, statement in wide.items() if name in flaws]
    if "rol_administrada" in flaws:
        arn = iam.create_policy(PolicyName=fresh_name("amplia"), PolicyDocument=json.dumps(
            {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "s3:*",
                                                      "Resource": "*"}]}))["Policy"]["Arn"]
        iam.attach_role_policy(RoleName=role_name, PolicyArn=arn)
    iam.put_role_policy(RoleName=role_name, PolicyName="directorio", PolicyDocument=json.dumps(
        {"Version": "2012-10-17", "Statement": policy + extra}))
    devices = [{"DeviceName": "/dev/xvda",
                "Ebs": {"VolumeSize": 8, "VolumeType": "gp3", "Encrypted": True}}]
    if "ebs_sin_cifrar" in flaws:
        devices.append({"DeviceName": "/dev/sdf",
                        "Ebs": {"VolumeSize": 20, "VolumeType": "gp3", "Encrypted": False}})
    data: dict[str, Any] = {"ImageId": AMI_ID, "InstanceType": "t3.micro",
                            "SecurityGroupIds": [app]}
    if "sin_dispositivos" not in flaws:
        data["BlockDeviceMappings"] = devices
    template = ec2.create_launch_template(LaunchTemplateName=fresh_name("lt-revision"),
                                          LaunchTemplateData=data)
    group_subnets = private
    if "subred_publica" in flaws:
        group_subnets = [public[0], private[1]]
    group_name = fresh_name("asg-revision")
    autoscaling.create_auto_scaling_group(
        AutoScalingGroupName=group_name, MinSize=0, MaxSize=4, DesiredCapacity=0,
        LaunchTemplate={"LaunchTemplateId": template["LaunchTemplate"]["LaunchTemplateId"],
                        "Version": "$Latest"},
        VPCZoneIdentifier=",".join(group_subnets))
    return {"vpc_id": vpc_id, "bucket": bucket, "role_name": role_name,
            "group_name": group_name}


def _clients() -> dict[str, Any]:
    return {name: client(name) for name in ("ec2", "s3", "iam", "autoscaling")}


def check_review(review_architecture: Callable[..., Any], flaws: tuple[str, ...],
                 expected: set[str]) -> None:
    """The review of a stack with ``flaws`` finds exactly the codes in ``expected``."""
    stack = broken_stack(flaws)
    shown = f"review_architecture(clientes, pila con {list(flaws) or 'nada mal'})"
    result = run(review_architecture, _clients(), dict(stack), what=shown)
    check(isinstance(result, dict),
          f"{shown} debe devolver un diccionario {{código: mensaje}}; devuelve "
          f"{describe(result)}.")
    unknown = set(result) - set(FINDINGS)
    check(not unknown, f"{shown}: códigos desconocidos {sorted(unknown)}; usa solo "
                       f"{list(FINDINGS)}.")
    missing, extra = expected - set(result), set(result) - expected
    check(not missing, f"{shown} no encuentra {sorted(missing)}.")
    check(not extra, f"{shown} encuentra {sorted(extra)}, pero en esa pila no hay ese "
                     "problema.")
    for code, message in result.items():
        check(isinstance(message, str) and len(message.split()) >= 4,
              f"{shown}: el mensaje de {code} debe ser una frase en español que explique "
              f"el problema; es {describe(message)}.")


def review(review_architecture: Callable[..., Any]) -> None:
    """Exercise 12: the architecture review."""
    check_review(review_architecture, (), set())
    # One broken stack with a flaw of each kind (a stack costs Validar a few tenths of a
    # second); the hidden stacks try each kind in its other forms.
    check_review(review_architecture, ("ssh_ipv4", "politica_publica", "rol_accion",
                                       "subred_publica", "ebs_sin_cifrar"),
                 {"ssh_abierto", "bucket_publico", "rol_comodin", "subred_publica",
                  "ebs_sin_cifrar"})
    passed("review_architecture: una pila sana no tiene hallazgos, y cada problema de las "
           "pilas rotas de prueba se encuentra con su código y su mensaje.")


def check_fix(fix_stack: Callable[..., Any], flaws: tuple[str, ...]) -> None:
    """After ``fix_stack``, no SSH from anywhere, no public bucket, and the rest kept."""
    ec2, s3 = client("ec2"), client("s3")
    stack = broken_stack(flaws)
    shown = f"fix_stack(clientes, pila con {list(flaws)})"
    run(fix_stack, _clients(), dict(stack), what=shown)
    groups = ec2.describe_security_groups(
        Filters=[{"Name": "vpc-id", "Values": [stack["vpc_id"]]}])["SecurityGroups"]
    by_name = {g["GroupName"]: g["GroupId"] for g in groups}
    for name in ("alb", "app"):
        for protocol, low, high, source in _rules(ec2, by_name[name]):
            reaches_22 = protocol == "-1" or (protocol == "tcp" and low <= 22 <= high)
            check(not (reaches_22 and source in ANYWHERE),
                  f"{shown}: el grupo {name} aún deja entrar al puerto 22 desde {source} "
                  f"({protocol} {low}-{high}).")
    app_rules = _rules(ec2, by_name["app"])
    check(("tcp", 8000, 8000, by_name["alb"]) in app_rules,
          f"{shown}: has quitado la regla que deja al equilibrador llegar a la aplicación "
          "(8000 desde su grupo): arregla solo lo que está mal.")
    if "ssh_interno" in flaws:
        check(("tcp", 22, 22, "10.0.0.0/16") in app_rules,
              f"{shown}: el SSH desde dentro de la VPC (10.0.0.0/16) no es un hallazgo: "
              "déjalo.")
    if "puerto_2222" in flaws:
        check(("tcp", 2222, 2222, "0.0.0.0/0") in app_rules,
              f"{shown}: quita solo las reglas que abren el puerto 22 al mundo.")
    alb_rules = _rules(ec2, by_name["alb"])
    check({("tcp", 80, 80, "0.0.0.0/0"), ("tcp", 443, 443, "::/0")} <= alb_rules,
          f"{shown}: el equilibrador debe seguir abierto en 80 y 443.")
    try:
        block = s3.get_public_access_block(
            Bucket=stack["bucket"])["PublicAccessBlockConfiguration"]
    except ClientError:
        block = {}
    check(all(block.values()) and len(block) == 4,
          f"{shown}: activa las cuatro opciones del bloqueo de acceso público; quedan "
          f"{block}.")
    try:
        statements = _statements(json.loads(
            s3.get_bucket_policy(Bucket=stack["bucket"])["Policy"]))
    except ClientError:
        statements = []
    public = [s for s in statements
              if s.get("Principal") == "*" or "*" in _as_list(
                  (s.get("Principal") or {}).get("AWS") if isinstance(s.get("Principal"),
                                                                      dict) else None)]
    check(not public, f"{shown}: la política del bucket aún permite a cualquiera (\"*\"): "
                      f"{public}.")
    role_arn = f"arn:aws:iam::{ACCOUNT_ID}:role/{stack['role_name']}"
    check(any(s.get("Principal") == {"AWS": role_arn} for s in statements),
          f"{shown}: la política del bucket debe seguir dando permiso al rol de la "
          "aplicación: quita solo la declaración pública.")


def fix(fix_stack: Callable[..., Any]) -> None:
    """Exercise 13: fix what the review finds."""
    check_fix(fix_stack, ("ssh_ipv4", "politica_publica", "bpa_parcial"))
    passed("fix_stack: sin SSH abierto al mundo, bucket con el bloqueo de acceso público "
           "completo y sin declaraciones públicas, y el resto de la pila intacto.")


# --- exercises 14-15: costs -------------------------------------------------------------------

COMPONENTS = ("instancias", "equilibrador", "nat", "almacenamiento", "tabla", "transferencia")


def check_monthly_cost(monthly_cost: Callable[..., Any], arch: dict, expected: dict) -> None:
    shown = f"monthly_cost({arch})"
    result = run(monthly_cost, dict(arch), what=shown)
    check(isinstance(result, dict) and list(result) == list(COMPONENTS),
          f"{shown} debe devolver un diccionario con las claves {list(COMPONENTS)}, en ese "
          f"orden; devuelve {describe(result)}.")
    for component in COMPONENTS:
        check_close(result[component], expected[component], f"{shown}[{component!r}]",
                    rel=1e-9, abs_tol=1e-9)


def check_cost_chart(cost_chart: Callable[..., Any], costs: dict) -> None:
    import matplotlib.pyplot as plt
    from matplotlib.figure import Figure

    shown = "cost_chart(costes)"
    try:
        fig = run(cost_chart, dict(costs), what=shown)
        check(isinstance(fig, Figure), f"{shown} debe devolver la figura de matplotlib; "
                                       f"devuelve {describe(fig)}.")
        check(len(fig.axes) == 1, f"{shown}: un solo gráfico; hay {len(fig.axes)}.")
        ax = fig.axes[0]
        vertical = all(abs(p.get_y()) < 1e-12 for p in ax.patches)
        bars = [p for p in ax.patches if (p.get_height() if vertical else p.get_width()) > 0]
        sizes = sorted(round(float(b.get_height() if vertical else b.get_width()), 9)
                       for b in bars)
        wanted = sorted(round(v, 9) for v in costs.values() if v > 0)
        check(sizes == wanted,
              f"{shown}: debe haber una barra por componente, tan alta como su coste "
              f"({wanted}); las barras miden {sizes}.")
        labels = [t.get_text() for t in (ax.get_xticklabels() if vertical
                                          else ax.get_yticklabels())]
        texts = [t.get_text() for t in ax.texts]
        named = all(any(c in label for label in labels + texts)
                    for c, v in costs.items() if v > 0)
        check(named, f"{shown}: cada barra lleva el nombre de su componente.")
        check(ax.get_title().strip(), f"{shown}: pon un título al gráfico.")
        axis = ax.get_ylabel() if vertical else ax.get_xlabel()
        check("$" in axis or "usd" in axis.lower() or "dólar" in axis.lower(),
              f"{shown}: el eje de los costes debe decir la unidad (dólares al mes).")
    finally:
        plt.close("all")


def monthly_cost(monthly_cost: Callable[..., Any], cost_chart: Callable[..., Any]) -> None:
    """Exercise 14: the monthly bill of the architecture, by component, and its chart."""
    arch = {"instancias": 2, "tipo": "t3.micro", "lcu": 1, "nat": 1, "nat_gb": 20,
            "fotos_gb": 10, "ebs_gb": 8, "tabla_gb": 1, "lecturas_millones": 2,
            "escrituras_millones": 1, "salida_gb": 100}
    expected = {"instancias": 15.184, "equilibrador": 22.265, "nat": 33.75,
                "almacenamiento": 1.51, "tabla": 1.125, "transferencia": 0.0}
    check_monthly_cost(monthly_cost, arch, expected)
    check_cost_chart(cost_chart, {"instancias": 15.0, "equilibrador": 22.0, "nat": 33.0,
                                  "almacenamiento": 1.5, "tabla": 1.0, "transferencia": 4.5})
    passed("monthly_cost y cost_chart: la factura por componente y una barra por cada uno.")


def check_serverless(serverless_cost: Callable[..., Any], requests_per_month: int,
                     expected: float) -> None:
    shown = f"serverless_cost({requests_per_month})"
    result = run(serverless_cost, requests_per_month, what=shown)
    check_close(result, expected, shown, rel=1e-9, abs_tol=1e-9)


def check_crossover(crossover_chart: Callable[..., Any], volumes: list[int], fixed: float,
                    expected: int | None, serverless_costs: list[float]) -> None:
    """The chart has the two cost lines over ``volumes`` and a vertical line at the first
    volume where serverless costs at least ``fixed``; the function returns that volume."""
    import matplotlib.pyplot as plt
    from matplotlib.figure import Figure

    shown = f"crossover_chart({volumes}, {fixed})"
    try:
        result = run(crossover_chart, list(volumes), fixed, what=shown)
        check(isinstance(result, tuple) and len(result) == 2,
              f"{shown} debe devolver una tupla (figura, volumen_de_cruce); devuelve "
              f"{describe(result)}.")
        fig, crossing = result
        check(crossing == expected,
              f"{shown}: el cruce es el primer volumen en el que sin servidor cuesta lo mismo "
              f"o más que la arquitectura con EC2 ({expected}); devuelve {describe(crossing)}.")
        check(isinstance(fig, Figure), f"{shown}: el primer valor es la figura; es "
                                       f"{describe(fig)}.")
        ax = fig.axes[0]
        series = [[round(float(y), 6) for y in ln.get_ydata()] for ln in ax.get_lines()]
        check([round(c, 6) for c in serverless_costs] in series,
              f"{shown}: falta la línea del coste sin servidor en cada volumen "
              f"({[round(c, 2) for c in serverless_costs]}).")
        flat = [ln for ln in ax.get_lines()
                if {round(float(y), 6) for y in ln.get_ydata()} == {round(fixed, 6)}]
        check(flat,
              f"{shown}: falta la línea del coste con EC2 (constante, {fixed} $ en cada "
              "volumen).")
        marks = [ln for ln in ax.get_lines() if len(ln.get_xdata()) == 2
                 and len(set(map(float, ln.get_xdata()))) == 1
                 and len(set(map(float, ln.get_ydata()))) == 2]
        if expected is None:
            check(not marks, f"{shown}: no hay cruce en esos volúmenes: no marques ninguno.")
        else:
            check(any(float(ln.get_xdata()[0]) == expected for ln in marks),
                  f"{shown}: marca el cruce con una línea vertical (axvline) en {expected}.")
        check(ax.get_legend() is not None, f"{shown}: pon una leyenda que diga qué es "
                                           "cada línea.")
        check(ax.get_title().strip() and ax.get_xlabel().strip() and ax.get_ylabel().strip(),
              f"{shown}: pon título y nombre a los dos ejes.")
    finally:
        plt.close("all")


def serverless(serverless_cost: Callable[..., Any], crossover_chart: Callable[..., Any]
               ) -> None:
    """Exercise 15: the serverless redesign across request volumes."""
    check_serverless(serverless_cost, 0, 1.0)
    check_serverless(serverless_cost, 10_000_000, 17.59167)
    check_crossover(crossover_chart, [1_000_000, 10_000_000, 30_000_000, 50_000_000], 73.8,
                    50_000_000, [2.3125, 17.59167, 64.50837, 111.42507])
    passed("serverless_cost y crossover_chart: el coste sin servidor por volumen, y el cruce "
           "con la arquitectura de EC2 marcado.")


# --- the end of the notebook: the student's data layer, for `make directorio` -----------------

STUDENT_FILE = "directorio_estudiante.py"
_PLAIN = (str, int, float, bool, type(None), tuple, list, dict, frozenset, set)


def _source_of(functions: list[Callable[..., Any]]) -> str:
    """A module with the functions' source, the notebook helpers and constants they use, and
    the imports they need (found through their global names)."""
    import inspect
    import textwrap
    import types

    imports: set[str] = set()
    constants: dict[str, str] = {}
    bodies: dict[str, str] = {}

    def names(code: types.CodeType) -> set[str]:
        found = set(code.co_names)
        for const in code.co_consts:
            if isinstance(const, types.CodeType):
                found |= names(const)
        return found

    def visit(function: Any) -> None:
        if function.__name__ in bodies:
            return
        bodies[function.__name__] = textwrap.dedent(inspect.getsource(function))
        scope = function.__globals__
        for name in sorted(names(function.__code__)):
            if name not in scope:
                continue
            value = scope[name]
            if isinstance(value, types.ModuleType):
                imports.add(f"import {value.__name__}" if value.__name__ == name
                            else f"import {value.__name__} as {name}")
            elif isinstance(value, types.FunctionType) and value.__module__ == "__main__":
                visit(value)
            elif getattr(value, "__module__", "__main__") not in {"__main__", "builtins"} \
                    and not isinstance(value, _PLAIN):
                imports.add(f"from {value.__module__} import {name}")
            elif isinstance(value, _PLAIN):
                constants[name] = f"{name} = {value!r}"

    for function in functions:
        visit(function)
    header = ('"""La capa de datos del directorio de empleados, escrita por ti en el '
              'proyecto (módulo 12).\n\nLa guardó el cuaderno del proyecto; `make directorio` '
              'la usa. No la edites aquí:\ncambia el cuaderno y vuelve a ejecutar su última '
              'celda."""\n')
    parts = [header, "\n".join(sorted(imports)), "\n".join(constants[k] for k in
                                                            sorted(constants))]
    parts += [bodies[k] for k in bodies]
    return "\n\n".join(p for p in parts if p.strip()) + "\n"


def save_data_layer(functions: list[Callable[..., Any]], folder: str | None = None) -> str:
    """Save the student's data-layer functions as ``directorio_estudiante.py`` in ``folder``
    (the notebook's folder by default), for ``make directorio``. Returns the file's path."""
    from pathlib import Path

    check(isinstance(functions, list | tuple) and functions
          and all(callable(f) and getattr(f, "__module__", None) == "__main__"
                  for f in functions),
          "save_data_layer recibe la lista de tus funciones del cuaderno.")
    missing = []
    for function in functions:
        try:
            function.__code__.co_consts  # noqa: B018 - a real function
            if "NotImplementedError" in function.__code__.co_names:
                missing.append(function.__name__)
        except AttributeError:
            missing.append(repr(function))
    check(not missing, f"Aún no están hechas: {', '.join(missing)}. Termina esos ejercicios "
                       "y vuelve a ejecutar esta celda.")
    try:
        text = _source_of(list(functions))
    except (OSError, TypeError) as error:  # no source to read (not defined in a cell)
        raise CheckFailure(f"No puedo leer el código de tus funciones ({error}): ejecuta sus "
                           "celdas en este cuaderno y vuelve a ejecutar esta.") from None
    path = Path(folder or ".").resolve() / STUDENT_FILE
    path.write_text(text, encoding="utf-8")
    print(f"{'✔'} Guardada tu capa de datos en {path}.\n"
          "  Ahora, en una terminal, desde la carpeta del curso: make directorio")
    return str(path)

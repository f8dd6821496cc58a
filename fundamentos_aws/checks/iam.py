"""Visible checks of module 03 (IAM), and the set-up the module's tests share.

Each check function runs the visible cases of one exercise and, when the answer is wrong,
names the likely mistake in Spanish. Every check creates its own, uniquely named users,
buckets and roles, so a test cell gives the same answer however often it runs. The hidden
cases live only in the source notebook; they use the set-up helpers defined here.
"""

from __future__ import annotations

import copy
import itertools
import json
import uuid
from collections.abc import Callable, Iterable
from typing import Any

import boto3
from botocore.exceptions import ClientError, ParamValidationError

from ..iam_access import (
    error_code,
    iam_enforced,
    permitted,
    session_as,
    session_as_role,
    session_from_keys,
)
from . import CheckFailure, call_with_hint, check, describe, modules_used, passed

ACCOUNT_ID = "123456789012"  # the account moto gives the notebook
OTHER_ACCOUNT_ID = "111122223333"  # a second account, for cross-account roles
REGION = "us-east-1"

# A policy like the study guide's second one, with its two mistakes (exercise 3 fixes it).
SEED_POLICY = """{
"Version": "2012-10-17",
"Statement": [{
"Effect": "Allow",
"Action": [
"iam: GetUser",
"iam: ChangePassword"
]
"Resource": "arn:aws:iam::123456789012:user/${aws:username}"
}]
}"""

# What the employee-directory application does (exercise 6).
APP_S3_ACTIONS = ["s3:GetObject", "s3:PutObject"]
APP_DYNAMODB_ACTIONS = ["dynamodb:GetItem", "dynamodb:PutItem", "dynamodb:UpdateItem",
                        "dynamodb:DeleteItem", "dynamodb:Query", "dynamodb:Scan"]

_counter = itertools.count(1)


# --- set-up shared by visible and hidden tests -------------------------------------------

def fresh_name(prefix: str) -> str:
    """A name no other test has used: lowercase, valid for users, roles and buckets."""
    return f"{prefix}-{next(_counter)}-{uuid.uuid4().hex[:6]}"


def new_user(prefix: str = "usuario", policy: dict | None = None) -> str:
    """Create an IAM user (with an inline policy, if given) and return its name."""
    name = fresh_name(prefix)
    iam = boto3.client("iam")
    iam.create_user(UserName=name)
    if policy is not None:
        iam.put_user_policy(UserName=name, PolicyName="prueba",
                            PolicyDocument=json.dumps(policy))
    return name


def new_bucket(prefix: str = "bucket", keys: Iterable[str] = (),
               session: boto3.Session | None = None) -> str:
    """Create a bucket holding ``keys`` (in the account of ``session``); return its name."""
    name = fresh_name(prefix)
    s3 = (session or boto3).client("s3", region_name=REGION)
    s3.create_bucket(Bucket=name)
    for key in keys:
        s3.put_object(Bucket=name, Key=key, Body=f"contenido de {key}".encode())
    return name


def new_instance() -> str:
    """Launch a t3.micro (any AMI id is accepted here) and return its id."""
    ec2 = boto3.client("ec2", region_name=REGION)
    reservation = ec2.run_instances(ImageId="ami-0123456789abcdef0", InstanceType="t3.micro",
                                    MinCount=1, MaxCount=1)
    return reservation["Instances"][0]["InstanceId"]


def new_instance_profile(prefix: str = "perfil") -> tuple[str, str]:
    """A role for EC2 inside an instance profile of another name: (profile name, its ARN)."""
    iam = boto3.client("iam")
    role = fresh_name("rol")
    trust = {"Version": "2012-10-17", "Statement": [{
        "Effect": "Allow", "Principal": {"Service": "ec2.amazonaws.com"},
        "Action": "sts:AssumeRole"}]}
    iam.create_role(RoleName=role, AssumeRolePolicyDocument=json.dumps(trust))
    profile = fresh_name(prefix)
    arn = iam.create_instance_profile(InstanceProfileName=profile)["InstanceProfile"]["Arn"]
    iam.add_role_to_instance_profile(InstanceProfileName=profile, RoleName=role)
    return profile, arn


def profile_associations(instance_id: str) -> list[dict]:
    """The instance's current instance-profile associations (not the finished ones)."""
    ec2 = boto3.client("ec2", region_name=REGION)
    found = ec2.describe_iam_instance_profile_associations(
        Filters=[{"Name": "instance-id", "Values": [instance_id]}])
    return [a for a in found["IamInstanceProfileAssociations"]
            if a["State"] in {"associating", "associated"}]


def admin_of(account_id: str) -> boto3.Session:
    """The administrator of another emulated account (moto switches account by role ARN)."""
    return session_as_role(f"arn:aws:iam::{account_id}:role/OrganizationAccountAccessRole",
                           "administrador")


def shared_report(account_id: str = OTHER_ACCOUNT_ID, body: str = "ventas,120\n"
                  ) -> tuple[str, str, str]:
    """In ``account_id``: a bucket with a report and a role that the notebook's account may
    assume to read it. Returns (role ARN, bucket, key)."""
    admin = admin_of(account_id)
    bucket = fresh_name("informes")
    s3 = admin.client("s3")
    s3.create_bucket(Bucket=bucket)
    s3.put_object(Bucket=bucket, Key="trimestre.csv", Body=body.encode())
    role = fresh_name("lector-informes")
    trust = {"Version": "2012-10-17", "Statement": [{
        "Effect": "Allow", "Principal": {"AWS": f"arn:aws:iam::{ACCOUNT_ID}:root"},
        "Action": "sts:AssumeRole"}]}
    iam = admin.client("iam")
    arn = iam.create_role(RoleName=role, AssumeRolePolicyDocument=json.dumps(trust))["Role"]["Arn"]
    iam.put_role_policy(RoleName=role, PolicyName="leer-informes", PolicyDocument=json.dumps({
        "Version": "2012-10-17", "Statement": [{
            "Effect": "Allow", "Action": "s3:GetObject", "Resource": f"arn:aws:s3:::{bucket}/*"}]}))
    return arn, bucket, "trimestre.csv"


def developer_allowed_to_assume(role_arn: str, region_name: str | None = None
                                ) -> boto3.Session:
    """A session of a user of the notebook's account whose only permission is assuming
    ``role_arn``, in ``region_name`` (the notebook's region if None)."""
    user = new_user("desarrollador", {"Version": "2012-10-17", "Statement": [{
        "Effect": "Allow", "Action": "sts:AssumeRole", "Resource": role_arn}]})
    return session_as(user, region_name)


def can(operation: Callable[[], object]) -> bool:
    """Like iam_access.permitted, for test code: an unexpected AWS error becomes a message."""
    try:
        return permitted(operation)
    except ClientError as error:
        raise CheckFailure(f"Una llamada de prueba falló con {error_code(error)}: "
                           f"{error.response.get('Error', {}).get('Message', '')}") from None


def role_policy_documents(role_name: str) -> list[dict]:
    """Every permission policy of a role: inline ones and attached managed ones."""
    iam = boto3.client("iam")
    documents = [iam.get_role_policy(RoleName=role_name, PolicyName=name)["PolicyDocument"]
                 for name in iam.list_role_policies(RoleName=role_name)["PolicyNames"]]
    for attached in iam.list_attached_role_policies(RoleName=role_name)["AttachedPolicies"]:
        policy = iam.get_policy(PolicyArn=attached["PolicyArn"])["Policy"]
        version = iam.get_policy_version(PolicyArn=attached["PolicyArn"],
                                         VersionId=policy["DefaultVersionId"])
        documents.append(version["PolicyVersion"]["Document"])
    return [json.loads(d) if isinstance(d, str) else d for d in documents]


def statements(document: dict) -> list[dict]:
    found = document.get("Statement", [])
    return [found] if isinstance(found, dict) else list(found)


def as_list(value: Any) -> list:
    if value is None:
        return []
    return [value] if isinstance(value, str) else list(value)


# --- calling the student's code ----------------------------------------------------------

_HINTS = {
    "EntityAlreadyExists": "Ya existe algo con ese nombre. Si creas una política administrada "
                           "por el cliente, "
                           "usa un nombre que dependa del usuario, grupo o rol que recibes "
                           "(por ejemplo f\"{group_name}-permisos\"): la función debe poder "
                           "llamarse más de una vez.",
    "NoSuchEntity": "IAM no encuentra ese usuario, grupo, rol o perfil: ¿usas los nombres que "
                    "recibe la función, en el parámetro que toca?",
    "MalformedPolicyDocument": "IAM rechaza el documento de la política: revisa que sea JSON "
                               "válido con Version, Statement, Effect, Action y Resource.",
    "InvalidClientTokenId": "La llamada se firmó con credenciales que no son de ningún usuario "
                            "ni rol. Con IAM activado, haz las llamadas con la sesión que recibe "
                            "la función, y pasa las tres partes de las credenciales temporales "
                            "(también aws_session_token).",
    "InvalidAccessKeyId": "La llamada se firmó con una clave que AWS no conoce. Con credenciales "
                          "temporales hay que pasar también aws_session_token.",
    "AccessDenied": "AWS ha denegado una llamada de tu función: revisa qué identidad la hace y "
                    "con qué permisos.",
    "IncorrectState": "La instancia ya tiene un perfil de instancia asociado: en ese caso hay "
                      "que sustituirlo con replace_iam_instance_profile_association.",
    "LimitExceeded": "IAM permite como mucho dos claves de acceso por usuario: crea una sola.",
}


def run(function: Callable[..., Any], *args: Any, what: str | None = None) -> Any:
    """``call`` plus a Spanish hint for the AWS errors a beginner meets in this module."""
    return call_with_hint(function, *args, hint_for=_hint_for, what=what)


def own_work(function: Callable[..., Any], name: str) -> None:
    """Fail when an answer leans on the course's own package (its checks, its helpers to act
    as an IAM identity) instead of calling AWS with boto3 and writing the logic itself."""
    used = sorted(m for m in modules_used(function) if m.split(".")[0] == "fundamentos_aws")
    check(not used,
          f"{name} usa {', '.join(used)}, que es parte del propio curso (sus pruebas y sus "
          "ayudas), no de AWS: el ejercicio pide que hagas tú las llamadas con boto3 y escribas "
          "la lógica. Al corregir, tu profesor verá este aviso.")


def _hint_for(error: BaseException | None) -> str:
    if isinstance(error, ParamValidationError) and "PolicyDocument" in str(error):
        return ("El documento de una política se pasa como texto JSON, no como diccionario: "
                "usa json.dumps(politica).")
    if isinstance(error, ClientError):
        return _OPERATION_HINTS.get((error_code(error), error.operation_name),
                                    _HINTS.get(error_code(error), ""))
    return ""


# The same error means different things in different calls.
_OPERATION_HINTS = {
    ("NoSuchEntity", "CreateAccessKey"): "Pasa UserName=user_name a create_access_key: sin él, "
                                         "IAM crea la clave para quien hace la llamada.",
    ("NoSuchEntity", "AssociateIamInstanceProfile"):
        "No existe ese perfil de instancia: usa IamInstanceProfile={\"Name\": profile_name} "
        "(la clave \"Arn\" espera un ARN, no un nombre).",
    ("NoSuchEntity", "ReplaceIamInstanceProfileAssociation"):
        "No existe ese perfil de instancia: usa IamInstanceProfile={\"Name\": profile_name}.",
}


# --- exercise 1: a user and its access key -----------------------------------------------

def create_user_with_access_key(create_user_with_access_key: Callable[[str], Any]) -> None:
    """Exercise 1: create a user and an access key for it; return the key."""
    own_work(create_user_with_access_key, "create_user_with_access_key")
    name = fresh_name("ana")
    result = run(create_user_with_access_key, name)
    check_user_and_key(name, result)
    passed(f"create_user_with_access_key: el usuario «{name}» existe y su clave funciona.")


def check_user_and_key(name: str, result: Any) -> None:
    check(isinstance(result, dict),
          f"create_user_with_access_key({name!r}) debe devolver un diccionario con la clave "
          f"de acceso; devuelve {describe(result)}.")
    check("AccessKey" not in result,
          "Devuelves la respuesta entera de create_access_key: devuelve solo "
          "response[\"AccessKey\"], el diccionario con AccessKeyId y SecretAccessKey.")
    check({"AccessKeyId", "SecretAccessKey"} <= set(result),
          f"Al diccionario le faltan claves: debe tener AccessKeyId y SecretAccessKey; tiene "
          f"{sorted(result)}.")
    iam = boto3.client("iam")
    try:
        user_arn = iam.get_user(UserName=name)["User"]["Arn"]  # its path may be other than /
    except ClientError:
        raise CheckFailure(f"No existe el usuario «{name}» en IAM: créalo con "
                           "iam.create_user(UserName=user_name).") from None
    keys = iam.list_access_keys(UserName=name)["AccessKeyMetadata"]
    check(result["AccessKeyId"] in {k["AccessKeyId"] for k in keys},
          f"La clave {result['AccessKeyId']} no es del usuario «{name}»: pasa "
          "UserName=user_name a create_access_key.")
    check(len(keys) == 1,
          f"El usuario «{name}» tiene {len(keys)} claves de acceso, y el enunciado pide crear "
          "una: cada clave de más es otra credencial permanente que guardar, rotar y vigilar. "
          "Llama a create_access_key una sola vez.")
    session = session_from_keys(result["AccessKeyId"], result["SecretAccessKey"])
    try:
        with iam_enforced():
            arn = session.client("sts").get_caller_identity()["Arn"]
    except ClientError:
        raise CheckFailure("La clave secreta no corresponde a la clave de acceso: devuelve el "
                           "SecretAccessKey que te dio create_access_key.") from None
    check(arn == user_arn,
          f"Con esa clave AWS te reconoce como {arn}, no como el usuario «{name}».")


# --- exercise 2: a group whose members inherit its policy --------------------------------

LIST_BUCKETS_POLICY = {"Version": "2012-10-17", "Statement": [
    {"Effect": "Allow", "Action": "s3:ListAllMyBuckets", "Resource": "*"}]}


def create_group_with_policy(create_group_with_policy: Callable[..., Any]) -> None:
    """Exercise 2: a group with a policy, and users added to it."""
    own_work(create_group_with_policy, "create_group_with_policy")
    members = [new_user("ana"), new_user("luis")]
    outsider = new_user("eva")
    group = fresh_name("lectores")
    run(create_group_with_policy, group, LIST_BUCKETS_POLICY, members,
        what=f"create_group_with_policy({group!r}, POLITICA, [2 usuarios])")
    check_group(group, members, outsider)
    passed("create_group_with_policy: los miembros heredan el permiso; los demás, no.")


def check_group(group: str, members: list[str], outsider: str,
                operation: Callable[[boto3.Session], object] | None = None) -> None:
    """The group exists, holds the policy, has exactly ``members``, and only they can do
    ``operation`` (by default, list the buckets)."""
    iam = boto3.client("iam")
    try:
        found = iam.get_group(GroupName=group)
    except ClientError:
        raise CheckFailure(f"No existe el grupo «{group}»: créalo con "
                           "iam.create_group(GroupName=group_name).") from None
    in_group = {u["UserName"] for u in found["Users"]}
    missing = [m for m in members if m not in in_group]
    check(not missing, f"Estos usuarios no están en el grupo: {missing}. Añádelos con "
                       "iam.add_user_to_group(GroupName=..., UserName=...).")
    check(in_group == set(members),
          f"El grupo tiene usuarios de más: {sorted(in_group - set(members))}.")
    policies = (iam.list_group_policies(GroupName=group)["PolicyNames"]
                + iam.list_attached_group_policies(GroupName=group)["AttachedPolicies"])
    on_users = [m for m in members if iam.list_user_policies(UserName=m)["PolicyNames"]
                or iam.list_attached_user_policies(UserName=m)["AttachedPolicies"]]
    check(not on_users, "La política debe ir en el grupo, no en cada usuario: así los miembros "
                        "la heredan y quien entre después también.")
    check(policies, "El grupo no tiene ninguna política: ponla con put_group_policy (política "
                    "insertada) o con create_policy + attach_group_policy (política administrada "
                    "por el cliente).")
    operation = operation or (lambda s: s.client("s3").list_buckets())
    with iam_enforced():
        for member in members:
            check(can(lambda m=member: operation(session_as(m))),
                  f"El miembro «{member}» no puede hacer lo que permite la política del grupo. "
                  "¿Has pasado el documento que recibe la función, sin cambiarlo?")
        check(not can(lambda: operation(session_as(outsider))),
              "Un usuario que no está en el grupo también tiene el permiso: ¿has dado el "
              "permiso a alguien más que al grupo?")


# --- exercise 3: the study guide's broken policy -----------------------------------------

_JSON_ERRORS = {
    "Expecting ',' delimiter": "falta una coma entre dos elementos",
    "Expecting property name enclosed in double quotes":
        "los nombres van entre comillas dobles, y no puede quedar una coma antes de } o ]",
    "Expecting ':' delimiter": "falta «:» entre un nombre y su valor",
    "Expecting value": "falta un valor (o sobra una coma)",
}


def fixed_seed_policy(fixed_seed_policy: Callable[[], Any]) -> None:
    """Exercise 3: the guide's second policy as valid JSON that does what the text says."""
    own_work(fixed_seed_policy, "fixed_seed_policy")
    text = run(fixed_seed_policy)
    document = parse_policy_text(text)
    check(document.get("Version") == "2012-10-17",
          "Falta \"Version\": \"2012-10-17\". Sin esa versión del lenguaje, ${aws:username} no "
          "se sustituye: sería texto literal.")
    found = statements(document)
    check(found, "La política no tiene ninguna instrucción en \"Statement\".")
    for statement in found:
        check(statement.get("Effect") == "Allow",
              f"Cada instrucción debe tener \"Effect\": \"Allow\"; encuentro "
              f"{statement.get('Effect')!r}.")
    actions = [a for s in found for a in as_list(s.get("Action"))]
    spaced = [a for a in actions if any(c.isspace() for c in a)]
    check(not spaced, f"Las acciones {spaced} llevan espacios: moto las acepta, pero en AWS no "
                      "existe ninguna acción así. Se escribe servicio:Acción, sin espacios "
                      "(iam:ChangePassword).")
    check({a.lower() for a in actions} == {"iam:changepassword", "iam:getuser"},
          f"Las acciones deben ser exactamente iam:ChangePassword e iam:GetUser; son {actions}.")
    resources = {r for s in found for r in as_list(s.get("Resource"))}
    own_user = {f"arn:aws:iam::{ACCOUNT_ID}:user/${{aws:username}}",
                "arn:aws:iam::*:user/${aws:username}"}
    check(resources and resources <= own_user,
          "El recurso debe ser el propio usuario: "
          f"\"arn:aws:iam::{ACCOUNT_ID}:user/${{aws:username}}\"; encuentro {sorted(resources)}.")
    passed("fixed_seed_policy: JSON válido, acciones bien escritas y solo sobre el propio usuario.")


def parse_policy_text(text: Any) -> dict:
    """The policy as a dict, or a Spanish message about why the text is not valid JSON."""
    check(isinstance(text, str),
          f"fixed_seed_policy() debe devolver el texto JSON de la política (un str); devuelve "
          f"{describe(text)}. Si tienes un diccionario, devuelve json.dumps(politica).")
    try:
        document = json.loads(text)
    except json.JSONDecodeError as error:
        why = _JSON_ERRORS.get(error.msg, error.msg)
        raise CheckFailure(f"El texto no es JSON válido: {why} (línea {error.lineno}, columna "
                           f"{error.colno}).") from None
    check(isinstance(document, dict), "La política debe ser un objeto JSON: { ... }.")
    return document


# --- exercise 4a: wildcards --------------------------------------------------------------

WILDCARD_CASES = [
    (("s3:Get*", "s3:GetObject"), True, "«*» vale por cualquier secuencia de caracteres."),
    (("s3:*", "s3:ListBucket"), True, "«*» vale por cualquier secuencia de caracteres."),
    (("s3:GetObject", "s3:GetObjectAcl"), False,
     "El patrón debe coincidir con el texto entero, no solo con su principio: ¿usas "
     "re.match sin $ o re.search? Prueba re.fullmatch."),
    (("s3:GetObjec?", "s3:GetObject"), True, "«?» vale por exactamente un carácter."),
    (("s3:Get?", "s3:GetObject"), False, "«?» vale por UN solo carácter, no por varios."),
    (("arn:aws:s3:::fotos.2024/*", "arn:aws:s3:::fotosX2024/a.jpg"), False,
     "Un punto del patrón es un punto literal: escapa los caracteres especiales de las "
     "expresiones regulares (re.escape)."),
    (("arn:aws:s3:::fotos/*", "arn:aws:s3:::fotos/2024/enero/a.jpg"), True,
     "«*» también vale por «/» y «:»."),
    (("*", ""), True, "«*» también vale por cero caracteres."),
]


def wildcard_match(wildcard_match: Callable[..., Any]) -> None:
    """Exercise 4a: `*` and `?` wildcards, optionally ignoring case."""
    own_work(wildcard_match, "wildcard_match")
    for (pattern, text), expected, why in WILDCARD_CASES:
        result = run(wildcard_match, pattern, text)
        check(isinstance(result, bool),
              f"wildcard_match debe devolver True o False; devuelve {describe(result)}.")
        check(result == expected, f"wildcard_match({pattern!r}, {text!r}) devuelve {result}; "
                                  f"se esperaba {expected}. {why}")
    result = run(wildcard_match, "S3:getobject", "s3:GetObject", True)
    check(result is True, "Con ignore_case=True, 'S3:getobject' y 's3:GetObject' deben "
                          "coincidir: compara sin distinguir mayúsculas y minúsculas.")
    result = run(wildcard_match, "arn:aws:s3:::Fotos/*", "arn:aws:s3:::fotos/a.jpg")
    check(result is False, "Sin ignore_case, las mayúsculas cuentan: 'Fotos' y 'fotos' son "
                           "distintos.")
    passed("wildcard_match: correcto en los casos visibles.")


# --- exercise 4b: policy evaluation ------------------------------------------------------

def _policy(*statements_: dict) -> dict:
    return {"Version": "2012-10-17", "Statement": list(statements_)}


READ_PHOTOS = _policy({"Effect": "Allow", "Action": ["s3:GetObject", "s3:ListBucket"],
                       "Resource": ["arn:aws:s3:::fotos", "arn:aws:s3:::fotos/*"]})
NO_DELETE = _policy({"Effect": "Deny", "Action": "s3:DeleteObject", "Resource": "*"})
ALL_S3 = _policy({"Effect": "Allow", "Action": "s3:*", "Resource": "*"})
OWN_FOLDER = _policy({"Effect": "Allow", "Action": "s3:*",
                      "Resource": "arn:aws:s3:::casas/${aws:username}/*"})

POLICY_CASES = [
    ([READ_PHOTOS], "s3:GetObject", "arn:aws:s3:::fotos/playa.jpg", "ana", True,
     "Una instrucción Allow que coincide con la acción y el recurso permite la petición."),
    ([{"Version": "2012-10-17", "Statement": {"Effect": "Allow", "Action": "s3:GetObject",
                                              "Resource": "*"}}],
     "s3:GetObject", "arn:aws:s3:::fotos/a.jpg", "ana", True,
     "Statement puede ser una sola instrucción (un diccionario) y Action un solo texto, no "
     "una lista: ¿recorres las letras de un str?"),
    ([READ_PHOTOS], "s3:PutObject", "arn:aws:s3:::fotos/playa.jpg", "ana", False,
     "Si ninguna instrucción permite la acción, la respuesta es no (denegación implícita)."),
    ([READ_PHOTOS], "s3:GetObject", "arn:aws:s3:::videos/playa.mp4", "ana", False,
     "La acción coincide pero el recurso no: esa instrucción no se aplica."),
    ([ALL_S3, NO_DELETE], "s3:DeleteObject", "arn:aws:s3:::fotos/playa.jpg", "ana", False,
     "Un Deny explícito gana siempre, aunque otra política (o instrucción) lo permita."),
    ([NO_DELETE, ALL_S3], "s3:GetObject", "arn:aws:s3:::fotos/playa.jpg", "ana", True,
     "Un Deny que no coincide con la petición no cambia nada; el Allow de s3:* sí se aplica."),
    ([READ_PHOTOS], "S3:getobject", "arn:aws:s3:::fotos/playa.jpg", "ana", True,
     "Los nombres de las acciones no distinguen mayúsculas: S3:getobject es s3:GetObject."),
    ([READ_PHOTOS], "s3:GetObject", "arn:aws:s3:::FOTOS/playa.jpg", "ana", False,
     "Los recursos (ARN) sí distinguen mayúsculas: FOTOS no es fotos."),
    ([OWN_FOLDER], "s3:PutObject", "arn:aws:s3:::casas/ana/nota.txt", "ana", True,
     "${aws:username} se sustituye por el nombre de quien pide (aquí, ana)."),
    ([OWN_FOLDER], "s3:PutObject", "arn:aws:s3:::casas/luis/nota.txt", "ana", False,
     "Con ${aws:username}, ana solo tiene su carpeta, no la de luis."),
    ([], "s3:GetObject", "arn:aws:s3:::fotos/a.jpg", "ana", False,
     "Sin ninguna política, todo está denegado."),
]


def is_allowed(is_allowed: Callable[..., Any]) -> None:
    """Exercise 4b: evaluate identity policies like AWS (without conditions)."""
    own_work(is_allowed, "is_allowed")
    for policies, action, resource, user, expected, rule in POLICY_CASES:
        # A copy each time: an answer that changes the policies it receives must not change
        # the cases of the next call (or of the next run of this cell).
        result = run(is_allowed, copy.deepcopy(policies), action, resource, user,
                     what=f"is_allowed(..., {action!r}, {resource!r}, {user!r})")
        check(isinstance(result, bool),
              f"is_allowed debe devolver True o False; devuelve {describe(result)}.")
        check(result == expected,
              f"is_allowed(..., {action!r}, {resource!r}, {user!r}) devuelve {result}; se "
              f"esperaba {expected}. Regla: {rule}")
    passed(f"is_allowed: correcto en los {len(POLICY_CASES)} casos visibles.")


# --- exercise 5: least privilege, checked by calling AWS as the user ----------------------

def prefix_scenario(prefix: str = "informes/") -> dict:
    """A user with no permissions, a bucket with objects inside and outside ``prefix``, and
    a second bucket with the same keys."""
    keys = [f"{prefix}enero.csv", f"{prefix}febrero.csv", "nominas/enero.csv"]
    return {"user": new_user("analista"), "bucket": new_bucket("datos", keys),
            "other_bucket": new_bucket("datos-copia", keys), "prefix": prefix}


def grant_prefix_read_works(grant_prefix_read: Callable[..., Any]) -> None:
    """Exercise 5a: after the grant, the user can list the bucket and read under the prefix."""
    own_work(grant_prefix_read, "grant_prefix_read")
    scenario = prefix_scenario()
    run(grant_prefix_read, scenario["user"], scenario["bucket"], scenario["prefix"],
        what="grant_prefix_read(usuario, bucket, 'informes/')")
    check_prefix_task(scenario)
    passed("grant_prefix_read: el usuario lista el bucket y lee los objetos del prefijo.")


def check_prefix_task(scenario: dict) -> None:
    user, bucket, prefix = scenario["user"], scenario["bucket"], scenario["prefix"]
    hint = _case_hint(user, ["s3:GetObject", "s3:ListBucket"])
    with iam_enforced():
        s3 = session_as(user).client("s3")
        check(can(lambda: s3.list_objects_v2(Bucket=bucket, Prefix=prefix)),
              "El usuario no puede listar el bucket. s3:ListBucket se concede sobre el bucket "
              f"mismo, \"arn:aws:s3:::{bucket}\" (sin /*)." + hint)
        check(can(lambda: s3.get_object(Bucket=bucket, Key=f"{prefix}enero.csv")),
              f"El usuario no puede leer {prefix}enero.csv. s3:GetObject se concede sobre los "
              f"objetos: \"arn:aws:s3:::{bucket}/{prefix}*\"." + hint)


def user_policy_documents(user: str) -> list[dict]:
    """Every permission policy of a user: inline ones and attached managed ones."""
    iam = boto3.client("iam")
    documents = [iam.get_user_policy(UserName=user, PolicyName=n)["PolicyDocument"]
                 for n in iam.list_user_policies(UserName=user)["PolicyNames"]]
    for attached in iam.list_attached_user_policies(UserName=user)["AttachedPolicies"]:
        policy = iam.get_policy(PolicyArn=attached["PolicyArn"])["Policy"]
        documents.append(iam.get_policy_version(
            PolicyArn=attached["PolicyArn"],
            VersionId=policy["DefaultVersionId"])["PolicyVersion"]["Document"])
    return [json.loads(d) if isinstance(d, str) else d for d in documents]


def _case_hint(user: str, actions: list[str]) -> str:
    """moto compares action names case-sensitively (AWS does not): say so if that is why."""
    written = {a for d in user_policy_documents(user) for s in statements(d)
               for a in as_list(s.get("Action"))}
    odd = sorted(a for a in written if a not in actions and a.lower() in
                 {x.lower() for x in actions})
    if odd:
        return (f" Además, escribes {odd}: AWS no distingue mayúsculas en las acciones, pero "
                "moto sí. Escríbelas como en la documentación: s3:GetObject, s3:ListBucket.")
    return ""


def grant_prefix_read_only(grant_prefix_read: Callable[..., Any]) -> None:
    """Exercise 5b: ...and nothing else (least privilege)."""
    own_work(grant_prefix_read, "grant_prefix_read")
    scenario = prefix_scenario()
    run(grant_prefix_read, scenario["user"], scenario["bucket"], scenario["prefix"],
        what="grant_prefix_read(usuario, bucket, 'informes/')")
    check_prefix_task(scenario)
    check_prefix_only(scenario)
    passed("grant_prefix_read: ni un permiso de más.")


def check_prefix_only(scenario: dict) -> None:
    user, bucket, prefix = scenario["user"], scenario["bucket"], scenario["prefix"]
    other = scenario["other_bucket"]
    with iam_enforced():
        s3 = session_as(user).client("s3")
        check(not can(lambda: s3.get_object(Bucket=bucket, Key="nominas/enero.csv")),
              f"El usuario lee nominas/enero.csv, fuera de {prefix}: el recurso de s3:GetObject "
              f"debe ser \"arn:aws:s3:::{bucket}/{prefix}*\", no todo el bucket.")
        check(not can(lambda: s3.put_object(Bucket=bucket, Key=f"{prefix}nuevo.csv", Body=b"")),
              "El usuario puede escribir (s3:PutObject): la tarea solo pide leer. ¿Usas s3:* o "
              "s3:*Object?")
        check(not can(lambda: s3.delete_object(Bucket=bucket, Key=f"{prefix}enero.csv")),
              "El usuario puede borrar (s3:DeleteObject): la tarea solo pide leer.")
        check(not can(lambda: s3.get_object_acl(Bucket=bucket, Key=f"{prefix}enero.csv")),
              "El usuario puede leer los permisos de los objetos (s3:GetObjectAcl). «s3:Get*» "
              "concede muchas más acciones que GetObject: escribe s3:GetObject.")
        check(not can(lambda: s3.list_objects_v2(Bucket=other)),
              "El usuario puede listar otro bucket: el recurso de s3:ListBucket debe ser solo "
              f"\"arn:aws:s3:::{bucket}\", sin comodines.")
        check(not can(lambda: s3.get_object(Bucket=other, Key=f"{prefix}enero.csv")),
              "El usuario lee objetos de otro bucket: pon el nombre del bucket en el recurso, no "
              "\"*\".")
        check(not can(lambda: s3.list_buckets()),
              "El usuario puede ver la lista de todos los buckets (s3:ListAllMyBuckets): la "
              "tarea no lo pide.")
    check_only_actions(user_policy_documents(user), ["s3:ListBucket", "s3:GetObject"],
                       "El usuario", "la tarea")


def check_only_actions(documents: list[dict], wanted: list[str], who: str, task: str) -> None:
    """Every Allow statement names only actions from ``wanted``, one by one.

    moto answers only the calls the check makes; AWS has hundreds of actions more. Reading
    the policy finds the extra ones a call would never reveal (s3:GetBucketLocation,
    s3:GetObjectVersion...). A wildcard always covers more than the named actions here."""
    names = ", ".join(wanted)
    for statement in (s for d in documents for s in statements(d) if s.get("Effect") == "Allow"):
        negated = " y ".join(sorted({"NotAction", "NotResource"} & set(statement)))
        check(not negated,
              f"{who} tiene una instrucción Allow con {negated}: eso concede todo lo que no "
              f"nombra. Nombra en Action las acciones que {task} necesita ({names}).")
        for action in as_list(statement.get("Action")):
            check("*" not in action and "?" not in action,
                  f"{who} recibe «{action}», un comodín que cubre más acciones de las que "
                  f"{task} necesita: escribe cada acción por su nombre ({names}).")
            check(action.lower() in {w.lower() for w in wanted},
                  f"{who} recibe además {action!r}, y {task} solo necesita {names}: quítala. "
                  "Mínimo privilegio es nada más que lo necesario.")


# --- exercise 6: the application's instance role -----------------------------------------

def create_instance_role_trust(create_instance_role: Callable[..., Any]) -> None:
    """Exercise 6a: a role EC2 may assume, inside an instance profile of the same name."""
    own_work(create_instance_role, "create_instance_role")
    role, bucket, table = fresh_name("directorio-app"), new_bucket("fotos"), "Empleados"
    result = run(create_instance_role, role, bucket, table,
                 what=f"create_instance_role({role!r}, bucket, 'Empleados')")
    check_instance_role_trust(role, result)
    passed("create_instance_role: EC2 puede asumir el rol y el perfil de instancia lo contiene.")


def check_instance_role_trust(role: str, result: Any) -> None:
    iam = boto3.client("iam")
    try:
        found = iam.get_role(RoleName=role)["Role"]
    except ClientError:
        raise CheckFailure(f"No existe el rol «{role}»: créalo con iam.create_role(RoleName=..., "
                           "AssumeRolePolicyDocument=...).") from None
    trust = found["AssumeRolePolicyDocument"]
    trust = json.loads(trust) if isinstance(trust, str) else trust
    allowing = [s for s in statements(trust) if s.get("Effect") == "Allow"]
    who = [s.get("Principal") for s in allowing]
    services = [p for principal in who if isinstance(principal, dict)
                for p in as_list(principal.get("Service"))]
    check(not any(p == "*" or (isinstance(p, dict) and "*" in as_list(p.get("AWS")))
                  for p in who),
          "La política de confianza deja asumir el rol a cualquiera (Principal \"*\"): el "
          "principal debe ser el servicio EC2.")
    check("ec2.amazonaws.com" in services,
          "La política de confianza debe nombrar al servicio EC2: \"Principal\": {\"Service\": "
          f"\"ec2.amazonaws.com\"}}; encuentro {services or who or 'otro principal'}.")
    others = [p for p in services if p != "ec2.amazonaws.com"]
    others += [f"{kind}: {p}" for principal in who if isinstance(principal, dict)
               for kind in sorted(principal) if kind != "Service"
               for p in as_list(principal[kind])]
    check(not others and all(isinstance(p, dict) for p in who)
          and not any("NotPrincipal" in s for s in allowing),
          f"La política de confianza deja asumir el rol también a {others or who}: el enunciado "
          "pide que solo pueda asumirlo el servicio EC2. Quien figura como principal en la "
          "política de confianza recibe todos los permisos del rol.")
    actions = {a for s in allowing for a in as_list(s.get("Action"))}
    check("sts:assumerole" in {a.lower() for a in actions},
          f"La política de confianza debe permitir la acción \"sts:AssumeRole\"; permite "
          f"{sorted(actions)}.")
    check(not any(a.lower().startswith(("s3:", "dynamodb:")) for a in actions),
          "Los permisos de S3 y DynamoDB no van en la política de confianza (quién puede asumir "
          "el rol), sino en una política de permisos del rol (put_role_policy).")
    check(all(a.lower() == "sts:assumerole" for a in actions),
          f"La política de confianza permite {sorted(actions)}: para que EC2 asuma el rol basta "
          "la acción sts:AssumeRole, y nada más.")
    try:
        profile = iam.get_instance_profile(InstanceProfileName=role)["InstanceProfile"]
    except ClientError:
        raise CheckFailure(f"No existe el perfil de instancia «{role}»: créalo con "
                           "create_instance_profile y el mismo nombre que el rol.") from None
    check([r["RoleName"] for r in profile["Roles"]] == [role],
          "El perfil de instancia no contiene el rol: añádelo con "
          "add_role_to_instance_profile(InstanceProfileName=..., RoleName=...).")
    check(result == profile["Arn"],
          f"create_instance_role debe devolver el ARN del perfil de instancia ({profile['Arn']}); "
          f"devuelve {describe(result)}.")


def create_instance_role_permissions(create_instance_role: Callable[..., Any]) -> None:
    """Exercise 6b: the role lets the app use its bucket and its table, and nothing else."""
    own_work(create_instance_role, "create_instance_role")
    bucket, other = new_bucket("fotos", ["empleados/1.jpg"]), new_bucket("otras", ["x.jpg"])
    role, table = fresh_name("directorio-app"), "Empleados"
    run(create_instance_role, role, bucket, table,
        what=f"create_instance_role({role!r}, bucket, 'Empleados')")
    check_instance_role_permissions(role, bucket, other, table)
    passed("create_instance_role: el rol usa su bucket y su tabla, y nada más.")


def check_instance_role_permissions(role: str, bucket: str, other: str, table: str) -> None:
    iam = boto3.client("iam")
    try:
        arn = iam.get_role(RoleName=role)["Role"]["Arn"]
    except ClientError:
        raise CheckFailure(f"No existe el rol «{role}».") from None
    documents = role_policy_documents(role)
    check(documents, "El rol no tiene ninguna política de permisos: añádela con put_role_policy "
                     "(o create_policy + attach_role_policy).")
    twin = new_bucket(bucket, ["x.jpg"])  # its name starts with the application's bucket name
    session = session_as_role(arn, "comprobacion")
    with iam_enforced():
        s3 = session.client("s3")
        check(can(lambda: s3.put_object(Bucket=bucket, Key="empleados/2.jpg", Body=b"foto")),
              f"El rol no puede subir fotos al bucket: s3:PutObject sobre "
              f"\"arn:aws:s3:::{bucket}/*\".")
        check(can(lambda: s3.get_object(Bucket=bucket, Key="empleados/1.jpg")),
              f"El rol no puede leer fotos del bucket: s3:GetObject sobre "
              f"\"arn:aws:s3:::{bucket}/*\".")
        check(not can(lambda: session.client("iam").list_users()),
              "El rol tiene permisos de IAM: parece una política de administrador. Concede solo "
              "lo que la aplicación necesita.")
        check(not can(lambda: s3.get_object(Bucket=other, Key="x.jpg")),
              "El rol lee objetos de otros buckets: pon el nombre del bucket en el recurso.")
        check(not can(lambda: s3.get_object(Bucket=twin, Key="x.jpg")),
              "El rol lee objetos de otro bucket cuyo nombre empieza igual que el suyo: no "
              "pongas * detrás del nombre del bucket.")
        check(not can(lambda: s3.delete_object(Bucket=bucket, Key="empleados/1.jpg")),
              "El rol puede borrar fotos (s3:DeleteObject), y la aplicación no lo necesita: "
              "concede solo APP_S3_ACTIONS.")
    check_only_actions(documents, [*APP_S3_ACTIONS, *APP_DYNAMODB_ACTIONS], "El rol",
                       "la aplicación")
    table_arn = f"arn:aws:dynamodb:{REGION}:{ACCOUNT_ID}:table/{table}"
    granted: set[str] = set()
    for statement in (s for d in documents for s in statements(d) if s.get("Effect") == "Allow"):
        actions = {a.lower() for a in as_list(statement.get("Action"))}
        if not any(a.startswith("dynamodb:") for a in actions):
            continue
        for resource in as_list(statement.get("Resource")):
            table_or_index = _dynamodb_resource(resource, table)
            check(table_or_index is not False,
                  f"El rol puede leer cualquier tabla de DynamoDB, no solo la suya: el recurso "
                  f"{resource!r} también vale para otras tablas. Usa el ARN de la tabla de la "
                  f"aplicación, \"{table_arn}\".")
            if table_or_index == "table":
                granted |= actions
    missing = [a for a in APP_DYNAMODB_ACTIONS if a.lower() not in granted]
    check(not missing, f"El rol no permite {missing} sobre la tabla: usa el recurso "
                       f"\"{table_arn}\" con las acciones de APP_DYNAMODB_ACTIONS.")


def _dynamodb_resource(resource: str, table: str) -> str | bool | None:
    """What a Resource of a DynamoDB statement names: "table" (the application's table, its
    region and account written or left as *), "index" (that table's indexes), None (not a
    DynamoDB ARN, so DynamoDB actions never apply to it), False (other tables too)."""
    parts = resource.split(":", 5)
    if resource != "*" and (len(parts) < 6 or parts[:3] != ["arn", "aws", "dynamodb"]):
        return None
    if resource == "*" or parts[3] not in {REGION, "*"} or parts[4] not in {ACCOUNT_ID, "*"}:
        return False
    if parts[5] == f"table/{table}":
        return "table"
    if parts[5].startswith(f"table/{table}/index/"):
        return "index"
    return False


# --- exercise 7: attach the role to an instance ------------------------------------------

def attach_instance_profile(attach_instance_profile: Callable[..., Any]) -> None:
    """Exercise 7: associate an instance profile, or replace the one the instance has."""
    own_work(attach_instance_profile, "attach_instance_profile")
    profile, arn = new_instance_profile()
    instance = new_instance()
    result = run(attach_instance_profile, instance, profile,
                 what=f"attach_instance_profile({instance!r}, {profile!r})")
    check_association(instance, arn, result)
    second, second_arn = new_instance_profile("perfil-nuevo")
    result = run(attach_instance_profile, instance, second,
                 what=f"attach_instance_profile({instance!r}, {second!r}) (ya tenía perfil)")
    check_association(instance, second_arn, result)
    passed("attach_instance_profile: asocia el perfil, y lo sustituye si ya había uno.")


def check_association(instance: str, profile_arn: str, result: Any) -> None:
    ec2 = boto3.client("ec2", region_name=REGION)
    everywhere = ec2.describe_iam_instance_profile_associations()["IamInstanceProfileAssociations"]
    elsewhere = [a["InstanceId"] for a in everywhere
                 if a["AssociationId"] == result and a["InstanceId"] != instance]
    check(not elsewhere,
          f"attach_instance_profile ha cambiado el perfil de otra instancia ({elsewhere[:1]}), "
          f"no el de {instance}: busca solo las asociaciones de instance_id.")
    current = profile_associations(instance)
    check(current, f"La instancia {instance} no tiene ningún perfil de instancia asociado: usa "
                   "ec2.associate_iam_instance_profile(IamInstanceProfile={'Name': ...}, "
                   "InstanceId=...).")
    check(len(current) == 1, "La instancia tiene más de un perfil asociado.")
    check(current[0]["IamInstanceProfile"]["Arn"] == profile_arn,
          f"La instancia tiene asociado {current[0]['IamInstanceProfile']['Arn']}, no el perfil "
          f"pedido ({profile_arn}).")
    check(result == current[0]["AssociationId"],
          f"attach_instance_profile debe devolver el identificador de la asociación "
          f"({current[0]['AssociationId']}); devuelve {describe(result)}.")


# --- exercise 8: a cross-account role ----------------------------------------------------

def assume_role_session(assume_role_session: Callable[..., Any]) -> None:
    """Exercise 8: assume a role of another account and return a session that acts as it."""
    own_work(assume_role_session, "assume_role_session")
    role_arn, bucket, key = shared_report()
    developer = developer_allowed_to_assume(role_arn)
    with iam_enforced():
        result = run(assume_role_session, developer, role_arn, "informe-trimestral",
                     what="assume_role_session(sesion, ROL_DE_OTRA_CUENTA, 'informe-trimestral')")
        check_role_session(result, role_arn, "informe-trimestral", bucket, key)
    passed("assume_role_session: la sesión actúa como el rol de la otra cuenta y lee el informe.")


def check_role_session(result: Any, role_arn: str, session_name: str, bucket: str,
                       key: str) -> None:
    """Run inside iam_enforced(): the session acts as the role and can read the report."""
    check(not (isinstance(result, dict) and "AccessKeyId" in result),
          "Devuelves las credenciales: con ellas, construye y devuelve una sesión, "
          "boto3.Session(aws_access_key_id=..., aws_secret_access_key=..., "
          "aws_session_token=...).")
    check(isinstance(result, boto3.Session),
          f"assume_role_session debe devolver una boto3.Session; devuelve {describe(result)}.")
    try:
        arn = result.client("sts").get_caller_identity()["Arn"]
    except ClientError as error:
        raise CheckFailure("La sesión que devuelves no funciona "
                           f"({error_code(error)}). {_HINTS['InvalidAccessKeyId']}") from None
    account, role_name = role_arn.split(":")[4], role_arn.split("/")[-1]
    expected = f"arn:aws:sts::{account}:assumed-role/{role_name}/{session_name}"
    check(arn.startswith(f"arn:aws:sts::{account}:assumed-role/{role_name}/"),
          f"La sesión no actúa como el rol: AWS la reconoce como {arn}. Crea la sesión con las "
          "credenciales que devuelve assume_role.")
    check(arn == expected, f"La sesión se llama {arn.split('/')[-1]!r}: usa RoleSessionName="
                           "session_name.")
    try:
        body = result.client("s3").get_object(Bucket=bucket, Key=key)["Body"].read()
    except ClientError as error:
        raise CheckFailure(f"Con la sesión del rol no se puede leer el informe "
                           f"({error_code(error)}).") from None
    check(body, "El informe leído está vacío.")


def accepted_by_iam(text: str) -> str | None:
    """Create a managed policy from ``text``: None if IAM (moto) accepts it, else its message."""
    try:
        boto3.client("iam").create_policy(PolicyName=fresh_name("politica"), PolicyDocument=text)
    except ClientError as error:
        return error.response.get("Error", {}).get("Message", error_code(error))
    return None


def error_of(operation: Callable[[], object]) -> str | None:
    """The AWS error code an operation fails with, or None if it works (for tests)."""
    try:
        operation()
    except ClientError as error:
        return error_code(error)
    return None

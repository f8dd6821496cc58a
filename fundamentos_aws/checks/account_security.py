"""Visible checks of module 02 (cuenta y seguridad), and the set-up its hidden tests share.

Each public check runs the visible cases of one exercise and, when the answer is wrong, names
the likely mistake in Spanish; the expected values of the visible cases are literals written in
the check, and the hidden cases keep theirs in the source notebook. The scenario helpers
(``fresh_account``, ``add_user``, ``set_root_state``...) build the accounts that the visible and
hidden tests audit; :func:`aws_like_list_users` makes moto page ``ListUsers`` as AWS does.

Where moto is not AWS, the checks test what AWS would do: moto accepts any MFA codes, so
:func:`enable_mfa` verifies that the two codes were consecutive codes of the device; moto's
account summary always says that the root user has no MFA and no access keys, so
:func:`set_root_state` changes it in moto's backend to build the other cases.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import shlex
import struct
import time
import types
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from typing import Any

import boto3
from botocore.client import BaseClient
from botocore.exceptions import ClientError
from moto.core import DEFAULT_ACCOUNT_ID, enable_iam_authentication

from ..data import load_csv
from ..local_aws import local_aws_running, start_local_aws
from . import CheckFailure, api_calls_through, call, check, check_own_logic, describe, passed

SERVICES = ("ec2", "ecs_ec2", "fargate", "lambda")
SERVICE_NAMES = {"ec2": "EC2", "ecs_ec2": "ECS sobre EC2", "fargate": "Fargate",
                 "lambda": "Lambda"}
AWS_SYMBOLS = "!@#$%^&*()_+-=[]{}|'"
PROBLEM_CODES = ("longitud", "mayuscula", "minuscula", "numero", "simbolo")
# The password policy of the accounts the audit tests build: strong for the audit (16
# characters, the four kinds), and on purpose not the policy that exercise 4 asks for.
_AUDIT_POLICY = {
    "MinimumPasswordLength": 16, "RequireSymbols": True, "RequireNumbers": True,
    "RequireUppercaseCharacters": True, "RequireLowercaseCharacters": True,
    "AllowUsersToChangePassword": False, "MaxPasswordAge": 180, "PasswordReusePrevention": 5,
    "HardExpiry": True,
}


# --- Exercise 1: from boto3 to the CLI ------------------------------------------------------

CLI_CASES = [
    (("iam", "list_users", {}), "aws iam list-users"),
    (("iam", "create_user", {"UserName": "ana"}), "aws iam create-user --user-name ana"),
    (("iam", "create_virtual_mfa_device", {"VirtualMFADeviceName": "ana"}),
     "aws iam create-virtual-mfa-device --virtual-mfa-device-name ana"),
    (("iam", "enable_mfa_device", {"UserName": "ana", "AuthenticationCode1": "123456"}),
     "aws iam enable-mfa-device --user-name ana --authentication-code1 123456"),
    (("iam", "update_account_password_policy",
      {"MinimumPasswordLength": 14, "RequireSymbols": True, "HardExpiry": False}),
     "aws iam update-account-password-policy --minimum-password-length 14 --require-symbols "
     "--no-hard-expiry"),
    (("iam", "create_policy", {"PolicyName": "informes", "Description": "Lectura de informes"}),
     "aws iam create-policy --policy-name informes --description 'Lectura de informes'"),
]


def cli_command(cli_command: Callable[..., Any]) -> None:
    """Exercise 1: the AWS CLI command that makes the same call as a boto3 method."""
    for args, expected in CLI_CASES:
        shown = f"cli_command({', '.join(repr(a) for a in args)})"
        result = call(cli_command, *args, what=shown)
        check(isinstance(result, str), f"{shown} debe devolver un texto (str); devuelve "
                                       f"{describe(result)}.")
        check(result.startswith("aws "), f"{shown} devuelve {result!r}: toda orden de la CLI "
                                         "empieza por «aws » y el servicio («aws iam ...»).")
        words = split_command(result)
        check(words is not None, f"{shown} devuelve {result!r}, que no es una orden de terminal "
                                 "válida (¿comillas sin cerrar?).")
        operation = args[1]
        check(len(words) >= 3, f"{shown} devuelve {result!r}: falta la operación; se espera "
                               f"«aws {args[0]} {operation.replace('_', '-')} ...».")
        check(words[2] != operation,
              f"{shown} devuelve {result!r}: en la CLI la operación se escribe con guiones, "
              f"«{operation.replace('_', '-')}», no «{operation}».")
        check(not any(w.lower() in {"true", "false"} for w in words),
              f"{shown} devuelve {result!r}: los parámetros booleanos no llevan valor en la "
              "CLI; True es «--nombre» y False es «--no-nombre».")
        check(not any(w.startswith("--") and any(c.isupper() or c == "_" for c in w)
                      for w in words),
              f"{shown} devuelve {result!r}: los nombres de parámetro de la CLI van en "
              "minúsculas y con guiones (UserName -> --user-name).")
        if " " in str(args[2].get("Description", "")):
            check("Lectura" not in words,
                  f"{shown} devuelve {result!r}: un valor con espacios debe ir entre comillas "
                  "para que la terminal lo lea como un solo valor; usa shlex.quote(valor).")
        wanted = split_command(expected) or []
        if len(words) == len(wanted):
            for got, want in zip(words, wanted, strict=True):
                check(got == want or not (got.startswith("--") and want.startswith("--")),
                      f"{shown} devuelve {result!r}: la CLI llama a ese parámetro «{want}», no "
                      f"«{got}». Convierte los nombres con botocore.xform_name(nombre, '-'), "
                      "la función que usa la propia CLI (las siglas van juntas y los números, "
                      "pegados).")
        check(words == wanted, f"{shown} devuelve {result!r}; se esperaba {expected!r}.")
    passed(f"cli_command: correcto en los {len(CLI_CASES)} casos del ejemplo.")


def split_command(command: str) -> list[str] | None:
    try:
        return shlex.split(command)
    except ValueError:
        return None


# --- Exercise 2: the shared responsibility model --------------------------------------------

def layer_names() -> dict[str, str]:
    """{layer: Spanish description}, bottom to top."""
    return {row["capa"]: row["descripcion"] for row in load_csv("responsabilidad_compartida.csv")}


_C, _A = "cliente", "AWS"
_VISIBLE_OWNERS = {  # the visible cases: EC2 and Lambda, layer by layer
    "ec2": {"facilities": _A, "hardware": _A, "virtualization": _A, "host_os": _C,
            "capacity": _C, "orchestration": _C, "runtime": _C, "network": _C,
            "application": _C, "data": _C, "identity": _C},
    "lambda": {"facilities": _A, "hardware": _A, "virtualization": _A, "host_os": _A,
               "capacity": _A, "orchestration": _A, "runtime": _A, "network": _A,
               "application": _C, "data": _C, "identity": _C},
}


def _course_table_in(function: Callable[..., Any]) -> bool:
    """Whether ``function`` reaches, through its global names (and the notebook's helper
    functions it calls), rows of the course's ``responsabilidad_compartida.csv``: dicts with
    the keys ``capa`` and ``descripcion``, as ``load_csv`` returns them."""
    seen: set[int] = set()

    def is_row(value: object) -> bool:
        return isinstance(value, dict) and {"capa", "descripcion"} <= set(value)

    def holds_rows(value: object, depth: int = 0) -> bool:
        if is_row(value):
            return True
        if depth >= 2:
            return False
        items = (value.values() if isinstance(value, dict)
                 else value if isinstance(value, list | tuple | set | frozenset) else ())
        return any(holds_rows(item, depth + 1) for item in list(items)[:50])

    def names(code: types.CodeType) -> set[str]:
        out = set(code.co_names)
        for const in code.co_consts:
            if isinstance(const, types.CodeType):
                out |= names(const)
        return out

    def visit(func: Any) -> bool:
        code = getattr(func, "__code__", None)
        if code is None or id(func) in seen:
            return False
        seen.add(id(func))
        scope = getattr(func, "__globals__", {})
        values = [scope[n] for n in names(code) if n in scope]
        values += [c.cell_contents for c in getattr(func, "__closure__", None) or ()
                   if _filled(c)]
        return any(holds_rows(v) or (getattr(v, "__module__", None) == "__main__" and visit(v))
                   for v in values)

    return visit(function)


def _filled(cell: Any) -> bool:
    try:
        cell.cell_contents  # noqa: B018
    except ValueError:  # an empty closure cell
        return False
    return True


def responsible(responsible: Callable[[str, str], Any]) -> None:
    """Exercise 2: who looks after each layer, for EC2 and for Lambda."""
    check_own_logic(responsible, "fundamentos_aws",
                    "responsible (lee la tabla del curso con load_csv)")
    check(not _course_table_in(responsible),
          "responsible usa las filas de responsabilidad_compartida.csv, la tabla del curso: el "
          "ejercicio pide que escribas tú la tabla. Al corregir, tu profesor verá este aviso.")
    names = layer_names()
    for service, owners in _VISIBLE_OWNERS.items():
        for layer, expected in owners.items():
            shown = f"responsible({service!r}, {layer!r})"
            result = call(responsible, service, layer, what=shown)
            check(result in {"AWS", "cliente"},
                  f"{shown} devuelve {describe(result)}: debe devolver exactamente 'AWS' o "
                  "'cliente' (con esas mayúsculas y minúsculas).")
            who = "de AWS" if expected == "AWS" else "del cliente"
            check(result == expected,
                  f"{shown} devuelve {result!r}, pero en {SERVICE_NAMES[service]} la capa "
                  f"«{names[layer]}» es responsabilidad {who}. Repasa la tabla de la sección 2 "
                  "de la lección.")
    passed("responsible: correcto para EC2 y Lambda en las 11 capas.")


def wrong_layers(responsible: Callable[[str, str], Any], service: str,
                 expected: dict[str, str]) -> int:
    """How many layers ``responsible`` gets wrong for ``service``, against ``expected``
    ({layer: "AWS" | "cliente"}, which the hidden tests carry)."""
    return sum(call(responsible, service, layer, what=f"responsible({service!r}, {layer!r})")
               != owner for layer, owner in expected.items())


# --- Exercise 3: authentication or authorization ---------------------------------------------

def client_error(code: str, status: int, operation: str = "ListUsers",
                 message: str = "") -> ClientError:
    """A ClientError as botocore builds it from an AWS error response."""
    response = {"Error": {"Code": code, "Message": message or f"Error {code}"},
                "ResponseMetadata": {"HTTPStatusCode": status}}
    return ClientError(response, operation)  # type: ignore[arg-type]


def real_errors() -> dict[str, ClientError]:
    """Two errors as moto returns them with IAM enforced: an unknown key and a denied call."""
    empty_iam()
    iam = boto3.client("iam")
    iam.create_user(UserName="sin-permisos")
    key = iam.create_access_key(UserName="sin-permisos")["AccessKey"]
    as_user = boto3.client("iam", aws_access_key_id=key["AccessKeyId"],
                           aws_secret_access_key=key["SecretAccessKey"], aws_session_token=None)
    as_nobody = boto3.client("iam", aws_access_key_id="AKIAEJEMPLOINVENTADO",
                             aws_secret_access_key="no-existe", aws_session_token=None)
    errors = {}
    with enable_iam_authentication():
        for name, client in (("InvalidClientTokenId", as_nobody), ("AccessDenied", as_user)):
            try:
                client.list_users()
            except ClientError as error:
                errors[name] = error
    return errors


def failure_kind(failure_kind: Callable[[ClientError], Any]) -> None:
    """Exercise 3: authentication, authorization or something else."""
    real = real_errors()
    cases = [
        (real["InvalidClientTokenId"], "autenticacion",
         "InvalidClientTokenId significa que AWS no reconoce la clave de acceso que firma la "
         "petición: ha fallado la autenticación (¿quién eres?)."),
        (real["AccessDenied"], "autorizacion",
         "AccessDenied significa que AWS sabe quién llama, pero sus políticas no le permiten "
         "esa acción: ha fallado la autorización (¿qué puedes hacer?)."),
        (client_error("SignatureDoesNotMatch", 403), "autenticacion",
         "SignatureDoesNotMatch: la firma no cuadra con la clave secreta; AWS no puede "
         "comprobar quién llama (autenticación)."),
        (client_error("NoSuchEntity", 404, "GetUser"), "otro",
         "NoSuchEntity (no existe el usuario) no es un problema de credenciales ni de permisos."),
    ]
    for error, expected, why in cases:
        code = error.response["Error"]["Code"]
        status = error.response["ResponseMetadata"]["HTTPStatusCode"]
        shown = f"failure_kind(<ClientError {code}, HTTP {status}>)"
        try:
            result = call(failure_kind, error, what=shown)
        except CheckFailure as failure:
            if not any(f"lanzó {name}" in str(failure)
                       for name in ("TypeError", "AttributeError", "KeyError")):
                raise
            raise CheckFailure(f"{str(failure).rstrip('.')}. El código de error de una "
                               "ClientError está en error.response['Error']['Code'].") from None
        check(result in {"autenticacion", "autorizacion", "otro"},
              f"{shown} devuelve {describe(result)}: debe devolver 'autenticacion', "
              "'autorizacion' u 'otro' (sin tildes).")
        if code == "InvalidClientTokenId" and result == "autorizacion":
            raise CheckFailure(
                f"{shown} devuelve 'autorizacion'. {why} El código HTTP (403) es el mismo que "
                "el de AccessDenied, así que no sirve para distinguirlos: mira el código de "
                "error, error.response['Error']['Code'].")
        check(result == expected, f"{shown} devuelve {result!r}, se esperaba {expected!r}. {why}")
    passed("failure_kind: correcto con dos errores reales de moto y dos construidos.")


# --- Accounts for the tests ------------------------------------------------------------------

def set_root_state(mfa: bool, access_keys: bool) -> None:
    """Give the emulated root user MFA and access keys, or not.

    moto has no API for the root user: its account summary always says AccountMFAEnabled = 0
    and AccountAccessKeysPresent = 0. The tests change those two values in moto's backend to
    build accounts whose root user is in other states; in AWS they reflect the real root.
    """
    from moto.iam.models import iam_backends

    summary = iam_backends[DEFAULT_ACCOUNT_ID]["global"].account_summary
    summary._account_mfa_enabled = int(mfa)
    summary._account_access_keys_present = int(access_keys)


def empty_iam() -> None:
    """Empty IAM in the emulated account: users, keys, MFA devices, password policy...

    Only IAM: other services keep their state, and the mock keeps running (restarting it
    would also make every new boto3 client reload its service data, about 0.1 s each).
    """
    from moto.iam.models import iam_backends

    if not local_aws_running():
        start_local_aws()
    iam_backends[DEFAULT_ACCOUNT_ID]["global"].reset()


def fresh_account(root_mfa: bool = True, root_keys: bool = False,
                  policy: dict[str, Any] | None | str = "strong") -> Any:
    """Empty IAM in the emulated account and set it up; returns an IAM client.

    By default the root user is protected and the password policy is strong for the audit, so
    that only what a test adds shows up in an audit. ``policy`` is a dict of
    ``update_account_password_policy`` parameters, or None for no policy.
    """
    if policy == "strong":
        policy = _AUDIT_POLICY
    empty_iam()
    set_root_state(root_mfa, root_keys)
    iam = boto3.client("iam")
    if policy is not None:
        iam.update_account_password_policy(**policy)
    return iam


def add_user(name: str, console: bool = False, mfa: bool = False, keys: int = 0,
             inactive_keys: int = 0) -> None:
    """Create IAM user ``name`` with a console password, an MFA device and access keys."""
    iam = boto3.client("iam")
    iam.create_user(UserName=name)
    if console:
        iam.create_login_profile(UserName=name, Password="Una-contraseña-larga-2026!")
    if mfa:  # set-up only: moto does not check the codes (AWS would, see mfa_problem)
        serial = iam.create_virtual_mfa_device(
            VirtualMFADeviceName=f"{name}-mfa")["VirtualMFADevice"]["SerialNumber"]
        iam.enable_mfa_device(UserName=name, SerialNumber=serial,
                              AuthenticationCode1="123456", AuthenticationCode2="654321")
    for i in range(keys + inactive_keys):
        key = iam.create_access_key(UserName=name)["AccessKey"]
        if i >= keys:
            iam.update_access_key(UserName=name, AccessKeyId=key["AccessKeyId"],
                                  Status="Inactive")
    _whole_seconds(name)


def _whole_seconds(name: str) -> None:
    """AWS gives a key's CreateDate in whole seconds, in ListAccessKeys and in the credential
    report alike; moto keeps microseconds in one and not in the other. Round them away."""
    from moto.iam.models import iam_backends

    for key in iam_backends[DEFAULT_ACCOUNT_ID]["global"].users[name].access_keys:
        key.create_date = key.create_date.replace(microsecond=0)


@contextmanager
def aws_like_list_users(page_size: int = 100) -> Iterator[None]:
    """Inside the block, ``ListUsers`` pages as AWS does and moto does not.

    moto returns every user in one answer, whatever ``MaxItems`` says; AWS returns at most
    ``MaxItems`` users (100 when it is not given) with ``IsTruncated`` and a ``Marker`` for the
    next page. Code that reads only the first page is wrong in AWS: inside this block it is
    wrong in moto too.
    """
    def make(original: Any) -> Any:
        def paged(client: BaseClient, operation_name: str, api_params: dict[str, Any]) -> Any:
            if (client.meta.service_model.service_name, operation_name) != ("iam",
                                                                             "ListUsers"):
                return original(client, operation_name, api_params)
            params = dict(api_params)
            size = params.pop("MaxItems", page_size)
            start = int(params.pop("Marker", "0") or 0)
            answer = original(client, operation_name, params)
            users = answer["Users"]
            answer["Users"] = users[start:start + size]
            answer["IsTruncated"] = start + size < len(users)
            answer.pop("Marker", None)
            if answer["IsTruncated"]:
                answer["Marker"] = str(start + size)
            return answer
        return paged

    with api_calls_through(make):
        yield


def days_from_now(days: int) -> datetime:
    """An aware UTC datetime ``days`` after now (the ``today`` the audit receives)."""
    return datetime.now(UTC) + timedelta(days=days)


# --- Exercise 4: the password policy ----------------------------------------------------------

def _policy_or_none() -> dict[str, Any] | None:
    iam = boto3.client("iam")
    try:
        return iam.get_account_password_policy()["PasswordPolicy"]
    except iam.exceptions.NoSuchEntityException:
        return None


def policy_problems(expected: dict[str, Any]) -> list[str]:
    """How the account's password policy differs from ``expected`` (Spanish)."""
    policy = _policy_or_none()
    if policy is None:
        return ["la cuenta no tiene política de contraseñas: llama a "
                "iam.update_account_password_policy(...)"]
    return [f"{key} vale {policy.get(key)!r} y debería valer {value!r}"
            for key, value in expected.items() if policy.get(key) != value]


def apply_password_policy(apply_password_policy: Callable[[int, int], Any]) -> None:
    """Exercise 4: the account gets the password policy of the statement."""
    fresh_account(policy=None)
    call(apply_password_policy, 14, 90)
    problems = policy_problems({
        "MinimumPasswordLength": 14, "RequireSymbols": True, "RequireNumbers": True,
        "RequireUppercaseCharacters": True, "RequireLowercaseCharacters": True,
        "AllowUsersToChangePassword": True, "MaxPasswordAge": 90, "PasswordReusePrevention": 24,
        "HardExpiry": False})
    if problems and problems[0].startswith("la cuenta no tiene"):
        raise CheckFailure("Después de apply_password_policy(14, 90) " + problems[0] + ".")
    check(not problems, "La política de contraseñas no cumple las reglas del enunciado: "
                        + "; ".join(problems) + ".")
    boto3.client("iam").update_account_password_policy(MinimumPasswordLength=6)
    call(apply_password_policy, 16, 60)
    problems = policy_problems({
        "MinimumPasswordLength": 16, "RequireSymbols": True, "RequireNumbers": True,
        "RequireUppercaseCharacters": True, "RequireLowercaseCharacters": True,
        "AllowUsersToChangePassword": True, "MaxPasswordAge": 60, "PasswordReusePrevention": 24,
        "HardExpiry": False})
    check(not problems, "Con una política débil ya puesta, apply_password_policy(16, 60) debe "
                        "dejar la de las reglas, con los valores que recibe: "
                        + "; ".join(problems) + ".")
    passed("apply_password_policy: la política cumple las reglas en los dos casos.")


# --- Exercise 5: checking a password against the policy ----------------------------------------

PASSWORD_CASES = [
    ("Curso-de-AWS-2026", []),
    ("Corta-1", ["longitud"]),
    ("todo-en-minusculas-2026", ["mayuscula"]),
    ("TODO-EN-MAYUSCULAS-2026", ["minuscula"]),
    ("Sin-numeros-en-absoluto", ["numero"]),
    ("SinSimbolos2026SinSimbolos", ["simbolo"]),
    ("corta", ["longitud", "mayuscula", "numero", "simbolo"]),
]


def password_problems(password_problems: Callable[[str, dict], Any]) -> None:
    """Exercise 5: which rules of the policy a password breaks."""
    policy = {"MinimumPasswordLength": 14, "RequireSymbols": True, "RequireNumbers": True,
              "RequireUppercaseCharacters": True, "RequireLowercaseCharacters": True,
              "AllowUsersToChangePassword": True, "MaxPasswordAge": 90,
              "PasswordReusePrevention": 24, "HardExpiry": False}
    for password, expected in PASSWORD_CASES:
        shown = f"password_problems({password!r}, POLITICA)"
        result = call(password_problems, password, policy, what=shown)
        check(isinstance(result, list), f"{shown} debe devolver una lista; devuelve "
                                        f"{describe(result)}.")
        unknown = [p for p in result if p not in PROBLEM_CODES]
        check(not unknown, f"{shown} devuelve {result!r}: los únicos códigos posibles son "
                           f"{list(PROBLEM_CODES)} ({unknown} no es uno de ellos).")
        check(len(set(result)) == len(result), f"{shown} devuelve {result!r}: cada código "
                                               "debe salir una sola vez.")
        check(sorted(result) == sorted(expected),
              f"{shown} devuelve {result!r}; se esperaba {expected!r} (en cualquier orden). "
              "La política exige 14 caracteres como mínimo, mayúscula, minúscula, número y "
              f"uno de estos símbolos: {AWS_SYMBOLS}")
    lax = {"MinimumPasswordLength": 8, "RequireSymbols": False, "RequireNumbers": False,
           "RequireUppercaseCharacters": False, "RequireLowercaseCharacters": True}
    result = call(password_problems, "solominusculas", lax,
                  what="password_problems('solominusculas', política sin exigencias)")
    check(result == [], f"Con una política que solo exige minúsculas y 8 caracteres, "
                        f"'solominusculas' no tiene problemas; tu función devuelve {result!r}. "
                        "Exige cada tipo de carácter solo si su Require... vale True.")
    passed("password_problems: correcto en los 8 casos del ejemplo.")


# --- Exercise 6: MFA ------------------------------------------------------------------------

def totp(seed: bytes | str, moment: float) -> str:
    """The 6-digit TOTP code (RFC 6238: HMAC-SHA1, 30 s) of a base32 ``seed`` at ``moment``."""
    key = base64.b32decode(seed)
    digest = hmac.new(key, struct.pack(">Q", int(moment) // 30), hashlib.sha1).digest()
    offset = digest[-1] & 0x0F
    number = struct.unpack(">I", digest[offset:offset + 4])[0] & 0x7FFFFFFF
    return f"{number % 1_000_000:06d}"


def mfa_problem(user_name: str, serial: object, window_s: int = 300) -> str | None:
    """Why the MFA of ``user_name`` is not what AWS would accept (Spanish), or None.

    AWS (not moto) checks that the device exists and that the two codes are consecutive
    codes of the device, for about now; moto stores them without looking.
    """
    from moto.iam.models import iam_backends

    iam = boto3.client("iam")
    check(isinstance(serial, str) and serial.startswith("arn:aws:iam::"),
          f"enable_mfa({user_name!r}) debe devolver el número de serie del dispositivo (el "
          f"ARN que empieza por 'arn:aws:iam::'); devuelve {describe(serial)}.")
    check(serial.rsplit(":mfa/", 1)[-1] == user_name,
          f"enable_mfa({user_name!r}) devuelve el dispositivo {serial}: el dispositivo debe "
          f"llamarse como el usuario (VirtualMFADeviceName={user_name!r}), y su número de serie "
          f"acabar en ':mfa/{user_name}'.")
    enabled = [d["SerialNumber"] for d in iam.list_mfa_devices(UserName=user_name)["MFADevices"]]
    if serial not in enabled:
        return (f"El dispositivo {serial} no está activado para {user_name}: "
                f"list_mfa_devices(UserName={user_name!r}) devuelve {enabled}. Llama a "
                "enable_mfa_device con ese usuario y ese número de serie.")
    backend = iam_backends[DEFAULT_ACCOUNT_ID]["global"]
    device = backend.virtual_mfa_devices.get(serial)
    if device is None:
        return (f"No existe ningún dispositivo MFA virtual con el número de serie {serial}: "
                "créalo con create_virtual_mfa_device y usa el SerialNumber que devuelve. "
                "(moto deja activar un número inventado; AWS respondería NoSuchEntity.)")
    stored = backend.users[user_name].mfa_devices[serial]
    codes = (stored.authentication_code_1, stored.authentication_code_2)
    if codes[0] == codes[1]:
        return (f"Has usado el mismo código dos veces ({codes[0]}). AWS pide dos códigos "
                "consecutivos: el de ahora y el siguiente (30 s después).")
    seed, now = device.base32_string_seed, time.time()
    steps = range(int(now - window_s) // 30, int(now + window_s) // 30 + 1)
    if any((totp(seed, k * 30), totp(seed, (k + 1) * 30)) == codes for k in steps):
        return None
    if any((totp(seed, (k + 1) * 30), totp(seed, k * 30)) == codes for k in steps):
        return (f"Los códigos {codes} van al revés: el primero es el del instante actual y el "
                "segundo el de 30 s después.")
    return (f"Los códigos {codes} no son dos códigos consecutivos y actuales del dispositivo. "
            "Calcúlalos con totp_code(semilla, instante) para time.time() y time.time() + 30, "
            "con la semilla (Base32StringSeed) que devuelve create_virtual_mfa_device. "
            "moto los aceptaría igual, pero AWS respondería InvalidAuthenticationCode.")


def enable_mfa(enable_mfa: Callable[[str], Any]) -> None:
    """Exercise 6: a virtual MFA device, created and enabled for a user."""
    fresh_account()
    add_user("ana", console=True)
    serial = call(enable_mfa, "ana")
    problem = mfa_problem("ana", serial)
    check(problem is None, f"enable_mfa('ana'): {problem}")
    passed(f"enable_mfa: ana tiene activado el dispositivo {serial}.")


# --- Exercise 7: the account audit --------------------------------------------------------------

def findings_codes(result: object, shown: str) -> list[str]:
    """The codes of a list of findings, after checking its shape (a Spanish message if not)."""
    check(isinstance(result, list), f"{shown} debe devolver una lista de hallazgos; devuelve "
                                    f"{describe(result)}.")
    for finding in result:
        check(isinstance(finding, dict) and {"codigo", "mensaje"} <= set(finding),
              f"{shown}: cada hallazgo debe ser un diccionario con las claves 'codigo' y "
              f"'mensaje'; uno de ellos es {describe(finding)}.")
        check(isinstance(finding["mensaje"], str) and finding["mensaje"].strip(),
              f"{shown}: el hallazgo {finding['codigo']!r} no tiene mensaje; explica en "
              "español qué pasa y qué hacer.")
        name = str(finding["codigo"]).partition(":")[2]
        check(not name or name in finding["mensaje"],
              f"{shown}: el mensaje del hallazgo {finding['codigo']!r} debe nombrar al usuario "
              f"«{name}» para que se sepa a quién afecta.")
    codes = [f["codigo"] for f in result]
    repeated = sorted({c for c in codes if codes.count(c) > 1})
    check(not repeated, f"{shown}: el hallazgo {repeated} sale repetido; cada código va una "
                        "sola vez (un usuario con dos claves viejas es un solo hallazgo).")
    return codes


def run_audit(audit_account: Callable[[datetime], Any], today: datetime,
              what: str = "audit_account(today)") -> set[str]:
    """Run the student's audit; explain the usual crashes; return the set of codes."""
    try:
        result = audit_account(today)
    except NotImplementedError:
        raise CheckFailure(f"{what}: la función aún no está hecha (lanza NotImplementedError). "
                           "Sustituye la línea «raise NotImplementedError()» por tu código."
                           ) from None
    except CheckFailure:
        raise
    except ClientError as error:
        code = error.response.get("Error", {}).get("Code")
        operation = error.operation_name
        if code == "NoSuchEntity" and operation == "GetAccountPasswordPolicy":
            raise CheckFailure(
                f"{what} lanzó NoSuchEntityException en get_account_password_policy: así "
                "responde AWS cuando la cuenta no tiene política de contraseñas. Captúrala "
                "(except iam.exceptions.NoSuchEntityException) y cuenta el hallazgo "
                "'sin-politica-de-contrasenas'.") from None
        if code == "NoSuchEntity" and operation == "GetLoginProfile":
            raise CheckFailure(
                f"{what} lanzó NoSuchEntityException en get_login_profile: así responde AWS "
                "cuando el usuario no tiene contraseña de consola. Captúrala: ese usuario no "
                "entra en la consola.") from None
        if code == "ReportNotPresent":
            raise CheckFailure(
                f"{what} lanzó ReportNotPresent: hay que pedir el informe con "
                "generate_credential_report() (hasta que su State sea 'COMPLETE') antes de "
                "get_credential_report().") from None
        raise CheckFailure(f"{what} lanzó {type(error).__name__}: {error}") from None
    except Exception as exc:  # the student's bug: say which call and what it raised
        raise CheckFailure(f"{what} lanzó {type(exc).__name__}: {exc}") from None
    return set(findings_codes(result, what))


ROOT_CODES = {"raiz-sin-mfa", "raiz-con-claves"}
POLICY_CODES = {"sin-politica-de-contrasenas", "politica-debil"}


def audit_root(audit_account: Callable[[datetime], Any]) -> None:
    """Exercise 7a: the root user's MFA and access keys."""
    fresh_account(root_mfa=False, root_keys=True)
    codes = run_audit(audit_account, days_from_now(0))
    check("raiz-sin-mfa" in codes,
          "La raíz no tiene MFA (AccountMFAEnabled = 0 en get_account_summary()) y tu "
          f"auditoría no lo dice: devuelve {sorted(codes)}. ¿Buscas la fila <root_account> del "
          "informe de credenciales? moto no la incluye: usa get_account_summary().")
    check("raiz-con-claves" in codes,
          "La raíz tiene claves de acceso (AccountAccessKeysPresent = 1 en "
          f"get_account_summary()) y tu auditoría no lo dice: devuelve {sorted(codes)}.")
    check(codes == ROOT_CODES, f"En una cuenta sin usuarios y con buena política de "
                               f"contraseñas solo salen los dos hallazgos de la raíz; tu "
                               f"auditoría devuelve {sorted(codes)}.")
    fresh_account(root_mfa=True, root_keys=False)
    codes = run_audit(audit_account, days_from_now(0))
    check(not codes & ROOT_CODES,
          "Con la raíz protegida (AccountMFAEnabled = 1 y AccountAccessKeysPresent = 0) no debe "
          f"salir ningún hallazgo de la raíz; tu auditoría devuelve {sorted(codes)}.")
    check(not codes, f"Esta cuenta no tiene ningún problema, pero tu auditoría devuelve "
                     f"{sorted(codes)}.")
    passed("audit_account: la raíz, bien auditada en los dos casos del ejemplo.")


def audit_policy(audit_account: Callable[[datetime], Any]) -> None:
    """Exercise 7b: the password policy, missing or weak."""
    fresh_account(policy=None)
    codes = run_audit(audit_account, days_from_now(0))
    check(codes == {"sin-politica-de-contrasenas"},
          "Sin política de contraseñas se espera solo 'sin-politica-de-contrasenas'; tu "
          f"auditoría devuelve {sorted(codes)}.")
    weak = {**_AUDIT_POLICY, "MinimumPasswordLength": 8}
    fresh_account(policy=weak)
    codes = run_audit(audit_account, days_from_now(0))
    check(codes == {"politica-debil"},
          "Con una política que pide solo 8 caracteres se espera 'politica-debil' (el mínimo "
          f"del enunciado es 14); tu auditoría devuelve {sorted(codes)}.")
    passed("audit_account: la política de contraseñas, bien auditada en los dos casos.")


def audit_users_mfa(audit_account: Callable[[datetime], Any]) -> None:
    """Exercise 7c: users who sign in to the console without MFA."""
    fresh_account()
    add_user("ana", console=True)
    add_user("luis", console=True, mfa=True)
    add_user("robot", keys=1)
    codes = run_audit(audit_account, days_from_now(0))
    check("usuario-sin-mfa:ana" in codes,
          "ana entra en la consola con contraseña y no tiene MFA: falta el hallazgo "
          f"'usuario-sin-mfa:ana'. Tu auditoría devuelve {sorted(codes)}.")
    check("usuario-sin-mfa:luis" not in codes,
          "luis tiene un dispositivo MFA activado (list_mfa_devices): no es un hallazgo.")
    check("usuario-sin-mfa:robot" not in codes,
          "robot no tiene contraseña de consola (solo claves de acceso): el hallazgo "
          "'usuario-sin-mfa' es solo para usuarios que entran en la consola.")
    check(codes == {"usuario-sin-mfa:ana"},
          f"Se esperaba solo 'usuario-sin-mfa:ana'; tu auditoría devuelve {sorted(codes)}.")
    passed("audit_account: usuarios sin MFA, bien auditados.")


def audit_old_keys(audit_account: Callable[[datetime], Any]) -> None:
    """Exercise 7d: active access keys older than 90 days."""
    fresh_account()
    add_user("robot", keys=1, mfa=True)
    add_user("jubilado", inactive_keys=1, mfa=True)
    add_user("nadie", mfa=True)
    codes = run_audit(audit_account, days_from_now(100), "audit_account(hoy + 100 días)")
    check(codes, "Dentro de 100 días la clave activa de robot tendrá más de 90 días, pero tu "
                 "auditoría no devuelve nada. ¿Calculas la edad con el parámetro today (today - "
                 "CreateDate) y no con la fecha de hoy?")
    check("clave-antigua:jubilado" not in codes,
          "La clave de jubilado está desactivada (Status 'Inactive'): ya no sirve para entrar, "
          "así que no es un hallazgo.")
    check(codes == {"clave-antigua:robot"},
          f"Se esperaba solo 'clave-antigua:robot'; tu auditoría devuelve {sorted(codes)}.")
    codes = run_audit(audit_account, days_from_now(30), "audit_account(hoy + 30 días)")
    check(not codes, f"Dentro de 30 días ninguna clave tendrá más de 90 días; tu auditoría "
                     f"devuelve {sorted(codes)}.")
    passed("audit_account: claves de acceso antiguas, bien auditadas.")

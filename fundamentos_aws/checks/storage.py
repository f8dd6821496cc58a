"""Visible checks of module 09 (storage: EBS, EFS, S3), and the set-up its tests share.

Each check function runs the visible cases of one exercise with literal expected values and,
when the answer is wrong, names the likely mistake in Spanish. The hidden cases live only in
the source notebook: they pass their own expected values to the ``check_*`` helpers here,
which only build the test state in moto, compare and explain.

Where moto is not AWS, the checks test what AWS would do:

- moto lets a volume in one zone attach to an instance in another, creates volumes from a
  snapshot as ``gp2`` unless told otherwise, and never leaves a snapshot ``pending`` or a
  volume ``creating``: the checks record the calls (zone, type, waiters before acting).
- moto shrinks volumes and accepts lifecycle rules that AWS refuses: the statements say what
  AWS refuses and the checks test it.
- moto ignores the ``Allow`` statements of a bucket policy when it checks a request with IAM
  enforced (only identity policies grant access): :func:`bucket_policies_enforced` adds
  AWS's same-account rule, so that a role that a bucket policy names can use the bucket.
- moto never lets a presigned URL expire: the checks read what AWS would read in the URL.
"""

from __future__ import annotations

import functools
import itertools
import json
import re
import urllib.parse
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
ACCOUNT_ID = "123456789012"  # moto's account
AMI_ID = "ami-0abcdef1234567890"  # any id: moto does not validate AMIs unless told to

_counter = itertools.count(1)


# --- set-up shared by visible and hidden tests -------------------------------------------

def fresh_name(prefix: str) -> str:
    """A name no other test has used (valid for buckets, roles and users)."""
    return f"{prefix}-{next(_counter)}-{uuid.uuid4().hex[:6]}"


# One client per service for every check: making a client costs about 0.1 s.
@functools.cache
def ec2_client() -> Any:
    return boto3.client("ec2", region_name=REGION)


@functools.cache
def s3_client() -> Any:
    return boto3.client("s3", region_name=REGION)


@functools.cache
def iam_client() -> Any:
    return boto3.client("iam", region_name=REGION)


def new_instance(zone: str) -> str:
    """An instance in availability zone ``zone`` (of us-east-1); returns its id."""
    response = ec2_client().run_instances(ImageId=AMI_ID, InstanceType="t3.micro",
                                          MinCount=1, MaxCount=1,
                                          Placement={"AvailabilityZone": zone})
    return response["Instances"][0]["InstanceId"]


def new_volume(zone: str, size: int = 20, volume_type: str = "gp3", **extra: Any) -> str:
    """A volume in ``zone``; returns its id."""
    volume = ec2_client().create_volume(AvailabilityZone=zone, Size=size,
                                        VolumeType=volume_type, **extra)
    return volume["VolumeId"]


def volume(volume_id: str) -> dict:
    return ec2_client().describe_volumes(VolumeIds=[volume_id])["Volumes"][0]


def new_bucket(versioned: bool = False) -> str:
    name = fresh_name("pruebas")
    s3 = s3_client()
    s3.create_bucket(Bucket=name)
    if versioned:
        s3.put_bucket_versioning(Bucket=name, VersioningConfiguration={"Status": "Enabled"})
    return name


def run(function: Callable[..., Any], *args: Any, what: str | None = None) -> Any:
    """``call`` plus a Spanish hint for the errors a beginner meets in this module."""
    return call_with_hint(function, *args, hint_for=_hint_for, what=what)


def _hint_for(error: BaseException | None) -> str:
    if isinstance(error, ParamValidationError):
        return ("boto3 rechaza los parámetros de la llamada: revisa sus nombres (VolumeId, "
                "AvailabilityZone, SnapshotId...) y que los números sean int, no texto.")
    if isinstance(error, ClientError):
        code = error.response.get("Error", {}).get("Code", "")
        if code == "NoSuchLifecycleConfiguration":
            return ("Un bucket sin reglas de ciclo de vida responde con el error "
                    "NoSuchLifecycleConfiguration: captúralo (except ClientError) y empieza "
                    "con una lista de reglas vacía.")
        if code == "NoSuchBucket":
            return "No existe ese bucket: usa el nombre que recibe tu función."
        if code in {"InvalidVolume.NotFound", "InvalidInstanceID.NotFound",
                    "InvalidSnapshot.NotFound"}:
            return ("No existe ese recurso en la región del cliente: usa el cliente ec2 y los "
                    "identificadores que recibe tu función.")
        if code == "InvalidParameterValue":
            return f"AWS rechaza un parámetro: {error.response['Error'].get('Message', '')}"
    if isinstance(error, KeyError) and error.args and error.args[0] in {"Versions",
                                                                        "DeleteMarkers"}:
        return ("list_object_versions no incluye la clave «Versions» (o «DeleteMarkers») "
                "cuando no hay ninguna: usa respuesta.get(\"Versions\", []).")
    return ""


# --- course additions to moto ---------------------------------------------------------------

@contextmanager
def small_pages(size: int = 2) -> Iterator[None]:
    """Inside the block, S3 list calls that do not ask for a page size get pages of ``size``.

    AWS returns at most 1,000 entries per page, and says a page may hold fewer: correct code
    follows ``IsTruncated`` whatever the page size. Building 1,001 versions in moto takes
    seconds; asking for small pages tests the same thing at once.
    """
    def make(original: Any) -> Any:
        def paged(client: BaseClient, operation_name: str, api_params: dict[str, Any]) -> Any:
            if (operation_name in {"ListObjectVersions", "ListObjectsV2", "ListObjects"}
                    and "MaxKeys" not in api_params):
                api_params = {**api_params, "MaxKeys": size}
            return original(client, operation_name, api_params)
        return paged

    with api_calls_through(make):
        yield


@contextmanager
def recorded_presigns() -> Iterator[list[dict[str, Any]]]:
    """Record every URL that botocore presigns inside the block, by any client.

    Yields a list that fills with dicts: ``operation`` (``"GetObject"``...), ``method``
    (``"GET"``...), ``expires_in`` (seconds) and ``url``.
    """
    import botocore.signers

    found: list[dict[str, Any]] = []
    original = botocore.signers.RequestSigner.generate_presigned_url

    def recording(signer: Any, request_dict: dict, operation_name: str,
                  expires_in: int = 3600, region_name: str | None = None,
                  signing_name: str | None = None) -> str:
        url = original(signer, request_dict, operation_name, expires_in, region_name,
                       signing_name)
        found.append({"operation": operation_name, "method": request_dict.get("method"),
                      "expires_in": expires_in, "url": url})
        return url

    botocore.signers.RequestSigner.generate_presigned_url = recording  # type: ignore
    try:
        yield found
    finally:
        botocore.signers.RequestSigner.generate_presigned_url = original  # type: ignore


def _caller_principals(access_key: Any) -> set[str]:
    """The ARNs a bucket policy may name to mean this caller (a role for its sessions)."""
    arn = access_key.arn
    found = {arn}
    session = re.fullmatch(r"arn:([\w-]+):sts::(\d+):assumed-role/([^/]+)/.+", arn)
    if session:
        partition, account, role = session.groups()
        found.add(f"arn:{partition}:iam::{account}:role/{role}")
    return found


def _bucket_policy_allows(request: Any, resource: str) -> bool:
    """Does the policy of the bucket in ``resource`` allow this caller this action?

    Only ``Allow`` statements with ``Principal``, ``Action`` and ``Resource`` (no ``Not*``,
    no ``Condition``, which this addition does not evaluate) can grant.
    """
    from moto.s3.models import s3_backends

    def listed(value: Any) -> list:
        return value if isinstance(value, list) else [value]

    def matches(pattern: str, text: str, flags: int = 0) -> bool:  # IAM's * and ? wildcards
        regex = "".join(".*" if c == "*" else "." if c == "?" else re.escape(c)
                        for c in pattern)
        return re.fullmatch(regex, text, flags) is not None

    bucket_name = resource.split(":::", 1)[-1].split("/", 1)[0]
    backend = s3_backends[request.account_id]["aws"]
    bucket = backend.buckets.get(bucket_name)
    if bucket is None or not bucket.policy:
        return False
    document = json.loads(bucket.policy)
    callers = _caller_principals(request._access_key)
    for statement in listed(document.get("Statement", [])):
        if (not isinstance(statement, dict) or statement.get("Effect") != "Allow"
                or {"NotPrincipal", "NotAction", "NotResource", "Condition"} & set(statement)):
            continue
        principal = statement.get("Principal")
        if principal == "*":
            named = True
        elif isinstance(principal, dict):
            values = listed(principal.get("AWS", []))
            named = "*" in values or bool(callers & set(values))
        else:
            named = False
        if (named
                and any(matches(a, request._action, re.IGNORECASE)
                        for a in listed(statement.get("Action", [])))
                and any(matches(r, resource) for r in listed(statement.get("Resource", [])))):
            return True
    return False


def _identity_denies(request: Any, resource: str) -> bool:
    from moto.iam.access_control import IAMPolicy, PermissionResult

    return any(IAMPolicy(p).is_action_permitted(request._action, resource)
               == PermissionResult.DENIED for p in request._access_key.collect_policies())


@contextmanager
def bucket_policies_enforced() -> Iterator[None]:
    """Inside the block (use it with ``iam_enforced()``), a bucket policy's ``Allow`` grants.

    In AWS, within one account, a request to S3 is allowed when the caller's identity
    policies **or** the bucket policy allow it, and nothing denies it explicitly. moto checks
    only identity policies (and applies a bucket policy's ``Deny`` statements to every
    caller, whoever they name). This adds the missing half: an ``Allow`` statement of the
    bucket policy that names the caller (an IAM user, or the role of an assumed-role
    session), or ``"*"``, grants the action on the resources it lists.
    """
    from moto.iam.access_control import S3IAMRequest

    original = S3IAMRequest.check_action_permitted

    def check_action_permitted(request: Any, resource: str) -> None:
        try:
            original(request, resource)
        except Exception:
            if _identity_denies(request, resource) or not _bucket_policy_allows(request,
                                                                                 resource):
                raise

    S3IAMRequest.check_action_permitted = check_action_permitted  # type: ignore
    try:
        yield
    finally:
        S3IAMRequest.check_action_permitted = original  # type: ignore


# --- exercise 1: which storage ------------------------------------------------------------

STORAGE_OPTIONS = ("almacen_instancias", "ebs", "efs", "s3")
_SCENARIO_HASHES = {
    "procesado_temporal": "8cd33468c526cfa9",
    "base_de_datos": "f508e1ecbff2ed01",
    "web_compartida": "91b6806515efc62f",
    "fotos_usuarios": "58159bb8e07db8ab",
    "volumen_raiz": "985f505ebdbe54c1",
    "copias_7_anos": "2c5301ba9d02d7a9",
}
_SCENARIO_HINTS = {
    "procesado_temporal": "se puede perder sin problema y necesita el disco más rápido, "
                          "pegado al servidor.",
    "base_de_datos": "un único servidor, un disco que sobrevive si la instancia se para.",
    "web_compartida": "varias instancias, en varias zonas, leyendo y escribiendo los mismos "
                      "ficheros a la vez.",
    "fotos_usuarios": "millones de ficheros enteros, servidos por HTTP con su URL.",
    "volumen_raiz": "el sistema operativo debe seguir ahí después de detener la instancia.",
    "copias_7_anos": "años guardado, casi nunca leído: ¿qué servicio tiene clases de archivo?",
}


def storage_choices(choices: Any) -> None:
    """Exercise 1: one storage option per scenario (checked against hashes)."""
    check(isinstance(choices, dict),
          f"STORAGE_FOR debe ser un diccionario escenario → almacenamiento; es "
          f"{describe(choices)}.")
    missing = sorted(set(_SCENARIO_HASHES) - set(choices))
    check(not missing, f"STORAGE_FOR: faltan los escenarios {missing}.")
    extra = sorted(set(choices) - set(_SCENARIO_HASHES))
    check(not extra, f"STORAGE_FOR: sobran claves que no son escenarios: {extra}.")
    for scenario, value in choices.items():
        check(value in STORAGE_OPTIONS,
              f"STORAGE_FOR[{scenario!r}] vale {value!r}; debe ser uno de "
              f"{', '.join(repr(o) for o in STORAGE_OPTIONS)}, escrito tal cual.")
    wrong = [s for s in _SCENARIO_HASHES
             if answer_hash(f"09.ej1.{s}", choices[s]) != _SCENARIO_HASHES[s]]
    if wrong:
        raise CheckFailure(
            f"STORAGE_FOR: {len(wrong)} escenario(s) no van en el almacenamiento elegido: "
            + "; ".join(f"«{s}» ({_SCENARIO_HINTS[s]})" for s in wrong))
    passed("STORAGE_FOR: los seis escenarios tienen el almacenamiento adecuado.")


def check_choices(choices: Any, expected: dict[str, str]) -> None:
    """Hidden: the dictionary is exactly ``expected``."""
    check(isinstance(choices, dict) and choices == expected,
          "STORAGE_FOR no coincide con lo esperado en todos los escenarios.")


# --- exercise 2: a volume moved to another zone -------------------------------------------

def _operations(calls: list[tuple[str, str, dict]]) -> list[str]:
    return [operation for service, operation, _ in calls if service == "ec2"]


def check_move_volume(move_volume: Callable[..., Any], source_zone: str, target_zone: str,
                      volume_type: str, size: int, device: str, **extra: Any) -> None:
    """A ``volume_type`` volume in ``source_zone`` moved to an instance in ``target_zone``."""
    ec2 = ec2_client()
    original_id = new_volume(source_zone, size, volume_type, **extra)
    instance_id = new_instance(target_zone)
    before = volume(original_id)
    shown = f"move_volume(ec2, volumen {volume_type} de {source_zone}, instancia de " \
            f"{target_zone}, {device!r})"
    with recorded_calls() as calls:
        new_id = run(move_volume, ec2, original_id, instance_id, device, what=shown)
    check(isinstance(new_id, str) and new_id.startswith("vol-"),
          f"{shown} debe devolver el id del volumen nuevo («vol-...»); devuelve "
          f"{describe(new_id)}.")
    check(new_id != original_id,
          f"{shown} devuelve el volumen original: un volumen de EBS no cambia de zona; hay "
          "que crear uno nuevo a partir de una instantánea.")
    check(not any(op == "DeleteVolume" for op in _operations(calls)),
          f"{shown}: no borres el volumen original: el enunciado pide dejarlo como está.")
    created = volume(new_id)
    check(created.get("SnapshotId"),
          f"{shown}: el volumen nuevo no sale de una instantánea (SnapshotId vacío). Crea "
          "una instantánea del original y el volumen nuevo a partir de ella.")
    check(created["AvailabilityZone"] == target_zone,
          f"{shown}: el volumen nuevo está en {created['AvailabilityZone']}, pero la "
          f"instancia está en {target_zone}. Un volumen solo se puede conectar a instancias "
          "de SU zona (moto no lo comprueba; AWS, sí): lee la zona de la instancia con "
          "describe_instances (Placement).")
    check(created["VolumeType"] == volume_type,
          f"{shown}: el volumen nuevo es {created['VolumeType']}, pero el original es "
          f"{volume_type}. create_volume crea gp2 si no dices VolumeType: pásale el tipo del "
          "original.")
    for key in ("Iops", "Throughput"):
        if before.get(key) and volume_type in {"gp3", "io1", "io2"}:
            if key == "Throughput" and volume_type != "gp3":
                continue
            check(created.get(key) == before[key],
                  f"{shown}: el original tiene {key}={before[key]} y el nuevo "
                  f"{created.get(key)}. Al crear el volumen, pide el mismo rendimiento.")
    check(created["Size"] == size, f"{shown}: el volumen nuevo debe medir {size} GiB, como "
                                   f"el original; mide {created['Size']}.")
    attachments = created.get("Attachments", [])
    check(attachments and attachments[0]["InstanceId"] == instance_id,
          f"{shown}: el volumen nuevo no está conectado a la instancia {instance_id}.")
    check(attachments[0]["Device"] == device,
          f"{shown}: el volumen está conectado como {attachments[0]['Device']!r}; se pidió "
          f"{device!r}.")
    ops = _operations(calls)
    snap = ops.index("CreateSnapshot") if "CreateSnapshot" in ops else -1
    create = ops.index("CreateVolume") if "CreateVolume" in ops else -1
    attach = ops.index("AttachVolume") if "AttachVolume" in ops else -1
    check("DescribeSnapshots" in ops[snap + 1:create],
          f"{shown}: creas el volumen sin esperar a que la instantánea termine. En AWS una "
          "instantánea tarda (estado «pending») y no se puede usar hasta «completed»: espera "
          "con el waiter snapshot_completed antes de create_volume.")
    check("DescribeVolumes" in ops[create + 1:attach],
          f"{shown}: conectas el volumen sin esperar a que esté disponible. En AWS un volumen "
          "nuevo pasa un rato en «creating» y attach_volume falla: espera con el waiter "
          "volume_available antes de conectarlo.")


def move_volume(move_volume: Callable[..., Any]) -> None:
    """Exercise 2: snapshot, restore in the instance's zone, wait, attach."""
    check_move_volume(move_volume, "us-east-1a", "us-east-1c", "gp3", 30, "/dev/sdf",
                      Iops=3000, Throughput=125)
    passed("move_volume: instantánea, volumen nuevo en la zona de la instancia, mismo tipo, "
           "esperas y conexión.")


# --- exercise 3: gp2 to gp3 ------------------------------------------------------------------

def check_gp3(migrate_to_gp3: Callable[..., Any], size: int, volume_type: str,
              expected: dict[str, int] | None) -> None:
    """A ``volume_type`` volume of ``size`` GiB; ``expected`` IOPS and throughput, or None."""
    ec2 = ec2_client()
    extra = {"Iops": 5000} if volume_type in {"io1", "io2"} else {}
    volume_id = new_volume("us-east-1b", size, volume_type, **extra)
    shown = f"migrate_to_gp3(ec2, volumen {volume_type} de {size} GiB)"
    with recorded_calls() as calls:
        result = run(migrate_to_gp3, ec2, volume_id, what=shown)
    modifications = [params for service, op, params in calls if op == "ModifyVolume"]
    after = volume(volume_id)
    if expected is None:
        check(result is None and not modifications,
              f"{shown}: solo se migran los volúmenes gp2; este es {volume_type} y no hay que "
              f"tocarlo (ni llamar a modify_volume). Devuelve None.")
        return
    check(len(modifications) == 1,
          f"{shown}: llama a modify_volume una sola vez (AWS no deja volver a modificar un "
          f"volumen hasta pasadas 6 horas); la llamas {len(modifications)} veces.")
    params = modifications[0]
    check(params.get("VolumeType") == "gp3",
          f"{shown}: modify_volume debe pedir VolumeType=\"gp3\"; pide "
          f"{params.get('VolumeType')!r}.")
    check(params.get("Size", size) == size,
          f"{shown}: no cambies el tamaño ({size} GiB); pides Size={params.get('Size')}.")
    check(params.get("Iops") == expected["Iops"],
          f"{shown}: para no perder rendimiento, el gp3 necesita Iops={expected['Iops']}; "
          f"pides {params.get('Iops')}.")
    check(params.get("Throughput") == expected["Throughput"],
          f"{shown}: el gp3 necesita Throughput={expected['Throughput']} MiB/s; pides "
          f"{params.get('Throughput')}.")
    check(isinstance(result, dict)
          and {k: result.get(k) for k in ("Iops", "Throughput")} == expected,
          f"{shown} debe devolver {expected}; devuelve {describe(result)}.")
    check(after["VolumeType"] == "gp3", f"{shown}: el volumen sigue siendo "
                                        f"{after['VolumeType']}.")


def migrate_to_gp3(migrate_to_gp3: Callable[..., Any]) -> None:
    """Exercise 3: gp2 → gp3 keeping the performance."""
    check_gp3(migrate_to_gp3, 100, "gp2", {"Iops": 3000, "Throughput": 125})
    check_gp3(migrate_to_gp3, 2000, "gp2", {"Iops": 6000, "Throughput": 250})
    check_gp3(migrate_to_gp3, 50, "st1", None)
    passed("migrate_to_gp3: 100 GiB → 3000 IOPS y 125 MiB/s; 2000 GiB → 6000 IOPS y "
           "250 MiB/s; un st1 se queda como está.")


# --- exercise 4: an object deleted in a versioned bucket ----------------------------------

def build_history(bucket: str, key: str, events: str) -> list[tuple[str, str]]:
    """Write ``events`` for ``key``, oldest first: "v" a version, "m" a delete marker.

    Returns [(event, version id)] in the same order.
    """
    s3 = s3_client()
    history = []
    placeholder = None
    if events and "v" not in events:
        # moto, unlike AWS, adds no delete marker to a key that has no version yet: give it
        # one, and remove that version (by its id) once the markers are in place.
        placeholder = s3.put_object(Bucket=bucket, Key=key, Body=b"")["VersionId"]
    for n, event in enumerate(events):
        if event == "v":
            response = s3.put_object(Bucket=bucket, Key=key, Body=f"{key} #{n}".encode())
        else:
            response = s3.delete_object(Bucket=bucket, Key=key)
        history.append((event, response["VersionId"]))
    if placeholder:
        s3.delete_object(Bucket=bucket, Key=key, VersionId=placeholder)
    return history


@functools.cache
def _versioned_bucket() -> str:
    return new_bucket(versioned=True)


def _versions_of(bucket: str, key: str) -> tuple[list[dict], list[dict]]:
    s3 = s3_client()
    versions: list[dict] = []
    markers: list[dict] = []
    for page in s3.get_paginator("list_object_versions").paginate(Bucket=bucket, Prefix=key):
        versions += [v for v in page.get("Versions", []) if v["Key"] == key]
        markers += [m for m in page.get("DeleteMarkers", []) if m["Key"] == key]
    return versions, markers


def check_undelete(undelete: Callable[..., Any], events: str, expected_current: int | None,
                   decoys: dict[str, str] | None = None, key: str = "fotos/ana.jpg",
                   page_size: int | None = None) -> None:
    """Build ``events`` for ``key`` (and for each decoy key), call undelete.

    ``expected_current`` is the index in ``events`` of the version that must be current
    afterwards (None: nothing to recover). Every marker after it must be gone; every other
    version and marker (of ``key`` and of the decoys) must remain.
    """
    bucket = _versioned_bucket()
    case = f"caso-{next(_counter)}/"  # every case in its own corner of one bucket
    key = case + key
    history = build_history(bucket, key, events)
    decoy_histories = {case + k: build_history(bucket, case + k, e)
                       for k, e in (decoys or {}).items()}
    decoy_before = {k: _versions_of(bucket, k) for k in decoy_histories}
    shown = f"undelete(s3, bucket, {key!r}) con la historia {events!r}"
    with small_pages(page_size) if page_size else _nothing():
        result = run(undelete, s3_client(), bucket, key, what=shown)
    versions, markers = _versions_of(bucket, key)
    version_ids = {v["VersionId"] for v in versions}
    marker_ids = {m["VersionId"] for m in markers}
    lost = [vid for event, vid in history if event == "v" and vid not in version_ids]
    check(not lost, f"{shown}: has borrado versiones del objeto ({len(lost)}). Recuperar es "
                    "quitar marcadores de eliminación; las versiones no se tocan.")
    check(len(markers) <= events.count("m"),
          f"{shown}: ahora hay más marcadores de eliminación que antes. delete_object sin "
          "VersionId AÑADE un marcador; para quitar uno, pasa su VersionId.")
    for k, (old_versions, old_markers) in decoy_before.items():
        now_versions, now_markers = _versions_of(bucket, k)
        check(len(now_versions) == len(old_versions) and len(now_markers) == len(old_markers),
              f"{shown}: has tocado también {k!r}, otra clave que empieza igual. "
              "list_object_versions(Prefix=...) devuelve todas las claves que EMPIEZAN por "
              "el prefijo: quédate solo con las de Key == clave.")
    if expected_current is None:
        check(result is None, f"{shown}: no hay ninguna versión que recuperar; devuelve None "
                              f"(devuelves {describe(result)}).")
        check(len(markers) == events.count("m"),
              f"{shown}: no hay ninguna versión que recuperar: no borres nada.")
        return
    wanted = history[expected_current][1]
    current = [v["VersionId"] for v in versions if v["IsLatest"]]
    pending = [vid for n, (event, vid) in enumerate(history)
               if event == "m" and n > expected_current and vid in marker_ids]
    check(not pending,
          f"{shown}: quedan {len(pending)} marcador(es) de eliminación por encima de la "
          "última versión, así que el objeto sigue borrado. Mientras la versión actual "
          "(IsLatest) sea un marcador, quítalo.")
    check(current == [wanted],
          f"{shown}: la versión actual debería ser la última que se escribió antes de "
          "borrar.")
    kept = [vid for n, (event, vid) in enumerate(history)
            if event == "m" and n < expected_current and vid not in marker_ids]
    check(not kept, f"{shown}: has quitado marcadores antiguos ({len(kept)}), que están por "
                    "debajo de la versión recuperada: forman parte de la historia, déjalos.")
    check(result == wanted, f"{shown} debe devolver el VersionId de la versión recuperada; "
                            f"devuelve {describe(result)}.")
    body = s3_client().get_object(Bucket=bucket, Key=key)["Body"].read().decode()
    check(body == f"{key} #{expected_current}", f"{shown}: el objeto no ha vuelto.")


@contextmanager
def _nothing() -> Iterator[None]:
    yield


def undelete(undelete: Callable[..., Any]) -> None:
    """Exercise 4: remove the delete markers above the newest version."""
    check_undelete(undelete, "vm", 0)
    check_undelete(undelete, "vvm", 1)
    check_undelete(undelete, "v", 0)
    passed("undelete: recupera un objeto borrado (y no toca uno que no lo está).")


# --- exercise 5: lifecycle rules ------------------------------------------------------------

def _rules(bucket: str) -> list[dict]:
    try:
        return s3_client().get_bucket_lifecycle_configuration(Bucket=bucket)["Rules"]
    except ClientError as error:
        if error.response["Error"]["Code"] == "NoSuchLifecycleConfiguration":
            return []
        raise


def _normal_rule(rule: dict) -> dict:
    """A rule as S3 reads it: filters written as {"Prefix": p} or {"And": {"Prefix": p}}."""
    out = dict(rule)
    filt = out.get("Filter", {})
    if "And" in filt and set(filt["And"]) == {"Prefix"}:
        out["Filter"] = {"Prefix": filt["And"]["Prefix"]}
    out["Transitions"] = sorted(out.get("Transitions", []), key=lambda t: t.get("Days", 0))
    return out


def check_retention(apply_retention: Callable[..., Any], policy: dict,
                    expected_rule: dict | None, existing: list[dict] | None = None) -> None:
    """Apply ``policy``; the bucket must then hold ``existing`` + ``expected_rule``.

    ``expected_rule`` None means AWS would refuse the policy: the function must raise
    ValueError and leave the bucket untouched.
    """
    s3 = s3_client()
    bucket = new_bucket(versioned=True)
    if existing:
        s3.put_bucket_lifecycle_configuration(Bucket=bucket,
                                              LifecycleConfiguration={"Rules": existing})
    shown = f"apply_retention(s3, bucket, {policy})"
    if expected_rule is None:
        try:
            apply_retention(s3, bucket, policy)
        except ValueError:
            check(_rules(bucket) == (existing or []),
                  f"{shown}: lanza ValueError, pero ANTES de tocar el bucket.")
            return
        except NotImplementedError:
            raise CheckFailure(f"{shown}: la función aún no está hecha.") from None
        except Exception as exc:
            raise CheckFailure(f"{shown} debe lanzar ValueError, pero lanza "
                               f"{type(exc).__name__}: {exc}") from None
        raise CheckFailure(
            f"{shown}: AWS rechaza o no cumple esta política (Standard-IA pide al menos 30 "
            "días desde la creación, y un objeto pasa 30 días en Standard-IA antes de ir a "
            "Glacier). moto la aceptaría; tu función debe lanzar ValueError.")
    run(apply_retention, s3, bucket, policy, what=shown)
    rules = _rules(bucket)
    ours = [r for r in rules if r.get("ID") == expected_rule["ID"]]
    check(len(ours) == 1, f"{shown}: debe haber una regla con ID {expected_rule['ID']!r}; "
                          f"hay {len(ours)} (IDs: {[r.get('ID') for r in rules]}).")
    others = [r for r in rules if r.get("ID") != expected_rule["ID"]]
    kept = [r for r in (existing or []) if r.get("ID") != expected_rule["ID"]]
    check(sorted(r.get("ID") for r in others) == sorted(r.get("ID") for r in kept),
          f"{shown}: el bucket tenía las reglas {[r.get('ID') for r in (existing or [])]} y "
          f"ahora tiene {[r.get('ID') for r in rules]}. put_bucket_lifecycle_configuration "
          "SUSTITUYE toda la configuración: lee las reglas que hay, cambia solo la tuya y "
          "vuelve a escribirlas todas.")
    rule = _normal_rule(ours[0])
    want = _normal_rule(expected_rule)
    check(rule.get("Status") == "Enabled", f"{shown}: la regla debe estar habilitada "
                                           "(Status=\"Enabled\").")
    check(rule.get("Filter") == want["Filter"],
          f"{shown}: la regla debe aplicarse solo a las claves con el prefijo "
          f"{policy['prefix']!r} (Filter={want['Filter']}); tiene "
          f"Filter={rule.get('Filter')}.")
    check(rule.get("Transitions") == want["Transitions"],
          f"{shown}: las transiciones deberían ser {want['Transitions']}; son "
          f"{rule.get('Transitions')}. Revisa los días y los nombres de las clases "
          "(STANDARD_IA, GLACIER...).")
    check(rule.get("Expiration") == want["Expiration"],
          f"{shown}: la expiración debería ser {want['Expiration']}; es "
          f"{rule.get('Expiration')}.")
    check(rule.get("NoncurrentVersionExpiration") == want["NoncurrentVersionExpiration"],
          f"{shown}: las versiones anteriores deben expirar con "
          f"{want['NoncurrentVersionExpiration']}; la regla tiene "
          f"{rule.get('NoncurrentVersionExpiration')}.")
    extra = set(rule) - set(want) - {"Prefix"}
    check(not extra, f"{shown}: la regla tiene acciones que la política no pide: "
                     f"{sorted(extra)}.")


def apply_retention(apply_retention: Callable[..., Any]) -> None:
    """Exercise 5: the retention policy as a lifecycle rule."""
    policy = {"prefix": "registros/", "ia_days": 30, "glacier_days": 90, "expire_days": 365,
              "noncurrent_days": 30}
    check_retention(apply_retention, policy, {
        "ID": "retencion-registros/", "Status": "Enabled",
        "Filter": {"Prefix": "registros/"},
        "Transitions": [{"Days": 30, "StorageClass": "STANDARD_IA"},
                        {"Days": 90, "StorageClass": "GLACIER"}],
        "Expiration": {"Days": 365},
        "NoncurrentVersionExpiration": {"NoncurrentDays": 30}})
    check_retention(apply_retention, dict(policy, ia_days=10), None)
    passed("apply_retention: la regla de registros/ con sus transiciones y expiraciones, y "
           "ValueError para una política que AWS no acepta.")


# --- exercise 6: the class on day N ------------------------------------------------------------

def check_class_on_day(storage_class_on_day: Callable[..., Any], rules: list[dict],
                       key: str, size_bytes: int, day: int, expected: str | None) -> None:
    shown = f"storage_class_on_day(reglas, {key!r}, {size_bytes}, día {day})"
    result = run(storage_class_on_day, json.loads(json.dumps(rules)), key, size_bytes, day,
                 what=shown)
    check(result == expected,
          f"{shown} debería ser {expected!r}; devuelve {describe(result)}.")


_DEMO_RULES = [
    {"ID": "registros", "Status": "Enabled", "Filter": {"Prefix": "registros/"},
     "Transitions": [{"Days": 30, "StorageClass": "STANDARD_IA"},
                     {"Days": 90, "StorageClass": "GLACIER"}],
     "Expiration": {"Days": 365}},
]


def storage_class_on_day(storage_class_on_day: Callable[..., Any]) -> None:
    """Exercise 6: where an object is on day N."""
    mb = 1_000_000
    for day, expected in [(0, "STANDARD"), (29, "STANDARD"), (30, "STANDARD_IA"),
                          (100, "GLACIER"), (365, None)]:
        check_class_on_day(storage_class_on_day, _DEMO_RULES, "registros/app.log", 5 * mb,
                           day, expected)
    check_class_on_day(storage_class_on_day, _DEMO_RULES, "fotos/ana.jpg", 5 * mb, 400,
                       "STANDARD")
    passed("storage_class_on_day: los días 0, 29, 30, 100 y 365 de registros/app.log, y una "
           "clave a la que no se aplica la regla.")


# --- exercise 7: S3 cost and its chart ----------------------------------------------------------

def check_cost(s3_cost: Callable[..., Any], args: tuple, expected: float) -> None:
    shown = f"s3_cost{args}"
    result = run(s3_cost, *args, what=shown)
    check_close(result, expected, shown, rel=1e-9, abs_tol=1e-9)


def s3_cost(s3_cost: Callable[..., Any]) -> None:
    """Exercise 7a: storage with its minimum duration, plus retrieval."""
    check_cost(s3_cost, ("STANDARD", 100, 12, 10), 27.6)
    check_cost(s3_cost, ("STANDARD_IA", 100, 12, 10), 16.2)
    check_cost(s3_cost, ("DEEP_ARCHIVE", 100, 2, 0), 0.594)
    passed("s3_cost: Standard, Standard-IA con recuperación y Deep Archive borrado antes de "
           "su duración mínima.")


def check_cost_chart(cost_chart: Callable[..., Any], s3_cost: Callable[..., Any],
                     args: tuple, names: list[str]) -> None:
    """The chart of ``cost_chart(*args)``: one bar per class of ``names``, in that order,
    as tall as the student's own ``s3_cost`` says (7a is graded on its own)."""
    import matplotlib.pyplot as plt
    from matplotlib.figure import Figure

    shown = f"cost_chart{args}"
    expected = {name: run(s3_cost, name, *args, what=f"s3_cost({name!r}, ...)")
                for name in names}
    try:
        fig = run(cost_chart, *args, what=shown)
        check(isinstance(fig, Figure),
              f"{shown} debe devolver la figura de matplotlib (fig); devuelve "
              f"{describe(fig)}. ¿Has olvidado el return fig?")
        check(len(fig.axes) == 1, f"{shown}: la figura debe tener un solo gráfico; tiene "
                                  f"{len(fig.axes)}.")
        ax = fig.axes[0]
        bars = sorted((p for p in ax.patches if p.get_height() > 0), key=lambda b: b.get_x())
        check(len(bars) == len(names),
              f"{shown}: debe haber una barra vertical por clase ({len(names)}); hay "
              f"{len(bars)}.")
        for bar, name in zip(bars, names, strict=True):
            check(abs(bar.get_height() - expected[name]) <= 1e-9 * max(1, expected[name]),
                  f"{shown}: la barra de {name} debería medir {expected[name]:.4f} $ (lo que "
                  f"da tu s3_cost); mide {bar.get_height():.4f}. Dibuja las clases en el "
                  "orden de S3_CLASSES.")
        ticks = [t.get_text() for t in ax.get_xticklabels()]
        texts = [t.get_text() for t in ax.texts]
        named = all(any(name in label for label in ticks) for name in names) or all(
            any(name in label for label in texts) for name in names)
        check(named, f"{shown}: cada barra debe llevar el nombre de su clase (en el eje x o "
                     "encima de la barra).")
        check(ax.get_title().strip(), f"{shown}: pon un título al gráfico.")
        ylabel = ax.get_ylabel()
        check("$" in ylabel or "usd" in ylabel.lower() or "dólar" in ylabel.lower(),
              f"{shown}: el eje y debe decir la unidad (dólares, $).")
    finally:
        plt.close("all")


def cost_chart(cost_chart: Callable[..., Any], s3_cost: Callable[..., Any]) -> None:
    """Exercise 7b: the cost per class, as bars."""
    check_cost_chart(cost_chart, s3_cost, (100, 12, 10),
                     ["STANDARD", "STANDARD_IA", "ONEZONE_IA", "GLACIER_IR", "GLACIER",
                      "DEEP_ARCHIVE"])
    passed("cost_chart: una barra por clase, con su coste, nombres y unidades.")


# --- exercise 8: the photo bucket's policy --------------------------------------------------

@functools.cache
def _app_identities() -> tuple[str, Any, Any]:
    """The app role (no permissions of its own) and another user, with an S3 client each.

    Made once per notebook: creating users, keys and role sessions is the slow part.
    """
    from ..iam_access import client_as, session_as_role

    iam = iam_client()
    trust = {"Version": "2012-10-17", "Statement": [{
        "Effect": "Allow", "Principal": {"Service": "ec2.amazonaws.com"},
        "Action": "sts:AssumeRole"}]}
    role = iam.create_role(RoleName=fresh_name("EmployeeDirectoryAppRole"),
                           AssumeRolePolicyDocument=json.dumps(trust))["Role"]
    user = fresh_name("empleado")
    iam.create_user(UserName=user)
    return role["Arn"], session_as_role(role["Arn"]).client("s3"), client_as(user, "s3")


def _photo_bucket() -> str:
    """A bucket with photos and other objects."""
    bucket = fresh_name("directorio-fotos")
    s3 = s3_client()
    s3.create_bucket(Bucket=bucket)
    for key in ("fotos/ana.jpg", "fotos/2024/luis.png", "informes/nominas.csv",
                "fotos-viejas/ana.jpg"):
        s3.put_object(Bucket=bucket, Key=key, Body=b"contenido")
    return bucket


_REQUESTS = {
    "leer": lambda s3, b, k: s3.get_object(Bucket=b, Key=k),
    "escribir": lambda s3, b, k: s3.put_object(Bucket=b, Key=k, Body=b"nuevo"),
    "borrar": lambda s3, b, k: s3.delete_object(Bucket=b, Key=k),
    "listar": lambda s3, b, k: s3.list_objects_v2(Bucket=b, Prefix=k),
}


def _allowed(operation: Callable[[], Any]) -> bool:
    from ..iam_access import error_code

    try:
        operation()
    except ClientError as error:
        code = error_code(error)
        if code in {"AccessDenied", "403"}:
            return False
        if code in {"NoSuchKey", "404"}:
            return True  # past authorization: S3 only then looks for the object
        raise
    return True


def check_photo_policy(photo_bucket_policy: Callable[..., Any],
                       expected: dict[tuple[str, str, str], bool]) -> None:
    """Put the student's policy on a new photo bucket and make real calls with IAM enforced.

    ``expected`` maps (who: "rol" or "otro", request: "leer"/"escribir"/"borrar"/"listar",
    key) to whether AWS must allow it.
    """
    from ..iam_access import iam_enforced

    role_arn, role_s3, other_s3 = _app_identities()
    bucket = _photo_bucket()
    shown = f"photo_bucket_policy({bucket!r}, {role_arn!r})"
    policy = run(photo_bucket_policy, bucket, role_arn, what=shown)
    check(isinstance(policy, dict), f"{shown} debe devolver la política como diccionario; "
                                    f"devuelve {describe(policy)}.")
    check(policy.get("Version") == "2012-10-17",
          f"{shown}: la política debe empezar por \"Version\": \"2012-10-17\" (sin ella, AWS "
          "usa la versión antigua del lenguaje de políticas).")
    statements = policy.get("Statement", [])
    statements = statements if isinstance(statements, list) else [statements]
    check(statements and all(isinstance(s, dict) for s in statements),
          f"{shown}: falta \"Statement\", la lista de instrucciones.")
    for statement in statements:
        check(statement.get("Effect") in {"Allow", "Deny"},
              f"{shown}: cada instrucción necesita \"Effect\": \"Allow\" o \"Deny\".")
        check(not {"NotPrincipal", "NotAction", "NotResource", "Condition"} & set(statement),
              f"{shown}: esta política no necesita NotPrincipal, NotAction, NotResource ni "
              "Condition: nombra al rol, las acciones y los recursos.")
        check("Principal" in statement,
              f"{shown}: en una política de bucket cada instrucción dice a QUIÉN se aplica: "
              "\"Principal\": {\"AWS\": arn_del_rol}.")
    try:
        s3_client().put_bucket_policy(Bucket=bucket, Policy=json.dumps(policy))
    except (ClientError, TypeError, ValueError) as error:
        raise CheckFailure(f"{shown}: S3 no acepta la política: {error}") from None
    with iam_enforced(), bucket_policies_enforced():
        for (who, request, key), wanted in expected.items():
            client = role_s3 if who == "rol" else other_s3
            got = _allowed(lambda c=client, r=request, k=key: _REQUESTS[r](c, bucket, k))
            person = "el rol de la aplicación" if who == "rol" else "otro usuario de la cuenta"
            if wanted:
                check(got, f"{shown}: {person} debería poder {request} {key!r}, y S3 se lo "
                           "deniega. Revisa Principal (el ARN del rol), Action y Resource "
                           "(arn:aws:s3:::bucket/prefijo*).")
            else:
                check(not got, f"{shown}: {person} puede {request} {key!r}, y no debería: "
                               "mínimo privilegio, solo lo que pide el enunciado.")


def photo_bucket_policy(photo_bucket_policy: Callable[..., Any]) -> None:
    """Exercise 8: a bucket policy that lets only the app role read and write photos."""
    check_photo_policy(photo_bucket_policy, {
        ("rol", "leer", "fotos/ana.jpg"): True,
        ("rol", "escribir", "fotos/nueva.jpg"): True,
        ("rol", "leer", "informes/nominas.csv"): False,
        ("otro", "leer", "fotos/ana.jpg"): False,
    })
    passed("photo_bucket_policy: el rol lee y escribe en fotos/, y nada más; otros usuarios, "
           "nada.")


# --- exercise 9: presigned URLs ----------------------------------------------------------------

def _query(url: str) -> dict[str, str]:
    return dict(urllib.parse.parse_qsl(urllib.parse.urlsplit(url).query))


def check_presigned(presigned_links: Callable[..., Any], key: str, expires_in: int) -> None:
    """Both URLs for ``key``, signed as AWS needs, and working against moto."""
    import requests

    s3 = s3_client()
    bucket = new_bucket()
    s3.put_object(Bucket=bucket, Key=key, Body=b"foto original")
    shown = f"presigned_links({bucket!r}, {key!r}, {expires_in})"
    with recorded_presigns() as signed:
        result = run(presigned_links, bucket, key, expires_in, what=shown)
    check(isinstance(result, tuple) and len(result) == 2,
          f"{shown} debe devolver una tupla (url_descarga, url_subida); devuelve "
          f"{describe(result)}.")
    download, upload = result
    check(all(isinstance(u, str) and u.startswith("http") for u in result),
          f"{shown}: las dos URL deben ser texto que empiece por http.")
    by_url = {s["url"]: s for s in signed}
    get, put = by_url.get(download), by_url.get(upload)
    check(get is not None and put is not None,
          f"{shown}: las URL deben salir de generate_presigned_url del cliente de S3.")
    check(get["operation"] == "GetObject",
          f"{shown}: la URL de descarga debe firmar la operación get_object; firma "
          f"{get['operation']}.")
    check(put["operation"] == "PutObject",
          f"{shown}: la URL de subida debe firmar la operación put_object; firma "
          f"{put['operation']}.")
    for name, url in (("descarga", download), ("subida", upload)):
        query = _query(url)
        check(query.get("X-Amz-Algorithm") == "AWS4-HMAC-SHA256",
              f"{shown}: la URL de {name} está firmada con la versión 2 de la firma "
              "(AWSAccessKeyId=..., Expires=...), que S3 ya no acepta en los buckets "
              "nuevos. Crea el cliente con Config(signature_version=\"s3v4\").")
        check(query.get("X-Amz-Expires") == str(expires_in),
              f"{shown}: la URL de {name} caduca a los {query.get('X-Amz-Expires')} s; se "
              f"pidieron {expires_in} s (ExpiresIn).")
        path = urllib.parse.unquote(urllib.parse.urlsplit(url).path)
        check(path.endswith("/" + key) and bucket in url,
              f"{shown}: la URL de {name} no apunta a {bucket}/{key}.")
    signed_headers = _query(upload).get("X-Amz-SignedHeaders", "").split(";")
    check("content-type" in signed_headers,
          f"{shown}: la URL de subida debe firmar el tipo de contenido (ContentType="
          "\"image/jpeg\" en Params), para que solo sirva para subir una foto JPEG.")
    got = requests.get(download, timeout=5)
    check(got.status_code == 200 and got.content == b"foto original",
          f"{shown}: al descargar con la URL, S3 responde {got.status_code}.")
    sent = requests.put(upload, data=b"foto nueva", headers={"Content-Type": "image/jpeg"},
                        timeout=5)
    check(sent.status_code == 200, f"{shown}: al subir con la URL, S3 responde "
                                   f"{sent.status_code}.")
    stored = s3.get_object(Bucket=bucket, Key=key)
    check(stored["Body"].read() == b"foto nueva",
          f"{shown}: la subida no ha reemplazado {key!r}.")


def check_presigned_rejected(presigned_links: Callable[..., Any], expires_in: Any) -> None:
    bucket = new_bucket()
    shown = f"presigned_links(bucket, 'fotos/x.jpg', {expires_in!r})"
    try:
        result = presigned_links(bucket, "fotos/x.jpg", expires_in)
    except ValueError:
        return
    except NotImplementedError:
        raise CheckFailure(f"{shown}: la función aún no está hecha.") from None
    except Exception as exc:
        raise CheckFailure(f"{shown} debe lanzar ValueError, pero lanza "
                           f"{type(exc).__name__}: {exc}") from None
    raise CheckFailure(f"{shown} devuelve {describe(result)}: una URL firmada con SigV4 dura "
                       "entre 1 segundo y 7 días (604.800 s). Fuera de ese rango, lanza "
                       "ValueError: moto no lo comprueba, pero AWS la rechazaría.")


def presigned_links(presigned_links: Callable[..., Any]) -> None:
    """Exercise 9: download and upload URLs with an expiry."""
    check_presigned(presigned_links, "fotos/ana.jpg", 900)
    check_presigned_rejected(presigned_links, 8 * 24 * 3600)
    passed("presigned_links: descarga y subida firmadas con SigV4, caducan a los 900 s y "
           "funcionan; 8 días se rechaza.")

"""Visible checks of module 04 (EC2), and the set-up the module's tests share.

Each check function runs the visible cases of one exercise and, when the answer is wrong,
names the likely mistake in Spanish. Every check launches its own instances and creates its
own, uniquely named security groups, key pairs and images, so a test cell gives the same
answer however often it runs and whatever the student created before.

The package holds no answer: visible checks carry their expected values as literals, and the
hidden cases, only in the source notebook, pass theirs to the ``check_*`` helpers, which
compare and explain.

moto is instantaneous where AWS takes time, and accepts calls that AWS refuses. The checks of
the exercises that drive instances run the student's code inside :func:`like_aws`, which
makes moto answer as AWS would: a stopped or started instance stays ``stopping`` or
``pending`` for a few reads, a new AMI stays ``pending``, and the calls AWS refuses in those
states (or with parameters it never accepts) fail with AWS's own error codes.
"""

from __future__ import annotations

import itertools
import math
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import boto3
from botocore.client import BaseClient
from botocore.exceptions import ClientError

from . import CheckFailure, api_calls_through, call_with_hint, check, describe, passed

REGION = "us-east-1"
AMI_ID = "ami-04681a1dbd79675a5"  # Amazon Linux 2 in moto's catalogue (any id is accepted)

# The tables the exercises give the student (the statement's data, not its answers).
CATEGORIES = {
    "general": ["a", "m", "mac", "t"],
    "compute": ["c", "hpc"],
    "memory": ["r", "u", "x", "z"],
    "storage": ["d", "h", "i", "im", "is"],
    "accelerated": ["dl", "f", "g", "gr", "inf", "p", "trn", "vt"],
}
TRAITS = {"g": "graviton", "a": "amd", "i": "intel", "n": "network", "d": "local_nvme"}

# How many reads of an instance (or image) a transition lasts in :func:`like_aws`.
TRANSITION_READS = 2

_counter = itertools.count(1)


# --- set-up shared by visible and hidden tests -------------------------------------------

def fresh_name(prefix: str) -> str:
    """A name no other test has used."""
    return f"{prefix}-{next(_counter)}-{uuid.uuid4().hex[:6]}"


def client(region: str = REGION) -> Any:
    return boto3.client("ec2", region_name=region)


def new_instance(region: str = REGION, instance_type: str = "t3.micro",
                 ami_id: str = AMI_ID) -> str:
    """Launch one instance in the default VPC of ``region`` and return its id."""
    response = client(region).run_instances(ImageId=ami_id, InstanceType=instance_type,
                                            MinCount=1, MaxCount=1)
    return response["Instances"][0]["InstanceId"]


def instance(instance_id: str, region: str = REGION) -> dict:
    """The instance as describe_instances shows it now."""
    reservations = client(region).describe_instances(InstanceIds=[instance_id])["Reservations"]
    return reservations[0]["Instances"][0]


def instance_ids(region: str = REGION) -> set[str]:
    """Every instance of the region."""
    pages = client(region).get_paginator("describe_instances").paginate()
    return {i["InstanceId"] for page in pages for r in page["Reservations"]
            for i in r["Instances"]}


def new_key_pair(region: str = REGION) -> str:
    name = fresh_name("clave")
    client(region).create_key_pair(KeyName=name)
    return name


def new_security_group(region: str = REGION) -> str:
    """An empty security group in the default VPC; returns its id."""
    return client(region).create_security_group(GroupName=fresh_name("grupo"),
                                                Description="grupo de prueba")["GroupId"]


def default_vpc_id(region: str = REGION) -> str:
    vpcs = client(region).describe_vpcs(Filters=[{"Name": "is-default", "Values": ["true"]}])
    return vpcs["Vpcs"][0]["VpcId"]


def remove_default_subnet(region: str, zone: str) -> None:
    """Delete the default subnet of ``zone``: an account where that zone has none (AWS does
    not add default subnets to zones that open after the default VPC was made)."""
    ec2 = client(region)
    for subnet in ec2.describe_subnets(Filters=[
            {"Name": "availability-zone", "Values": [zone]},
            {"Name": "default-for-az", "Values": ["true"]}])["Subnets"]:
        ec2.delete_subnet(SubnetId=subnet["SubnetId"])


def add_other_vpc(region: str) -> str:
    """A second, non-default VPC with a subnet in every zone of ``region``; returns its id."""
    ec2 = client(region)
    vpc_id = ec2.create_vpc(CidrBlock="10.77.0.0/16")["Vpc"]["VpcId"]
    zones = ec2.describe_availability_zones()["AvailabilityZones"]
    for n, zone in enumerate(zones):
        ec2.create_subnet(VpcId=vpc_id, CidrBlock=f"10.77.{n}.0/24",
                          AvailabilityZone=zone["ZoneName"])
    return vpc_id


def run(function: Callable[..., Any], *args: Any, what: str | None = None) -> Any:
    """``call`` plus a Spanish hint for the errors a beginner meets in this module."""
    return call_with_hint(function, *args, hint_for=_hint_for, what=what)


def _hint_for(error: BaseException | None) -> str:
    if isinstance(error, KeyError) and error.args and error.args[0] == "PublicIpAddress":
        return ("Una instancia detenida no tiene IP pública: en la respuesta de "
                "describe_instances falta la clave. Usa instancia.get(\"PublicIpAddress\"), "
                "que devuelve None si no está.")
    if isinstance(error, ValueError) and "invalid literal for int()" in str(error):
        return ("No todas las familias son de una letra: en inf2.xlarge la familia es 'inf' "
                "y la generación 2. Toma todas las letras del principio, luego los dígitos.")
    if isinstance(error, ClientError):
        code = error.response.get("Error", {}).get("Code", "")
        hints = {
            "InvalidInstanceID.NotFound": (
                "No existe esa instancia en la región del cliente: usa el cliente ec2 que "
                "recibe tu función, no uno creado por tu cuenta."),
            "InvalidGroup.Duplicate": (
                "Ya existe un grupo con ese nombre: usa el nombre que recibe la función."),
            "IncorrectInstanceState": (
                "En AWS los cambios de estado tardan: tras stop_instances la instancia pasa "
                "un rato en 'stopping', y tras start_instances en 'pending'. Espera a que "
                "llegue al estado que necesitas (un waiter lo hace por ti) antes de la "
                "acción siguiente. Las pruebas simulan esa espera, que moto no tiene."),
            "InvalidAMIID.Unavailable": (
                "La AMI recién creada está 'pending' unos minutos y no se puede lanzar "
                "hasta que esté 'available': espera a que lo esté antes de run_instances."),
            "InvalidGroup.NotFound": (
                "SecurityGroups espera NOMBRES de grupos; para pasar el id de un grupo "
                "('sg-...') usa SecurityGroupIds."),
            "InvalidParameterCombination": (
                "Con SubnetId, los grupos de seguridad van por id en SecurityGroupIds "
                "(SecurityGroups, con nombres, no se puede combinar con una subred)."),
            "InvalidParameterValue": (
                "Revisa los parámetros de la llamada (nombres de clave y tipos de valor; "
                "MinCount y MaxCount entre 1 y lo que quieras lanzar, MinCount <= MaxCount; "
                "zonas que existan en la región)."),
            "InvalidInput": (
                "La VPC predeterminada no tiene subred en esa zona: elige zonas donde sí "
                "la tenga (mira sus subredes predeterminadas)."),
        }
        return hints.get(code, "")
    return ""


# --- moto, made to answer as AWS would ---------------------------------------------------

_STATE_CODES = {"pending": 0, "running": 16, "shutting-down": 32, "terminated": 48,
                "stopping": 64, "stopped": 80}


def _aws_error(code: str, message: str, operation: str) -> ClientError:
    return ClientError({"Error": {"Code": code, "Message": message}}, operation)


def _filter_values(params: dict, name: str) -> list[str] | None:
    for f in params.get("Filters") or []:
        if f.get("Name") == name:
            return list(f.get("Values") or [])
    return None


@contextmanager
def like_aws() -> Iterator[list[tuple[str, str, dict[str, Any]]]]:
    """Make moto answer, inside the block, as AWS would where the exercises depend on it.

    - ``stop_instances`` leaves the instance ``stopping`` and ``start_instances`` leaves it
      ``pending`` for :data:`TRANSITION_READS` reads (``describe_instances``, waiters,
      ``Instance.reload``), then it shows its real state;
    - ``create_image`` leaves the AMI ``pending`` for as many reads of ``describe_images``;
    - as in AWS, changing the type of an instance that is not ``stopped``, starting or
      stopping an instance in transition, or launching from a ``pending`` AMI fails
      (``IncorrectInstanceState``, ``InvalidAMIID.Unavailable``);
    - ``run_instances`` refuses what AWS refuses and moto accepts: ``MinCount`` below 1 or
      above ``MaxCount``, a group id in ``SecurityGroups`` (names only), ``SecurityGroups``
      together with ``SubnetId``;
    - ``time.sleep`` (waiters, polling loops) returns at once.

    Yields the list of ``(service, operation, params)`` of every call, in order.
    """
    calls: list[tuple[str, str, dict[str, Any]]] = []
    busy: dict[str, list] = {}      # instance id -> [state shown, reads left]
    pending_images: dict[str, int] = {}  # image id -> reads left
    original = BaseClient._make_api_call
    real_sleep = time.sleep

    def real_state(api_client: BaseClient, instance_id: str) -> str | None:
        try:
            found = original(api_client, "DescribeInstances", {"InstanceIds": [instance_id]})
        except ClientError:
            return None
        return found["Reservations"][0]["Instances"][0]["State"]["Name"]

    def before(api_client: BaseClient, op: str, params: dict) -> None:
        if op == "RunInstances":
            low, high = params.get("MinCount"), params.get("MaxCount")
            if not (isinstance(low, int) and isinstance(high, int) and 1 <= low <= high):
                raise _aws_error("InvalidParameterValue",
                                 f"MinCount ({low}) and MaxCount ({high}) must be between 1 "
                                 "and your quota, with MinCount <= MaxCount.", op)
            names = params.get("SecurityGroups") or []
            for name in names:
                if str(name).startswith("sg-"):
                    raise _aws_error("InvalidGroup.NotFound",
                                     f"The security group '{name}' does not exist in default "
                                     "VPC", op)
            if names and params.get("SubnetId"):
                raise _aws_error("InvalidParameterCombination",
                                 "The parameter groupName cannot be used with the parameter "
                                 "subnet", op)
            image = params.get("ImageId")
            if pending_images.get(image):
                raise _aws_error("InvalidAMIID.Unavailable",
                                 f"AMI '{image}' is pending, and cannot be run", op)
        elif op in {"StartInstances", "StopInstances", "RebootInstances"}:
            for instance_id in params.get("InstanceIds") or []:
                if instance_id in busy:
                    raise _aws_error("IncorrectInstanceState",
                                     f"The instance '{instance_id}' is not in a state from "
                                     f"which it can be {op[:-9].lower()}ed.", op)
        elif op == "ModifyInstanceAttribute" and (
                params.get("InstanceType") or params.get("Attribute") == "instanceType"):
            instance_id = params.get("InstanceId", "")
            if instance_id in busy or real_state(api_client, instance_id) != "stopped":
                raise _aws_error("IncorrectInstanceState",
                                 f"The instance '{instance_id}' is not in the 'stopped' "
                                 "state.", op)

    def after(op: str, params: dict, response: dict) -> None:
        if op == "StopInstances":
            for item in response.get("StoppingInstances", []):
                busy[item["InstanceId"]] = ["stopping", TRANSITION_READS]
        elif op == "StartInstances":
            for item in response.get("StartingInstances", []):
                busy[item["InstanceId"]] = ["pending", TRANSITION_READS]
        elif op == "CreateImage" and response.get("ImageId"):
            pending_images[response["ImageId"]] = TRANSITION_READS
        elif op == "DescribeInstances":
            wanted = _filter_values(params, "instance-state-name")
            for reservation in response.get("Reservations", []):
                kept = []
                for item in reservation.get("Instances", []):
                    shown = busy.get(item["InstanceId"])
                    if shown:
                        item["State"] = {"Code": _STATE_CODES[shown[0]], "Name": shown[0]}
                        shown[1] -= 1
                        if shown[1] <= 0:
                            del busy[item["InstanceId"]]
                    if wanted is None or item["State"]["Name"] in wanted:
                        kept.append(item)
                reservation["Instances"] = kept
            response["Reservations"] = [r for r in response.get("Reservations", [])
                                        if r["Instances"]]
        elif op == "DescribeImages":
            wanted = _filter_values(params, "state")
            kept = []
            for image in response.get("Images", []):
                left = pending_images.get(image["ImageId"])
                if left:
                    image["State"] = "pending"
                    pending_images[image["ImageId"]] = left - 1
                if wanted is None or image.get("State") in wanted:
                    kept.append(image)
            response["Images"] = kept

    def patched(api_client: BaseClient, op: str, params: dict) -> Any:
        service = api_client.meta.service_model.service_name
        calls.append((service, op, dict(params)))
        if service != "ec2":
            return original(api_client, op, params)
        before(api_client, op, params)
        response = original(api_client, op, params)
        after(op, params, response)
        return response

    time.sleep = lambda seconds: real_sleep(min(max(seconds, 0), 0.001))
    try:
        with api_calls_through(lambda _original: patched):
            yield calls
    finally:
        time.sleep = real_sleep


def check_launched(calls: list[tuple[str, str, dict]], wanted: int, what: str) -> None:
    """The run_instances calls ask AWS for ``wanted`` instances at most: AWS launches up to
    MaxCount of each call (moto launches MinCount)."""
    asked = sum(p.get("MaxCount", 0) for s, op, p in calls
                if s == "ec2" and op == "RunInstances")
    check(asked <= wanted,
          f"{what} pide a run_instances hasta {asked} instancias (la suma de MaxCount); en AWS "
          f"se lanzarían todas las que quepan, y aquí se piden {wanted}.")


def _ops(calls: list[tuple[str, str, dict]], instance_id: str) -> list[str]:
    """The EC2 operations made on ``instance_id``, in order."""
    out = []
    for service, op, params in calls:
        ids = params.get("InstanceIds") or [params.get("InstanceId")]
        if service == "ec2" and instance_id in ids:
            out.append(op)
    return out


# --- exercise 1: decode a type name ------------------------------------------------------

KEYS_1 = ["attributes", "family", "generation", "size"]


def check_decode(decode_instance_type: Callable[[str], Any], name: str, expected: dict
                 ) -> None:
    """decode_instance_type(name) against ``expected``, with a hint per mistake."""
    result = run(decode_instance_type, name)
    check(isinstance(result, dict),
          f"decode_instance_type({name!r}) debe devolver un diccionario; devuelve "
          f"{describe(result)}.")
    check(set(result) == set(KEYS_1),
          f"El diccionario debe tener exactamente las claves {KEYS_1}; el tuyo tiene "
          f"{sorted(result, key=str)}.")
    check(not isinstance(result["generation"], str),
          f"decode_instance_type({name!r}): la generación debe ser un número entero (int), "
          f"no el texto {result['generation']!r}. Conviértela con int().")
    check(result["size"] == expected["size"],
          f"decode_instance_type({name!r}): el tamaño es lo que va detrás del punto, "
          f"{expected['size']!r}; devuelves {result['size']!r}.")
    check(result["family"] == expected["family"],
          f"decode_instance_type({name!r}): la familia es {expected['family']!r} (todas las "
          f"letras antes del número de generación, que pueden ser varias); devuelves "
          f"{result['family']!r}.")
    check(result["generation"] == expected["generation"]
          and type(result["generation"]) is int,
          f"decode_instance_type({name!r}): la generación es {expected['generation']} (un "
          f"int); devuelves {result['generation']!r}.")
    check(result["attributes"] == expected["attributes"],
          f"decode_instance_type({name!r}): los atributos son todo lo que hay entre la "
          f"generación y el punto, {expected['attributes']!r}; devuelves "
          f"{result['attributes']!r}.")


def decode_instance_type(decode_instance_type: Callable[[str], Any]) -> None:
    """Exercise 1: family, generation, attributes and size of a type name."""
    cases = {
        "c5.large": {"family": "c", "generation": 5, "attributes": "", "size": "large"},
        "m7gd.2xlarge": {"family": "m", "generation": 7, "attributes": "gd",
                         "size": "2xlarge"},
        "r5ad.large": {"family": "r", "generation": 5, "attributes": "ad", "size": "large"},
        "inf2.xlarge": {"family": "inf", "generation": 2, "attributes": "",
                        "size": "xlarge"},
    }
    for name, expected in cases.items():
        check_decode(decode_instance_type, name, expected)
    passed("decode_instance_type: correcto para c5.large, m7gd.2xlarge, r5ad.large e "
           "inf2.xlarge.")


# --- exercise 2: attribute letters -------------------------------------------------------

def check_traits(traits: Callable[[str], Any], name: str, expected: set[str]) -> None:
    result = run(traits, name)
    check(isinstance(result, set | frozenset),
          f"traits({name!r}) debe devolver un conjunto (set); devuelve {describe(result)}.")
    unknown = set(result) - set(TRAITS.values())
    check(not unknown, f"traits({name!r}) devuelve valores que no están en la tabla: "
                       f"{sorted(unknown, key=str)}. Usa solo {sorted(TRAITS.values())}.")
    first = TRAITS.get(name[0])
    if first and first in result - expected:
        raise CheckFailure(
            f"traits({name!r}) devuelve {sorted(result)}: has leído la primera letra de la "
            f"familia, {name[0]!r}, como si fuera un atributo. Los atributos son solo las "
            "letras que van DESPUÉS del número de generación: usa tu decode_instance_type.")
    check(result == expected,
          f"traits({name!r}) debería ser {sorted(expected) or 'set()'}; devuelves "
          f"{sorted(result) or 'set()'}.")


def traits(traits: Callable[[str], Any]) -> None:
    """Exercise 2: the traits named by the attribute letters."""
    cases = {"m7gd.2xlarge": {"graviton", "local_nvme"}, "c6in.large": {"intel", "network"},
             "r5ad.large": {"amd", "local_nvme"}, "c5.large": set(), "g5.xlarge": set()}
    for name, expected in cases.items():
        check_traits(traits, name, expected)
    passed("traits: correcto para m7gd, c6in, r5ad, c5 y g5.")


# --- exercise 3: category of a family ----------------------------------------------------

def check_category(instance_category: Callable[[str], Any], name: str,
                   expected: str | None) -> None:
    result = run(instance_category, name)
    check(result in CATEGORIES or result is None,
          f"instance_category({name!r}) debe devolver una clave de CATEGORIES "
          f"({', '.join(CATEGORIES)}) o None; devuelve {describe(result)}.")
    by_first_letter = next((c for c, f in CATEGORIES.items() if name[0] in f), None)
    check(not (result != expected and result == by_first_letter),
          f"instance_category({name!r}) devuelve {result!r}: has mirado solo la primera "
          f"letra, {name[0]!r}. La familia son todas las letras antes del número de "
          f"generación, y la de {name} es de la categoría {expected!r}.")
    check(result == expected,
          f"instance_category({name!r}) debería ser {expected!r}; devuelves {result!r}.")


def instance_category(instance_category: Callable[[str], Any]) -> None:
    """Exercise 3: the category of a type, from its family."""
    cases = {"c5.large": "compute", "m7gd.2xlarge": "general", "r5ad.large": "memory",
             "g5.xlarge": "accelerated", "inf2.xlarge": "accelerated", "zz9.large": None}
    for name, expected in cases.items():
        check_category(instance_category, name, expected)
    passed("instance_category: correcto, también para inf2 (familia de varias letras) y para "
           "una familia desconocida.")


# --- exercise 4: memory per vCPU by category ---------------------------------------------

def check_ratios(memory_per_vcpu: Callable[[list], Any], instance_types: list[dict],
                 what: str, expected: dict[str, float],
                 means: dict[str, float] | None = None) -> None:
    """memory_per_vcpu(instance_types) against ``expected``; ``means`` (the averages, when
    they differ from the medians) lets the message name that mistake."""
    result = run(memory_per_vcpu, instance_types, what=f"memory_per_vcpu({what})")
    check(isinstance(result, dict),
          f"memory_per_vcpu debe devolver un diccionario {{categoría: GiB por vCPU}}; "
          f"devuelve {describe(result)}.")
    check(set(result) == set(expected),
          f"Con {what} las claves deben ser las categorías presentes, {sorted(expected)}; "
          f"tus claves son {sorted(result, key=str)}. Salta los tipos de familia desconocida "
          "(instance_category devuelve None).")
    for category, value in expected.items():
        got = result[category]
        check(isinstance(got, int | float) and not isinstance(got, bool),
              f"El valor de {category!r} debe ser un número; es {describe(got)}.")
        check(not math.isclose(got, value * 1024, rel_tol=1e-9),
              f"{category!r} vale {got:.6g}: parece que no has pasado los MiB a GiB "
              "(divide SizeInMiB entre 1024).")
        check(not math.isclose(got, value * 1024 / 1000, rel_tol=1e-9),
              f"{category!r} vale {got:.6g}: un GiB son 1024 MiB, no 1000.")
        mean = (means or {}).get(category)
        check(mean is None or not math.isclose(got, mean, rel_tol=1e-9),
              f"{category!r} vale {got:.6g}, que es la media; se pide la mediana "
              "(statistics.median), que no se deja arrastrar por unos pocos tipos extremos.")
        check(math.isclose(got, value, rel_tol=1e-9),
              f"Con {what}, la mediana de GiB por vCPU de {category!r} es {value:.6g}; tu "
              f"función da {got:.6g}. Divide con / (no con //, que redondea) y recuerda que "
              "con un número par de valores la mediana es la media de los dos centrales.")


_XLARGE_MEDIANS = {"general": 4.0, "compute": 2.0, "storage": 8.0, "accelerated": 4.0,
                  "memory": 8.0}
_XLARGE_MEANS = {"general": 4.046586470170454, "compute": 1.9779411764705883,
                "storage": 7.205357142857143, "memory": 10.232142857142858}


def memory_per_vcpu(memory_per_vcpu: Callable[[list], Any], instance_types: list[dict]
                    ) -> None:
    """Exercise 4a: median GiB of memory per vCPU, by category (XLARGE_TYPES)."""
    check_ratios(memory_per_vcpu, instance_types, "XLARGE_TYPES", _XLARGE_MEDIANS,
                 _XLARGE_MEANS)
    passed("memory_per_vcpu: " + ", ".join(f"{c} {v:g}" for c, v in _XLARGE_MEDIANS.items())
           + " GiB por vCPU.")


# --- exercise 4b: the chart --------------------------------------------------------------

def _bar_names(ax: Any, bars: list) -> list[str]:
    """The name of each bar (left to right): its tick label, or the text ``bar_label`` (or
    an annotation) wrote over it."""
    ticks = {round(float(t), 6): label.get_text()
             for t, label in zip(ax.get_xticks(), ax.get_xticklabels(), strict=False)}
    texts = []
    for text in ax.texts:
        xy = getattr(text, "xy", None) or text.get_position()
        texts.append((float(xy[0]), text.get_text()))
    names = []
    for bar in bars:
        center = bar.get_x() + bar.get_width() / 2
        over = [t for x, t in texts if abs(x - center) <= bar.get_width() / 2]
        names.append([ticks.get(round(center, 6), ""), *over])
    return names


def check_chart(fig: Any, wanted: list[tuple[str, float]]) -> None:
    """``fig`` shows the bars ``wanted`` — (name, height) from left to right."""
    from matplotlib.figure import Figure

    check(isinstance(fig, Figure),
          f"plot_memory_per_vcpu debe devolver la figura de matplotlib (fig); devuelve "
          f"{describe(fig)}. ¿Has olvidado el return fig?")
    check(len(fig.axes) == 1, f"La figura debe tener un solo gráfico; tiene {len(fig.axes)}.")
    ax = fig.axes[0]
    bars = sorted((p for p in ax.patches if p.get_height() > 0), key=lambda b: b.get_x())
    check(len(bars) == len(wanted),
          f"Debe haber una barra vertical por categoría ({len(wanted)}); hay {len(bars)}. "
          "Usa ax.bar(etiquetas, valores).")
    check(len({round(b.get_x(), 6) for b in bars}) == len(bars),
          "Las barras deben ser verticales (ax.bar), una al lado de otra, no horizontales.")
    heights = [b.get_height() for b in bars]
    values = [v for _, v in wanted]
    check(sorted(heights) == sorted(values),
          f"La altura de cada barra debe ser el valor de su categoría en ratios "
          f"({sorted(values, reverse=True)}); tus barras miden {heights}.")
    check(heights == values,
          "Las barras deben ir de la categoría con más GiB por vCPU a la de menos.")
    names = [n for n, _ in wanted]
    seen = _bar_names(ax, bars)
    check(all(name in found for name, found in zip(names, seen, strict=True)),
          f"Cada barra se etiqueta con el nombre en español de CATEGORY_NAMES (en el eje x o "
          f"encima, con ax.bar_label): de izquierda a derecha, {names}; se leen "
          f"{[[t for t in f if t] for f in seen]}.")
    check(ax.get_title().strip(), "Pon un título al gráfico (new_chart lo hace por ti).")
    check("gib" in ax.get_ylabel().lower(),
          "El eje y debe decir la unidad: GiB por vCPU.")


def check_plot(plot_memory_per_vcpu: Callable[[dict], Any], ratios: dict[str, float],
               wanted: list[tuple[str, float]]) -> None:
    """Draw ``ratios`` with the student's function, check the chart, close every figure."""
    import matplotlib.pyplot as plt

    try:
        fig = run(plot_memory_per_vcpu, ratios, what="plot_memory_per_vcpu(ratios de prueba)")
        check_chart(fig, wanted)
    finally:
        plt.close("all")


def plot_memory_per_vcpu(plot_memory_per_vcpu: Callable[[dict], Any]) -> None:
    """Exercise 4b: a bar chart of the ratios, highest first."""
    check_plot(plot_memory_per_vcpu,
               {"general": 4.0, "compute": 2.0, "memory": 8.0, "accelerated": 4.5},
               [("Memoria", 8.0), ("Acelerada", 4.5), ("Uso general", 4.0),
                ("Cómputo", 2.0)])
    passed("plot_memory_per_vcpu: barras ordenadas, con etiquetas y unidades.")


# --- exercise 5: a security group for a web server ---------------------------------------

def _ingress(group_id: str, region: str) -> list[tuple[str, int | None, int | None, str]]:
    """Every inbound rule, one per source: IPv4 and IPv6 ranges, prefix lists, groups."""
    group = client(region).describe_security_groups(GroupIds=[group_id])["SecurityGroups"][0]
    rules = []
    for p in group["IpPermissions"]:
        protocol = {"6": "tcp", "17": "udp", "1": "icmp"}.get(p["IpProtocol"], p["IpProtocol"])
        sources = ([r["CidrIp"] for r in p.get("IpRanges", [])]
                   + [r["CidrIpv6"] for r in p.get("Ipv6Ranges", [])]
                   + [r["PrefixListId"] for r in p.get("PrefixListIds", [])]
                   + [r.get("GroupId", "") for r in p.get("UserIdGroupPairs", [])])
        for source in sources:
            rules.append((protocol, p.get("FromPort"), p.get("ToPort"), source))
    return rules


def check_security_group(create_web_security_group: Callable[..., Any], region: str,
                         admin_cidr: str) -> None:
    name = fresh_name("web")
    group_id = run(create_web_security_group, client(region), name, admin_cidr,
                   what=f"create_web_security_group(ec2, {name!r}, {admin_cidr!r})")
    check(isinstance(group_id, str) and group_id.startswith("sg-"),
          f"create_web_security_group debe devolver el id del grupo (un texto como "
          f"'sg-0abc...'); devuelve {describe(group_id)}.")
    group = client(region).describe_security_groups(GroupIds=[group_id])["SecurityGroups"][0]
    check(group["GroupName"] == name,
          f"El grupo se llama {group['GroupName']!r}; debe llamarse como pide el parámetro "
          f"name ({name!r}).")
    check(group["VpcId"] == default_vpc_id(region),
          "El grupo debe estar en la VPC predeterminada de la región.")
    rules = _ingress(group_id, region)
    ssh_open = [r for r in rules if r[3] != admin_cidr and (r[0] == "-1" or (
        r[0] == "tcp" and r[1] is not None and r[1] <= 22 <= r[2]))]
    check(not ssh_open,
          f"El puerto 22 (SSH) queda abierto a {ssh_open[0][3] if ssh_open else ''}: "
          f"SSH debe llegar SOLO desde admin_cidr ({admin_cidr}); ni desde 0.0.0.0/0 ni "
          "desde ::/0, el «cualquier sitio» de IPv6.")
    check(("tcp", 80, 80, "0.0.0.0/0") in rules,
          f"Falta la regla que deja entrar HTTP: TCP, puerto 80 (FromPort=80 y ToPort=80), "
          f"desde 0.0.0.0/0. Reglas de entrada que tiene el grupo: {rules}.")
    check(("tcp", 22, 22, admin_cidr) in rules,
          f"Falta la regla de SSH: TCP, puerto 22, solo desde {admin_cidr} (el parámetro "
          f"admin_cidr). Reglas de entrada que tiene el grupo: {rules}.")
    check(len(rules) == 2,
          f"El grupo debe tener exactamente las dos reglas de entrada pedidas (HTTP desde "
          f"0.0.0.0/0 y SSH desde admin_cidr), ni una más (tampoco de IPv6); tiene {rules}.")


def create_web_security_group(create_web_security_group: Callable[..., Any]) -> None:
    """Exercise 5: HTTP from anywhere, SSH from the admins' network only."""
    check_security_group(create_web_security_group, REGION, "203.0.113.0/24")
    passed("create_web_security_group: HTTP abierto, SSH solo para la red de administración.")


# --- exercise 6: two instances in two AZs ------------------------------------------------

def launch_pair(launch_ha_pair: Callable[..., Any], region: str, ami_id: str = AMI_ID
                ) -> tuple[list[dict], str, str]:
    """Run the student's launch_ha_pair as AWS would answer; return (instances, group id,
    key name)."""
    group_id, key_name = new_security_group(region), new_key_pair(region)
    with like_aws() as calls:
        ids = run(launch_ha_pair, client(region), ami_id, group_id, key_name,
                  what=f"launch_ha_pair(ec2 de {region}, {ami_id!r}, grupo, clave)")
    check_launched(calls, 2, "launch_ha_pair")
    check(isinstance(ids, list | tuple),
          f"launch_ha_pair debe devolver una lista con los dos InstanceId; devuelve "
          f"{describe(ids)}.")
    check(len(ids) == 2, f"launch_ha_pair debe lanzar y devolver 2 instancias; devuelve "
                         f"{len(ids)}.")
    check(all(isinstance(i, str) and i.startswith("i-") for i in ids),
          f"Cada elemento debe ser un InstanceId (un texto como 'i-0abc...'), no el "
          f"diccionario de la instancia: {describe(ids[0])}.")
    check(len(set(ids)) == 2, "Los dos identificadores devueltos son la misma instancia.")
    return [instance(i, region) for i in ids], group_id, key_name


def check_pair_zones(instances: list[dict], region: str, ami_id: str = AMI_ID) -> None:
    zones = [i["Placement"]["AvailabilityZone"] for i in instances]
    check(zones[0] != zones[1],
          f"Las dos instancias están en la misma zona ({zones[0]}): si esa zona cae, cae la "
          "aplicación. Lanza cada una en una zona distinta (Placement o SubnetId).")
    real = {z["ZoneName"] for z in client(region).describe_availability_zones()[
        "AvailabilityZones"]}
    check(set(zones) <= real, f"Las zonas {zones} no son todas zonas de {region}.")
    types = {i["InstanceType"] for i in instances}
    check(types == {"t3.micro"}, f"Las instancias deben ser t3.micro; son {sorted(types)}.")
    images = {i["ImageId"] for i in instances}
    check(images == {ami_id},
          f"Las instancias deben arrancar con la AMI que recibe la función ({ami_id}); "
          f"arrancan con {sorted(images)}.")
    check(all(i["State"]["Name"] in {"pending", "running"} for i in instances),
          "Las dos instancias deben quedar en marcha.")


def check_pair_config(instances: list[dict], group_id: str, key_name: str,
                      region: str) -> None:
    default_vpc = default_vpc_id(region)
    for i in instances:
        groups = [g["GroupId"] for g in i.get("SecurityGroups", [])]
        check(groups == [group_id],
              f"La instancia {i['InstanceId']} debe usar el grupo de seguridad recibido, y "
              f"solo ese; tiene {groups}. Pásalo con SecurityGroupIds=[security_group_id].")
        check(i.get("KeyName") == key_name,
              f"La instancia {i['InstanceId']} no tiene el par de claves {key_name!r} "
              "(parámetro KeyName): sin él no podrías entrar por SSH.")
        check(i.get("VpcId") == default_vpc,
              f"La instancia {i['InstanceId']} está en la VPC {i.get('VpcId')}, no en la "
              f"predeterminada ({default_vpc}): elige subredes de la VPC predeterminada "
              "(filtro default-for-az) o deja que Placement la elija.")
        check(i.get("PublicIpAddress"),
              f"La instancia {i['InstanceId']} no tiene IP pública: lánzala en una subred "
              "predeterminada, que las asigna.")


def launch_ha_pair(launch_ha_pair: Callable[..., Any]) -> None:
    """Exercise 6a: two t3.micro in two different AZs."""
    instances = launch_pair(launch_ha_pair, REGION)[0]
    check_pair_zones(instances, REGION)
    zones = sorted(i["Placement"]["AvailabilityZone"] for i in instances)
    passed(f"launch_ha_pair: dos instancias en {zones[0]} y {zones[1]}.")


def ha_pair_config(launch_ha_pair: Callable[..., Any]) -> None:
    """Exercise 6b: the security group, the key pair and the public IPs."""
    instances, group_id, key_name = launch_pair(launch_ha_pair, REGION)
    check_pair_config(instances, group_id, key_name, REGION)
    passed("launch_ha_pair: grupo de seguridad, par de claves e IP pública correctos.")


# --- exercise 7: what changes across reboot, stop and start ------------------------------

ACTIONS = ["reboot", "stop", "start"]
KEYS_7 = {"action", "state", "public_ip", "private_ip"}


def check_lifecycle(observe_lifecycle: Callable[..., Any], region: str) -> None:
    instance_id = new_instance(region)
    before = instance(instance_id, region)
    with like_aws() as calls:
        steps = run(observe_lifecycle, client(region), instance_id,
                    what=f"observe_lifecycle(ec2 de {region}, instance_id)")
    check(isinstance(steps, list) and len(steps) == 3,
          f"observe_lifecycle debe devolver una lista con 3 observaciones (reboot, stop y "
          f"start); devuelve {describe(steps)}.")
    check(all(isinstance(s, dict) and set(s) == KEYS_7 for s in steps),
          f"Cada observación debe ser un diccionario con las claves {sorted(KEYS_7)}; la "
          f"primera es {describe(steps[0])}.")
    check([s["action"] for s in steps] == ACTIONS,
          f"Las acciones deben ser, en orden, {ACTIONS}; son {[s['action'] for s in steps]}.")
    done = [op for op in _ops(calls, instance_id)
            if op in {"RebootInstances", "StopInstances", "StartInstances"}]
    check(done == ["RebootInstances", "StopInstances", "StartInstances"],
          f"Hay que hacer de verdad las tres acciones, en orden: reboot_instances, "
          f"stop_instances y start_instances; tu función llama a {done}.")
    states = [s["state"] for s in steps]
    check(not any(s in {"stopping", "pending"} for s in states),
          f"Estados observados: {states}. 'stopping' y 'pending' son estados de paso: en AWS "
          "la parada y el arranque tardan, y las pruebas lo simulan. Espera a que la "
          "instancia llegue a 'stopped' o 'running' (un waiter) y entonces vuelve a leerla "
          "con describe_instances.")
    check(states == ["running", "stopped", "running"],
          f"Tras reboot, stop y start la instancia debería estar running, stopped y running; "
          f"tu función observa {states}.")
    public = before["PublicIpAddress"]
    private = before["PrivateIpAddress"]
    check(steps[0]["public_ip"] == public and steps[0]["private_ip"] == private,
          "Tras reboot las dos IP deben ser las de antes: reiniciar no cambia de máquina ni "
          "de dirección. ¿Lees las IP de la instancia (PublicIpAddress, PrivateIpAddress)?")
    check(steps[1]["public_ip"] is None,
          f"Detenida, la instancia no tiene IP pública: public_ip debe ser None; es "
          f"{steps[1]['public_ip']!r}.")
    check(steps[2]["public_ip"] not in (None, public),
          "Tras start la instancia debe tener una IP pública nueva, distinta de la de antes. "
          "¿Vuelves a leer la instancia después de arrancarla?")
    check(all(s["private_ip"] == private for s in steps),
          "La IP privada no cambia en todo el ciclo; en alguna observación tienes otra.")
    now = instance(instance_id, region)
    check(now["State"]["Name"] == "running", "Al terminar, la instancia debe quedar en marcha.")


def observe_lifecycle(observe_lifecycle: Callable[..., Any]) -> None:
    """Exercise 7: reboot, stop and start an instance, recording what changed."""
    check_lifecycle(observe_lifecycle, REGION)
    passed("observe_lifecycle: estados e IP correctos en reboot, stop y start.")


# --- exercise 8: change the instance type ------------------------------------------------

def check_resize(resize_instance: Callable[..., Any], region: str, old: str, new: str
                 ) -> None:
    instance_id = new_instance(region, old)
    with like_aws() as calls:
        run(resize_instance, client(region), instance_id, new,
            what=f"resize_instance(ec2 de {region}, instance_id, {new!r})")
    after = instance(instance_id, region)
    ops = [op for op in _ops(calls, instance_id)
           if op in {"StopInstances", "ModifyInstanceAttribute", "StartInstances"}]
    check("ModifyInstanceAttribute" in ops,
          f"La instancia sigue siendo {after['InstanceType']}; debería ser {new}. Cambia el "
          "tipo con modify_instance_attribute.")
    check(after["InstanceType"] == new,
          f"La instancia es {after['InstanceType']}; debería ser {new} (el parámetro "
          "new_type).")
    check(ops and ops[-1] == "StartInstances",
          "La instancia ha quedado detenida: después de cambiar el tipo, vuelve a "
          "arrancarla con start_instances.")
    check(after["State"]["Name"] in {"pending", "running"},
          f"La instancia debe quedar en marcha; está {after['State']['Name']!r}.")


def resize_instance(resize_instance: Callable[..., Any]) -> None:
    """Exercise 8: stop, change the type, start."""
    check_resize(resize_instance, REGION, "t3.micro", "t3.large")
    passed("resize_instance: t3.micro → t3.large, con parada, espera y arranque.")


# --- exercise 9: an AMI from a running instance, and a copy --------------------------------

def check_clone(clone_instance: Callable[..., Any], region: str, instance_type: str) -> None:
    source_id = new_instance(region, instance_type)
    source = instance(source_id, region)
    name = fresh_name("copia")
    existing = instance_ids(region)
    with like_aws() as calls:
        result = run(clone_instance, client(region), source_id, name,
                     what=f"clone_instance(ec2 de {region}, instance_id, {name!r})")
    check_launched(calls, 1, "clone_instance")
    check(isinstance(result, tuple) and len(result) == 2,
          f"clone_instance debe devolver una tupla (image_id, instance_id); devuelve "
          f"{describe(result)}.")
    image_id, copy_id = result
    check(isinstance(image_id, str) and image_id.startswith("ami-"),
          f"El primer elemento debe ser el id de la AMI nueva ('ami-...'); es "
          f"{describe(image_id)}.")
    check(image_id != source["ImageId"],
          "Devuelves la AMI con la que arrancó la instancia original. Crea una nueva a partir "
          "de la instancia con create_image.")
    images = client(region).describe_images(ImageIds=[image_id])["Images"]
    check(images, f"No existe la imagen {image_id}.")
    check(images[0].get("Name") == name,
          f"La AMI nueva debe llamarse {name!r} (el parámetro image_name); se llama "
          f"{images[0].get('Name')!r}.")
    check(images[0].get("SourceInstanceId") == source_id,
          "La AMI debe crearse a partir de la instancia recibida (instance_id).")
    check(isinstance(copy_id, str) and copy_id.startswith("i-") and copy_id != source_id,
          f"El segundo elemento debe ser el InstanceId de la copia (una instancia nueva); es "
          f"{describe(copy_id)}.")
    new = instance_ids(region) - existing
    check(new == {copy_id},
          f"clone_instance debe lanzar UNA instancia nueva (la copia); ha lanzado {len(new)}.")
    copy = instance(copy_id, region)
    check(copy["ImageId"] == image_id,
          f"La copia arrancó con {copy['ImageId']}; debe arrancar con la AMI nueva "
          f"({image_id}).")
    check(copy["InstanceType"] == source["InstanceType"],
          f"La copia es {copy['InstanceType']}; debe tener el mismo tipo que la original "
          f"({source['InstanceType']}). Léelo de la instancia, no lo escribas a mano.")
    check(copy["State"]["Name"] in {"pending", "running"}, "La copia debe quedar en marcha.")
    check(instance(source_id, region)["State"]["Name"] == "running",
          "La instancia original debe seguir en marcha: copiarla no es apagarla.")


def clone_instance(clone_instance: Callable[..., Any]) -> None:
    """Exercise 9: create_image from an instance, then launch a copy from it."""
    check_clone(clone_instance, REGION, "t3.micro")
    passed("clone_instance: AMI creada, esperada hasta estar disponible, y copia lanzada "
           "desde ella.")


# --- exercise 10: what a timeline costs --------------------------------------------------

WEEK = [("pending", 0.1), ("running", 40), ("stopping", 0.1), ("stopped", 117.6),
        ("pending", 0.1), ("running", 10), ("shutting-down", 0.1)]


def check_cost(billed_cost: Callable[..., Any], timeline: list[tuple[str, float]],
               price_per_hour: float, ebs_gb: float, elastic_ip: bool, expected: float,
               mistakes: dict[str, float] | None = None) -> None:
    """billed_cost(...) against ``expected`` (exact but for float rounding); ``mistakes``
    maps a Spanish explanation to the total a known mistake gives."""
    shown = "WEEK" if timeline is WEEK else repr(timeline)
    what = f"billed_cost({shown}, {price_per_hour}, {ebs_gb}, {elastic_ip})"
    result = run(billed_cost, timeline, price_per_hour, ebs_gb, elastic_ip, what=what)
    check(isinstance(result, int | float) and not isinstance(result, bool),
          f"{what} debe devolver un número (dólares); devuelve {describe(result)}.")
    if not math.isclose(result, expected, rel_tol=1e-9, abs_tol=1e-12):
        for explanation, wrong in (mistakes or {}).items():
            check(not math.isclose(result, wrong, rel_tol=1e-9, abs_tol=1e-12),
                  f"{what} da {result:.6f} $: {explanation}")
        raise CheckFailure(f"{what} da {result:.6f} $; debería dar {expected:.6f} $ "
                           "(sin redondear).")


def billed_cost(billed_cost: Callable[..., Any]) -> None:
    """Exercise 10: dollars billed for a timeline of states."""
    check_cost(billed_cost, WEEK, 0.0416, 8, False, 2.4792876712328766, {
        "solo cuentas el cómputo: el volumen EBS y la IPv4 pública también se cobran.":
            2.08,
        "no cobras la IPv4 pública automática (0,005 $/h mientras la instancia la tiene: "
        "en todos los estados salvo stopped y terminated).": 2.227287671232877,
        "cobras la IPv4 pública también con la instancia detenida; la automática se libera "
        "al detenerla (sin IP elástica, detenida no se paga).": 3.0672876712328767,
        "cobras la IPv4 pública solo en running; la instancia la tiene también en pending, "
        "stopping y shutting-down.": 2.4772876712328764,
        "cobras el EBS solo mientras la instancia está en marcha; el disco existe, y se "
        "paga, en todos los estados salvo terminated.": 2.375835616438356,
        "cobras el cómputo también en pending, stopping o shutting-down; solo se cobra en "
        "running.": 2.495927671232877,
    })
    check_cost(billed_cost, [("stopped", 730)], 0.0416, 100, True, 11.65, {
        "no cobras la IP elástica con la instancia detenida; desde febrero de 2024 AWS "
        "cobra toda IPv4 pública, y la elástica sigue reservada para ti aunque la "
        "instancia esté detenida.": 8.0,
    })
    passed("billed_cost: la semana de ejemplo cuesta 2.4793 $; un mes detenida con 100 GB "
           "de EBS e IP elástica, 11.65 $.")

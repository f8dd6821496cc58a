"""Visible checks of module 04 (EC2), and the set-up the module's tests share.

Each check function runs the visible cases of one exercise and, when the answer is wrong,
names the likely mistake in Spanish. Every check launches its own instances and creates its
own, uniquely named security groups, key pairs and images, so a test cell gives the same
answer however often it runs and whatever the student created before. The hidden cases live
only in the source notebook; they use the set-up helpers and behaviour checks defined here.
"""

from __future__ import annotations

import itertools
import statistics
import uuid
from collections.abc import Callable, Iterable
from typing import Any

import boto3
from botocore.exceptions import ClientError

from . import CheckFailure, call_with_hint, check, check_close, describe, passed

REGION = "us-east-1"
AMI_ID = "ami-04681a1dbd79675a5"  # Amazon Linux 2 in moto's catalogue (any id is accepted)

# Instance families by category (the prefix letters of a type name). AWS lists the HPC
# families (hpc6a, hpc7g...) as a category of their own; the course counts them as compute.
CATEGORIES = {
    "general": ["a", "m", "mac", "t"],
    "compute": ["c", "hpc"],
    "memory": ["r", "u", "x", "z"],
    "storage": ["d", "h", "i", "im", "is"],
    "accelerated": ["dl", "f", "g", "gr", "inf", "p", "trn", "vt"],
}
CATEGORY_NAMES = {
    "general": "Uso general",
    "compute": "Cómputo",
    "memory": "Memoria",
    "storage": "Almacenamiento",
    "accelerated": "Acelerada",
}
# Attribute letters after the generation number, and the trait each one names.
TRAITS = {"g": "graviton", "a": "amd", "i": "intel", "n": "network", "d": "local_nvme"}

EBS_PRICE_GB_MONTH = 0.08  # gp3 in us-east-1, dollars per GB and month
HOURS_PER_MONTH = 730

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
        if code == "InvalidInstanceID.NotFound":
            return ("No existe esa instancia en la región del cliente: usa el cliente ec2 "
                    "que recibe tu función, no uno creado por tu cuenta.")
        if code == "InvalidGroup.Duplicate":
            return "Ya existe un grupo con ese nombre: usa el nombre que recibe la función."
        if code == "InvalidParameterValue":
            return "Revisa los parámetros de la llamada (nombres de clave y tipos de valor)."
    return ""


# --- exercise 1: decode a type name ------------------------------------------------------

def expected_decode(name: str) -> dict:
    prefix, size = name.split(".", 1)
    family = prefix[: len(prefix) - len(prefix.lstrip("abcdefghijklmnopqrstuvwxyz"))]
    rest = prefix[len(family):]
    digits = rest[: len(rest) - len(rest.lstrip("0123456789"))]
    return {"family": family, "generation": int(digits), "attributes": rest[len(digits):],
            "size": size}


def check_decode(decode_instance_type: Callable[[str], Any], name: str) -> None:
    """decode_instance_type(name) against the expected parts, with a hint per mistake."""
    result = run(decode_instance_type, name)
    expected = expected_decode(name)
    check(isinstance(result, dict),
          f"decode_instance_type({name!r}) debe devolver un diccionario; devuelve "
          f"{describe(result)}.")
    check(set(result) == set(expected),
          f"El diccionario debe tener exactamente las claves {sorted(expected)}; el tuyo tiene "
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
    check(result["generation"] == expected["generation"],
          f"decode_instance_type({name!r}): la generación es {expected['generation']}; "
          f"devuelves {result['generation']!r}.")
    check(result["attributes"] == expected["attributes"],
          f"decode_instance_type({name!r}): los atributos son las letras entre la generación "
          f"y el punto, {expected['attributes']!r}; devuelves {result['attributes']!r}.")


def decode_instance_type(decode_instance_type: Callable[[str], Any]) -> None:
    """Exercise 1: family, generation, attributes and size of a type name."""
    for name in ["c5.large", "m7gd.2xlarge", "r5ad.large", "inf2.xlarge"]:
        check_decode(decode_instance_type, name)
    passed("decode_instance_type: correcto para c5.large, m7gd.2xlarge, r5ad.large e "
           "inf2.xlarge.")


# --- exercise 2: attribute letters -------------------------------------------------------

def expected_traits(name: str) -> set[str]:
    return {TRAITS[c] for c in expected_decode(name)["attributes"] if c in TRAITS}


def check_traits(traits: Callable[[str], Any], name: str) -> None:
    result = run(traits, name)
    expected = expected_traits(name)
    check(isinstance(result, set | frozenset),
          f"traits({name!r}) debe devolver un conjunto (set); devuelve {describe(result)}.")
    unknown = set(result) - set(TRAITS.values())
    check(not unknown, f"traits({name!r}) devuelve valores que no están en la tabla: "
                       f"{sorted(unknown, key=str)}. Usa solo {sorted(TRAITS.values())}.")
    family = expected_decode(name)["family"]
    if result - expected and family[0] in result_letters(result - expected):
        raise CheckFailure(
            f"traits({name!r}) devuelve {sorted(result)}: has leído la familia "
            f"{family!r} como si fuera un atributo. Los atributos son solo las letras que "
            "van DESPUÉS del número de generación: usa tu decode_instance_type.")
    check(result == expected,
          f"traits({name!r}) debería ser {sorted(expected) or 'set()'}; devuelves "
          f"{sorted(result) or 'set()'}.")


def result_letters(traits: Iterable[str]) -> set[str]:
    letters = {v: k for k, v in TRAITS.items()}
    return {letters[t] for t in traits if t in letters}


def traits(traits: Callable[[str], Any]) -> None:
    """Exercise 2: the traits named by the attribute letters."""
    for name in ["m7gd.2xlarge", "c6in.large", "r5ad.large", "c5.large", "g5.xlarge"]:
        check_traits(traits, name)
    passed("traits: correcto para m7gd, c6in, r5ad, c5 y g5.")


# --- exercise 3: category of a family ----------------------------------------------------

def expected_category(name: str) -> str | None:
    family = expected_decode(name)["family"]
    return next((c for c, families in CATEGORIES.items() if family in families), None)


def check_category(instance_category: Callable[[str], Any], name: str) -> None:
    result = run(instance_category, name)
    expected = expected_category(name)
    family = expected_decode(name)["family"]
    by_first_letter = next((c for c, f in CATEGORIES.items() if family[0] in f), None)
    check(result in CATEGORIES or result is None,
          f"instance_category({name!r}) debe devolver una clave de CATEGORIES "
          f"({', '.join(CATEGORIES)}) o None; devuelve {describe(result)}.")
    check(not (result != expected and result == by_first_letter),
          f"instance_category({name!r}) devuelve {result!r}: has mirado solo la primera "
          f"letra. La familia de {name} es {family!r} (todas las letras antes del número), "
          f"y {family!r} es de la categoría {expected!r}.")
    check(result == expected,
          f"instance_category({name!r}) debería ser {expected!r}; devuelves {result!r}.")


def instance_category(instance_category: Callable[[str], Any]) -> None:
    """Exercise 3: the category of a type, from its family."""
    for name in ["c5.large", "m7gd.2xlarge", "r5ad.large", "g5.xlarge", "inf2.xlarge",
                 "zz9.large"]:
        check_category(instance_category, name)
    passed("instance_category: correcto, también para inf2 (familia de varias letras) y para "
           "una familia desconocida.")


# --- exercise 4: memory per vCPU by category ---------------------------------------------

def expected_ratios(instance_types: list[dict]) -> dict[str, float]:
    groups: dict[str, list[float]] = {}
    for t in instance_types:
        category = expected_category(t["InstanceType"])
        if category is None:
            continue
        ratio = t["MemoryInfo"]["SizeInMiB"] / 1024 / t["VCpuInfo"]["DefaultVCpus"]
        groups.setdefault(category, []).append(ratio)
    return {c: statistics.median(v) for c, v in groups.items()}


def _mean_ratios(instance_types: list[dict]) -> dict[str, float]:
    groups: dict[str, list[float]] = {}
    for t in instance_types:
        category = expected_category(t["InstanceType"])
        if category is not None:
            groups.setdefault(category, []).append(
                t["MemoryInfo"]["SizeInMiB"] / 1024 / t["VCpuInfo"]["DefaultVCpus"])
    return {c: statistics.mean(v) for c, v in groups.items()}


def check_ratios(memory_per_vcpu: Callable[[list], Any], instance_types: list[dict],
                 what: str) -> None:
    result = run(memory_per_vcpu, instance_types, what=f"memory_per_vcpu({what})")
    expected = expected_ratios(instance_types)
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
        check(abs(got - value * 1024) > 1e-6 * value * 1024,
              f"{category!r} vale {got:.6g}: parece que no has pasado los MiB a GiB "
              "(divide SizeInMiB entre 1024).")
        check(abs(got - value * 1024 / 1000) > 1e-6 * value,
              f"{category!r} vale {got:.6g}: un GiB son 1024 MiB, no 1000.")
        mean = _mean_ratios(instance_types)[category]
        check(abs(mean - value) < 1e-9 or abs(got - mean) > 1e-9,
              f"{category!r} vale {got:.6g}, que es la media; se pide la mediana "
              "(statistics.median), que no se deja arrastrar por unos pocos tipos extremos.")
        check_close(got, value, f"La mediana de GiB por vCPU de {category!r} con {what}")


def memory_per_vcpu(memory_per_vcpu: Callable[[list], Any], instance_types: list[dict]
                    ) -> None:
    """Exercise 4a: median GiB of memory per vCPU, by category."""
    check_ratios(memory_per_vcpu, instance_types, "XLARGE_TYPES")
    result = expected_ratios(instance_types)
    passed("memory_per_vcpu: " + ", ".join(f"{c} {v:g}" for c, v in result.items())
           + " GiB por vCPU.")


# --- exercise 4b: the chart --------------------------------------------------------------

def check_chart(fig: Any, ratios: dict[str, float]) -> None:
    from matplotlib.figure import Figure

    check(isinstance(fig, Figure),
          f"plot_memory_per_vcpu debe devolver la figura de matplotlib (fig); devuelve "
          f"{describe(fig)}. ¿Has olvidado el return fig?")
    check(len(fig.axes) == 1, f"La figura debe tener un solo gráfico; tiene {len(fig.axes)}.")
    ax = fig.axes[0]
    bars = [p for p in ax.patches if p.get_height() > 0]
    check(len(bars) == len(ratios),
          f"Debe haber una barra vertical por categoría ({len(ratios)}); hay {len(bars)}. "
          "Usa ax.bar(etiquetas, valores).")
    order = sorted(ratios, key=lambda c: -ratios[c])
    heights = [b.get_height() for b in sorted(bars, key=lambda b: b.get_x())]
    check(sorted(heights, reverse=True) == sorted((ratios[c] for c in order), reverse=True),
          "La altura de cada barra debe ser el valor de su categoría en ratios.")
    check(heights == [ratios[c] for c in order],
          "Las barras deben ir de la categoría con más GiB por vCPU a la de menos.")
    labels = [t.get_text() for t in ax.get_xticklabels()]
    wanted = [CATEGORY_NAMES[c] for c in order]
    check(labels == wanted,
          f"Las etiquetas del eje x deben ser los nombres en español de CATEGORY_NAMES, en el "
          f"orden de las barras: {wanted}; son {labels}.")
    check(ax.get_title().strip(), "Pon un título al gráfico (new_chart lo hace por ti).")
    check("gib" in ax.get_ylabel().lower(),
          "El eje y debe decir la unidad: GiB por vCPU.")


def check_plot(plot_memory_per_vcpu: Callable[[dict], Any], ratios: dict[str, float]
               ) -> None:
    """Draw ``ratios`` with the student's function, check the chart, close every figure."""
    import matplotlib.pyplot as plt

    try:
        fig = run(plot_memory_per_vcpu, ratios, what="plot_memory_per_vcpu(ratios de prueba)")
        check_chart(fig, ratios)
    finally:
        plt.close("all")


def plot_memory_per_vcpu(plot_memory_per_vcpu: Callable[[dict], Any]) -> None:
    """Exercise 4b: a bar chart of the ratios, highest first."""
    check_plot(plot_memory_per_vcpu,
               {"general": 4.0, "compute": 2.0, "memory": 8.0, "accelerated": 4.5})
    passed("plot_memory_per_vcpu: barras ordenadas, con etiquetas y unidades.")


# --- exercise 5: a security group for a web server ---------------------------------------

def _ingress(group_id: str, region: str) -> list[tuple[str, int | None, int | None, str]]:
    group = client(region).describe_security_groups(GroupIds=[group_id])["SecurityGroups"][0]
    rules = []
    for p in group["IpPermissions"]:
        for r in p.get("IpRanges", []):
            rules.append((p["IpProtocol"], p.get("FromPort"), p.get("ToPort"), r["CidrIp"]))
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
    ssh_world = [r for r in rules if r[3] == "0.0.0.0/0" and (r[0] == "-1" or (
        r[1] is not None and r[1] <= 22 <= r[2]))]
    check(not ssh_world,
          "El puerto 22 (SSH) queda abierto a 0.0.0.0/0: cualquiera en Internet podría "
          "intentar entrar. Ábrelo solo al rango admin_cidr.")
    check(("tcp", 80, 80, "0.0.0.0/0") in rules,
          f"Falta la regla que deja entrar HTTP: TCP, puerto 80 (FromPort=80 y ToPort=80), "
          f"desde 0.0.0.0/0. Reglas de entrada que tiene el grupo: {rules}.")
    check(("tcp", 22, 22, admin_cidr) in rules,
          f"Falta la regla de SSH: TCP, puerto 22, solo desde {admin_cidr} (el parámetro "
          f"admin_cidr). Reglas de entrada que tiene el grupo: {rules}.")
    check(len(rules) == 2,
          f"El grupo debe tener solo las dos reglas de entrada pedidas (HTTP y SSH); tiene "
          f"{rules}.")


def create_web_security_group(create_web_security_group: Callable[..., Any]) -> None:
    """Exercise 5: HTTP from anywhere, SSH from the admins' network only."""
    check_security_group(create_web_security_group, REGION, "203.0.113.0/24")
    passed("create_web_security_group: HTTP abierto, SSH solo para la red de administración.")


# --- exercise 6: two instances in two AZs ------------------------------------------------

def launch_pair(launch_ha_pair: Callable[..., Any], region: str, ami_id: str = AMI_ID
                ) -> tuple[list[dict], str, str]:
    """Run the student's launch_ha_pair; return (instances, group id, key name)."""
    group_id, key_name = new_security_group(region), new_key_pair(region)
    ids = run(launch_ha_pair, client(region), ami_id, group_id, key_name,
              what="launch_ha_pair(ec2, AMI, grupo, clave)")
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


def check_pair_zones(instances: list[dict], ami_id: str = AMI_ID) -> None:
    zones = [i["Placement"]["AvailabilityZone"] for i in instances]
    check(zones[0] != zones[1],
          f"Las dos instancias están en la misma zona ({zones[0]}): si esa zona cae, cae la "
          "aplicación. Lanza cada una en una zona distinta (Placement o SubnetId).")
    types = {i["InstanceType"] for i in instances}
    check(types == {"t3.micro"}, f"Las instancias deben ser t3.micro; son {sorted(types)}.")
    check({i["ImageId"] for i in instances} == {ami_id},
          "Las instancias deben arrancar con la AMI que recibe la función (ami_id).")
    check(all(i["State"]["Name"] in {"pending", "running"} for i in instances),
          "Las dos instancias deben quedar en marcha.")


def check_pair_config(instances: list[dict], group_id: str, key_name: str,
                      region: str) -> None:
    for i in instances:
        groups = [g["GroupId"] for g in i.get("SecurityGroups", [])]
        check(group_id in groups,
              f"La instancia {i['InstanceId']} no usa el grupo de seguridad recibido "
              f"(tiene {groups}). Pásalo con SecurityGroupIds=[security_group_id].")
        check(i.get("KeyName") == key_name,
              f"La instancia {i['InstanceId']} no tiene el par de claves {key_name!r} "
              "(parámetro KeyName): sin él no podrías entrar por SSH.")
        check(i.get("VpcId") == default_vpc_id(region),
              "Las instancias deben ir a la VPC predeterminada.")
        check(i.get("PublicIpAddress"),
              f"La instancia {i['InstanceId']} no tiene IP pública: lánzala en una subred "
              "predeterminada, que las asigna.")


def launch_ha_pair(launch_ha_pair: Callable[..., Any]) -> None:
    """Exercise 6a: two t3.micro in two different AZs."""
    instances = launch_pair(launch_ha_pair, REGION)[0]
    check_pair_zones(instances)
    zones = sorted(i["Placement"]["AvailabilityZone"] for i in instances)
    passed(f"launch_ha_pair: dos instancias en {zones[0]} y {zones[1]}.")


def ha_pair_config(launch_ha_pair: Callable[..., Any]) -> None:
    """Exercise 6b: the security group, the key pair and the public IPs."""
    instances, group_id, key_name = launch_pair(launch_ha_pair, REGION)
    check_pair_config(instances, group_id, key_name, REGION)
    passed("launch_ha_pair: grupo de seguridad, par de claves e IP pública correctos.")


# --- exercise 7: what changes across reboot, stop and start ------------------------------

ACTIONS = ["reboot", "stop", "start"]
KEYS = {"action", "state", "public_ip", "private_ip"}


def check_lifecycle(observe_lifecycle: Callable[..., Any], region: str) -> None:
    instance_id = new_instance(region)
    before = instance(instance_id, region)
    steps = run(observe_lifecycle, client(region), instance_id,
                what="observe_lifecycle(ec2, instance_id)")
    check(isinstance(steps, list) and len(steps) == 3,
          f"observe_lifecycle debe devolver una lista con 3 observaciones (reboot, stop y "
          f"start); devuelve {describe(steps)}.")
    check(all(isinstance(s, dict) and set(s) == KEYS for s in steps),
          f"Cada observación debe ser un diccionario con las claves {sorted(KEYS)}; la "
          f"primera es {describe(steps[0])}.")
    check([s["action"] for s in steps] == ACTIONS,
          f"Las acciones deben ser, en orden, {ACTIONS}; son {[s['action'] for s in steps]}.")
    states = [s["state"] for s in steps]
    check(not any(s in {"stopping", "pending"} for s in states),
          f"Estados observados: {states}. 'stopping' y 'pending' son lo que responden "
          "stop_instances y start_instances mientras la transición está en curso: vuelve a "
          "leer la instancia con describe_instances (en AWS real, tras esperar con un waiter).")
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
    before = instance(instance_id, region)
    run(resize_instance, client(region), instance_id, new,
        what=f"resize_instance(ec2, instance_id, {new!r})")
    after = instance(instance_id, region)
    check(after["InstanceType"] == new,
          f"La instancia sigue siendo {after['InstanceType']}; debería ser {new}. Cambia el "
          "tipo con modify_instance_attribute(InstanceId=..., InstanceType={'Value': ...}).")
    check(after["State"]["Name"] != "stopped",
          "La instancia ha quedado detenida: después de cambiar el tipo, vuelve a "
          "arrancarla con start_instances.")
    check(after["State"]["Name"] in {"pending", "running"},
          f"La instancia debe quedar en marcha; está {after['State']['Name']!r}.")
    check(after.get("PublicIpAddress") != before.get("PublicIpAddress"),
          "El tipo ha cambiado, pero la instancia no se ha detenido (conserva su IP pública). "
          "En AWS real, modify_instance_attribute falla con IncorrectInstanceState si la "
          "instancia está en marcha: primero stop_instances y espera a que esté 'stopped'.")


def resize_instance(resize_instance: Callable[..., Any]) -> None:
    """Exercise 8: stop, change the type, start."""
    check_resize(resize_instance, REGION, "t3.micro", "t3.large")
    passed("resize_instance: t3.micro → t3.large, con parada y arranque.")


# --- exercise 9: an AMI from a running instance, and a copy --------------------------------

def check_clone(clone_instance: Callable[..., Any], region: str, instance_type: str) -> None:
    source_id = new_instance(region, instance_type)
    source = instance(source_id, region)
    name = fresh_name("copia")
    result = run(clone_instance, client(region), source_id, name,
                 what=f"clone_instance(ec2, instance_id, {name!r})")
    check(isinstance(result, tuple | list) and len(result) == 2,
          f"clone_instance debe devolver una tupla (image_id, instance_id); devuelve "
          f"{describe(result)}.")
    image_id, copy_id = result
    check(isinstance(image_id, str) and image_id.startswith("ami-"),
          f"El primer elemento debe ser el id de la AMI nueva ('ami-...'); es "
          f"{describe(image_id)}.")
    check(image_id != source["ImageId"],
          "Devuelves la AMI con la que arrancó la instancia original. Crea una nueva a partir "
          "de la instancia con create_image(InstanceId=..., Name=...).")
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
    passed("clone_instance: AMI creada y copia lanzada desde ella.")


# --- exercise 10: what a timeline costs --------------------------------------------------

def expected_cost(timeline: list[tuple[str, float]], price_per_hour: float,
                  ebs_gb: float) -> float:
    ebs_per_hour = ebs_gb * EBS_PRICE_GB_MONTH / HOURS_PER_MONTH
    total = 0.0
    for state, hours in timeline:
        if state in {"running", "rebooting"}:
            total += price_per_hour * hours
        if state != "terminated":
            total += ebs_per_hour * hours
    return total


WEEK = [("pending", 0.1), ("running", 40), ("rebooting", 0.1), ("running", 10),
        ("stopping", 0.1), ("stopped", 117.6), ("shutting-down", 0.1)]


def billed_cost(billed_cost: Callable[..., Any]) -> None:
    """Exercise 10: dollars billed for a timeline of states."""
    result = run(billed_cost, WEEK, 0.0416, 8, what="billed_cost(WEEK, 0.0416, 8)")
    check(isinstance(result, int | float) and not isinstance(result, bool),
          f"billed_cost debe devolver un número (dólares); devuelve {describe(result)}.")
    compute = 0.0416 * 50.1
    check(abs(result - compute) > 1e-6,
          "Solo cuentas el cómputo: el volumen EBS se cobra mientras existe, también con "
          "la instancia detenida.")
    check(abs(result - expected_cost(WEEK, 0.0416, 0) - 8 * 0.08 / 730 * 50.1) > 1e-9,
          "Cobras el EBS solo mientras la instancia está en marcha; se cobra en todos los "
          "estados salvo terminated (el disco sigue existiendo aunque la instancia esté "
          "detenida).")
    check(abs(result - expected_cost(WEEK, 0.0416, 8) + 0.0416 * 0.1) > 1e-9,
          "No cobras el estado 'rebooting': reiniciar no detiene la facturación, la "
          "instancia sigue contando como en marcha.")
    check_close(result, expected_cost(WEEK, 0.0416, 8), "billed_cost(WEEK, 0.0416, 8)")
    stopped_month = run(billed_cost, [("stopped", 730)], 0.0416, 100,
                        what="billed_cost([('stopped', 730)], 0.0416, 100)")
    check_close(stopped_month, 8.0, "Un mes detenida con 100 GB de EBS")
    passed(f"billed_cost: la semana de ejemplo cuesta {result:.4f} $.")

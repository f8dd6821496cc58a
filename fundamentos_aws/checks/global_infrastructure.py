"""Visible checks of module 01 (infraestructura global).

Each function runs the visible cases of one exercise and, when the answer is wrong, names the
likely mistake in Spanish. The expected values of the visible cases are literals written here;
the hidden cases, with theirs, live only in the source notebook. :func:`run_instances_problems`
is generic machinery: it reads recorded ``RunInstances`` calls and says what AWS would refuse
(moto launches ``MinCount=0`` without complaint).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import boto3
from botocore.client import BaseClient

from . import api_calls_through, call, check, check_close, describe, passed, recorded_calls

# Madrid and Dublin city centres, and their great-circle distance (R = 6371 km).
MADRID = (40.42, -3.70)
DUBLIN = (53.35, -6.26)
MADRID_DUBLIN_KM = 1450.607265
FIBRE_KM_PER_S = 200_000
# The statement fixes R and the speed in fibre: a different constant must fail, so the
# tolerance is far tighter than the 0.1 % that separates 6371 km from 6378 km.
REL_TOL = 1e-6


def availability_zones(availability_zones: Callable[[str], Any]) -> None:
    """Exercise 1: the sorted AZ names of a region."""
    result = call(availability_zones, "us-east-1")
    check(isinstance(result, list),
          f"availability_zones('us-east-1') debe devolver una lista; devuelve {describe(result)}.")
    check(result, "availability_zones('us-east-1') devuelve una lista vacía: us-east-1 tiene "
                  "seis zonas. ¿Recorres la clave 'AvailabilityZones' de la respuesta?")
    check(all(isinstance(z, str) for z in result),
          "Cada elemento debe ser el nombre de una zona (un texto como 'us-east-1a'), no el "
          f"diccionario entero que devuelve boto3. Primer elemento: {describe(result[0])}.")
    check(not any(z.startswith("use1-") for z in result),
          "Has devuelto los identificadores de zona (ZoneId, como 'use1-az1'); aquí se piden "
          "los nombres (ZoneName, como 'us-east-1a').")
    expected = ["us-east-1a", "us-east-1b", "us-east-1c", "us-east-1d", "us-east-1e",
                "us-east-1f"]
    check(sorted(result) == expected,
          f"Para us-east-1 se esperaban las zonas {expected}; tu función devuelve {result}.")
    check(result == expected, "Las zonas son correctas, pero la lista debe ir ordenada "
                              "alfabéticamente (usa sorted()).")
    other = call(availability_zones, "eu-west-1")
    check(other == ["eu-west-1a", "eu-west-1b", "eu-west-1c"],
          f"availability_zones('eu-west-1') devuelve {other}. Si salen zonas de us-east-1, "
          "el cliente no usa la región pedida: créalo con boto3.client('ec2', "
          "region_name=region).")
    passed("availability_zones: correcto para us-east-1 y eu-west-1.")


def zone_ids(zone_ids: Callable[[str], Any]) -> None:
    """Exercise 2: {zone name: zone id} for a region."""
    result = call(zone_ids, "us-east-1")
    check(isinstance(result, dict),
          f"zone_ids('us-east-1') debe devolver un diccionario; devuelve {describe(result)}.")
    expected = {"us-east-1a": "use1-az6", "us-east-1b": "use1-az1", "us-east-1c": "use1-az2",
                "us-east-1d": "use1-az4", "us-east-1e": "use1-az3", "us-east-1f": "use1-az5"}
    swapped = {v: k for k, v in expected.items()}
    check(result != swapped, "Las claves y los valores están al revés: la clave es el nombre "
                             "('us-east-1a') y el valor el identificador ('use1-az6').")
    check(set(result) == set(expected),
          f"Las claves deben ser los nombres de las zonas de us-east-1: {sorted(expected)}; "
          f"tus claves son {sorted(result, key=str)}.")
    wrong = {k: v for k, v in result.items() if v != expected[k]}
    # (the values are the ones moto gives every account; in AWS they depend on the account)
    check(not wrong, f"Estos identificadores no son los de la zona: {wrong}. El valor es "
                     "z['ZoneId'] de cada zona.")
    passed("zone_ids: correcto para us-east-1.")


def regions_offering(regions_offering: Callable[[list[str]], Any]) -> None:
    """Exercise 3: regions (partition aws) that offer every service of a list."""
    braket = ["eu-north-1", "eu-west-2", "us-east-1", "us-west-1", "us-west-2"]
    result = call(regions_offering, ["braket"])
    check(isinstance(result, list),
          f"regions_offering(['braket']) debe devolver una lista; devuelve {describe(result)}.")
    check(sorted(result) == braket,
          f"Amazon Braket está en {braket} según los datos de boto3; tu función devuelve "
          f"{result}. Usa boto3.session.Session().get_available_regions(servicio).")
    check(result == braket, "Las regiones son correctas pero deben ir ordenadas (sorted()).")
    both = ["us-east-1", "us-west-2"]
    either = ["ap-southeast-1", "ap-southeast-2", "eu-north-1", "eu-west-1", "eu-west-2",
              "us-east-1", "us-east-2", "us-west-1", "us-west-2"]
    result = call(regions_offering, ["braket", "frauddetector"])
    check(result != either,
          "Devuelves las regiones que tienen ALGUNO de los servicios; se piden las que "
          "tienen TODOS (la intersección de los conjuntos, no la unión).")
    check(result != braket,
          "Con ['braket', 'frauddetector'] devuelves solo las regiones de Braket: hay que "
          "mirar TODOS los servicios de la lista, no solo el primero.")
    check(result == both, f"Con ['braket', 'frauddetector'] se esperaba {both}; "
                          f"tu función devuelve {result}.")
    passed("regions_offering: correcto con uno y con dos servicios.")


def distance_km(distance_km: Callable[..., Any]) -> None:
    """Exercise 4a: great-circle distance with the haversine formula."""
    result = call(distance_km, *MADRID, *DUBLIN)
    check(isinstance(result, int | float),
          f"distance_km debe devolver un número; devuelve {describe(result)}.")
    check(result < 20_100 and not math.isclose(result, _haversine_in_degrees(), rel_tol=1e-3),
          f"Madrid–Dublín da {result:.0f} km en vez de unos 1451. "
          "¿Pasas los grados a radianes con math.radians() antes de usar seno y coseno?")
    check(not math.isclose(result, MADRID_DUBLIN_KM / 1000, rel_tol=1e-2),
          "El resultado está en metros/1000 del esperado: usa el radio de la Tierra en "
          "kilómetros (6371).")
    check(not (math.isclose(result, MADRID_DUBLIN_KM, rel_tol=5e-3)
               and not math.isclose(result, MADRID_DUBLIN_KM, rel_tol=REL_TOL)),
          f"Madrid–Dublín da {result:.4f} km; con el radio del enunciado salen "
          f"{MADRID_DUBLIN_KM:.4f}. Estás muy cerca: ¿usas otro radio de la Tierra (6378, "
          "6371,0088...)? Usa EARTH_RADIUS_KM, 6371 km.")
    check_close(result, MADRID_DUBLIN_KM, "distance_km(Madrid, Dublín)", rel=REL_TOL)
    same = call(distance_km, *MADRID, *MADRID)
    check_close(same, 0.0, "La distancia de un punto a sí mismo", abs_tol=1e-6)
    passed(f"distance_km: Madrid–Dublín = {result:.1f} km.")


def _haversine_in_degrees() -> float:
    """Madrid–Dublin computed with the usual slip: degrees fed to sin and cos."""
    (lat1, lon1), (lat2, lon2) = MADRID, DUBLIN
    h = (math.sin((lat2 - lat1) / 2) ** 2
         + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2)
    return 2 * 6371 * math.asin(math.sqrt(h))


def min_rtt_ms(min_rtt_ms: Callable[[float], Any]) -> None:
    """Exercise 4b: round-trip lower bound in optical fibre, in milliseconds."""
    result = call(min_rtt_ms, 1000)
    check(isinstance(result, int | float),
          f"min_rtt_ms debe devolver un número; devuelve {describe(result)}.")
    expected = 2 * 1000 / FIBRE_KM_PER_S * 1000
    check(not math.isclose(result, expected / 2, rel_tol=1e-3),
          "Es la mitad de lo esperado: ¿has calculado solo la ida? Se pide ida y vuelta.")
    check(not math.isclose(result, expected * 2 / 3, rel_tol=1e-3),
          "Has usado la velocidad de la luz en el vacío (300 000 km/s); en la fibra óptica "
          "la luz va a unos 200 000 km/s.")
    check(not math.isclose(result, expected / 1000, rel_tol=1e-3),
          "El resultado está en segundos: multiplica por 1000 para pasar a milisegundos.")
    check(not (math.isclose(result, expected, rel_tol=5e-3)
               and not math.isclose(result, expected, rel_tol=REL_TOL)),
          f"min_rtt_ms(1000) da {result!r} ms, casi 10: ¿usas otra velocidad (por ejemplo 2/3 "
          "de 299 792 km/s)? El enunciado fija FIBRE_KM_PER_S = 200 000 km/s.")
    check_close(result, expected, "min_rtt_ms(1000)", rel=REL_TOL)
    passed("min_rtt_ms: 1000 km -> 10 ms de ida y vuelta.")


def nearest_region(nearest_region: Callable[..., Any], regions: list[dict]) -> None:
    """Exercise 5: the region whose city is nearest to a point."""
    result = call(nearest_region, *MADRID, regions, what="nearest_region(Madrid, regiones)")
    check(isinstance(result, str),
          f"nearest_region debe devolver el código de la región (un texto); devuelve "
          f"{describe(result)}.")
    check(result != "eu-west-3" and result != "eu-west-1",
          f"Para Madrid devuelves {result!r}, que no es la más cercana. ¿Comparas distancias "
          "con distance_km y te quedas con la mínima (min con key=...)?")
    check(result == "eu-south-2", f"Para Madrid se esperaba 'eu-south-2' (Europa (España)); "
                                  f"tu función devuelve {result!r}.")
    subset = [r for r in regions if r["region"] in {"us-east-1", "sa-east-1", "eu-west-1"}]
    result = call(nearest_region, *MADRID, subset, what="nearest_region(Madrid, tres regiones)")
    check(result == "eu-west-1",
          f"Con solo us-east-1, sa-east-1 y eu-west-1 la más cercana a Madrid es 'eu-west-1'; "
          f"devuelves {result!r}. Busca solo entre las regiones que recibes.")
    passed("nearest_region: correcto para Madrid.")


SCENARIO = [
    {"region": "eu-south-2", "country": "ES", "latency_ms": 6, "price_per_hour": 0.112,
     "services": {"ec2", "s3", "lambda"}},
    {"region": "eu-west-3", "country": "FR", "latency_ms": 21, "price_per_hour": 0.112,
     "services": {"ec2", "s3", "lambda", "braket"}},
    {"region": "eu-west-2", "country": "GB", "latency_ms": 25, "price_per_hour": 0.111,
     "services": {"ec2", "s3", "lambda", "braket"}},
    {"region": "us-east-1", "country": "US", "latency_ms": 90, "price_per_hour": 0.096,
     "services": {"ec2", "s3", "lambda", "braket"}},
]
EU = {"AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE", "IT",
      "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE"}


def choose_region(choose_region: Callable[..., Any]) -> None:
    """Exercise 6a: the cheapest region that meets every requirement."""
    cases = [
        ({}, "us-east-1", "Sin requisitos gana la más barata: us-east-1 (0,096 $/h)."),
        ({"countries": EU}, "eu-south-2",
         "Con datos dentro de la UE quedan eu-south-2 y eu-west-3 (eu-west-2 está en Reino "
         "Unido, fuera de la UE). Empatan en precio: gana la de menor latencia, eu-south-2."),
        ({"countries": EU, "services": ["braket"]}, "eu-west-3",
         "Dentro de la UE y con Braket solo queda eu-west-3."),
        ({"max_latency_ms": 30}, "eu-west-2",
         "Con latencia de 30 ms como máximo, la más barata es eu-west-2 (0,111 $/h)."),
        ({"countries": {"ES"}, "services": ["braket"]}, None,
         "Ninguna región cumple (en España no hay Braket en estos datos): se espera None."),
    ]
    for requirements, expected, why in cases:
        result = call(choose_region, SCENARIO, requirements,
                      what=f"choose_region(ESCENARIO, {_short(requirements)})")
        check(result == expected, f"choose_region(ESCENARIO, {_short(requirements)}) devuelve "
                                  f"{result!r}, se esperaba {expected!r}. {why}")
    passed("choose_region: correcto en los cinco casos del ejemplo.")


def _short(requirements: dict) -> str:
    shown = {k: ("UE" if v is EU else v) for k, v in requirements.items()}
    return repr(shown).replace("'UE'", "UE")


def plan_spread(plan_spread: Callable[[int, list[str]], Any]) -> None:
    """Exercise 7: how many instances go to each AZ, as evenly as possible."""
    zones = ["eu-west-1a", "eu-west-1b", "eu-west-1c"]
    result = call(plan_spread, 7, zones)
    check(isinstance(result, dict),
          f"plan_spread(7, zonas) debe devolver un diccionario; devuelve {describe(result)}.")
    check(set(result) == set(zones),
          f"Las claves deben ser exactamente las zonas recibidas {zones}; son {list(result)}.")
    check(sum(result.values()) == 7,
          f"Se reparten 7 instancias, pero tu plan suma {sum(result.values())}.")
    check(max(result.values()) - min(result.values()) <= 1,
          f"El reparto {result} no es equilibrado: entre la zona con más y la de menos no "
          "puede haber más de una instancia de diferencia.")
    result = call(plan_spread, 2, zones)
    check(isinstance(result, dict) and set(result) == set(zones)
          and sorted(result.values()) == [0, 1, 1],
          f"plan_spread(2, {zones}) devuelve {result}: con 2 instancias y 3 zonas, dos zonas "
          "llevan 1 y la otra 0 (y aparece con 0).")
    passed("plan_spread: reparto equilibrado.")


def run_instances_problems(calls: list[tuple[str, str, dict[str, Any]]], ami_id: str,
                           instance_type: str) -> list[str]:
    """What AWS would refuse, or what the statement forbids, in recorded RunInstances calls
    (Spanish). moto launches nothing and says nothing when MinCount is 0; AWS refuses it."""
    problems = []
    for service, operation, params in calls:
        if (service, operation) != ("ec2", "RunInstances"):
            continue
        low, high = params.get("MinCount"), params.get("MaxCount")
        if not (isinstance(low, int) and low >= 1 and isinstance(high, int) and high >= low):
            problems.append(
                f"has llamado a run_instances con MinCount={low!r} y MaxCount={high!r}: AWS "
                "exige MinCount >= 1 y MaxCount >= MinCount (moto acepta 0 y no lanza nada, "
                "AWS respondería InvalidParameterValue). Sáltate las zonas que llevan 0")
        if params.get("ImageId") != ami_id:
            problems.append(f"run_instances recibe ImageId={params.get('ImageId')!r}, no la AMI "
                            "que recibe tu función")
        if params.get("InstanceType") != instance_type:
            problems.append(f"run_instances recibe InstanceType="
                            f"{params.get('InstanceType')!r}; se pide {instance_type!r}")
    return problems


@contextmanager
def aws_like_run_instances() -> Iterator[None]:
    """Inside the block, ``RunInstances`` launches ``MaxCount`` instances, as AWS does when
    there is capacity; moto launches only ``MinCount``. Enter it before
    :func:`~fundamentos_aws.checks.recorded_calls`, so that the calls are recorded as the
    student's code made them."""
    def make(original: Any) -> Any:
        def launch(client: BaseClient, operation_name: str, api_params: dict[str, Any]) -> Any:
            if (client.meta.service_model.service_name, operation_name) == ("ec2",
                                                                             "RunInstances"):
                low, high = api_params.get("MinCount"), api_params.get("MaxCount")
                if isinstance(low, int) and isinstance(high, int) and 1 <= low <= high:
                    api_params = {**api_params, "MinCount": high}
            return original(client, operation_name, api_params)
        return launch

    with api_calls_through(make):
        yield


def launch_spread(launch_spread: Callable[..., Any], ami_id: str) -> None:
    """Exercise 8: launch n instances spread over the AZs of a region."""
    with aws_like_run_instances(), recorded_calls() as calls:
        result = call(launch_spread, "eu-west-1", ami_id, 3,
                      what="launch_spread('eu-west-1', AMI, 3)")
    problems = run_instances_problems(calls, ami_id, "t3.micro")
    check(not problems, "launch_spread('eu-west-1', AMI, 3): " + "; ".join(problems) + ".")
    check(isinstance(result, list) and len(result) == 3,
          f"launch_spread('eu-west-1', AMI, 3) debe devolver una lista con los 3 InstanceId; "
          f"devuelve {describe(result)}.")
    check(all(isinstance(i, str) and i.startswith("i-") for i in result),
          f"Cada elemento debe ser un InstanceId ('i-...'); recibo {result}.")
    ec2 = boto3.client("ec2", region_name="eu-west-1")
    try:
        found = ec2.describe_instances(InstanceIds=result)["Reservations"]
    except Exception:  # not in this region
        found = []
    instances = [i for r in found for i in r["Instances"]]
    check(len(instances) == 3, "No encuentro esas instancias en eu-west-1: crea el cliente "
                               "con boto3.client('ec2', region_name=region).")
    zones = sorted(i["Placement"]["AvailabilityZone"] for i in instances)
    check(len(set(zones)) == 3,
          f"Las 3 instancias están en las zonas {zones}: deben quedar en 3 zonas distintas. "
          "Indica la zona al lanzar: Placement={'AvailabilityZone': zona}.")
    types = {i["InstanceType"] for i in instances}
    check(types == {"t3.micro"}, f"El tipo de instancia debe ser t3.micro; es {types}.")
    passed(f"launch_spread: 3 instancias en {zones}.")

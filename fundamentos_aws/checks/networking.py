"""Visible checks of module 08 (Amazon VPC), and the moto fixtures its tests share.

Each check function runs the visible cases of one exercise, with their expected values
written out here, and names the likely mistake in Spanish. The hidden cases live only in the
source notebook: they describe networks as plain dictionaries, build them in moto with
:func:`build_network` and give the expected answers themselves; the ``check_*`` helpers here
only compare and explain.

moto keeps VPC resources (subnets, route tables, gateways, security groups, network ACLs,
endpoints) but moves no packet, and it accepts some things that AWS refuses: a route to an
internet gateway that is not attached, a route to a NAT gateway that is still ``pending`` (in
moto it is ``available`` at once), subnets smaller than /28. Where that matters, the checks
record the calls and test what AWS needs, and :func:`build_network` can mark a route as
``blackhole`` (what AWS shows when the gateway a route points to is deleted), which moto never
does by itself.
"""

from __future__ import annotations

import ipaddress
import itertools
import math
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

import boto3
from botocore.exceptions import ClientError, ParamValidationError

from . import CheckFailure, call_with_hint, check, describe, passed, recorded_calls

REGION = "us-east-1"
ANYWHERE_V4 = "0.0.0.0/0"
ANYWHERE_V6 = "::/0"

_counter = itertools.count(1)


def ec2_client(region: str = REGION) -> Any:
    return boto3.client("ec2", region_name=region)


def run(function: Callable[..., Any], *args: Any, what: str | None = None) -> Any:
    """``call`` plus a Spanish hint for the errors a beginner meets in this module."""
    return call_with_hint(function, *args, hint_for=_hint_for, what=what)


_CLIENT_HINTS = {
    "InvalidSubnet.Range": "el bloque CIDR de la subred no cabe dentro del de la VPC.",
    "InvalidSubnet.Conflict": "dos subredes de la misma VPC no pueden solaparse.",
    "InvalidVpcID.NotFound": "no existe esa VPC: usa el id que devuelve create_vpc.",
    "InvalidSubnetID.NotFound": "no existe esa subred: usa el id que devuelve create_subnet.",
    "RouteAlreadyExists": ("esa tabla de enrutamiento ya tiene una ruta con ese destino: cada "
                           "destino (por ejemplo 0.0.0.0/0) va una sola vez en cada tabla."),
    "Resource.AlreadyAssociated": ("ese recurso ya está asociado: una subred solo tiene una "
                                   "tabla de enrutamiento explícita y una IP elástica solo "
                                   "sirve a una puerta de enlace NAT."),
    "InvalidGroup.Duplicate": "ya existe un grupo de seguridad con ese nombre en esa VPC.",
    "InvalidPermission.Duplicate": "esa regla ya está en el grupo de seguridad.",
    "NetworkAclEntryAlreadyExists": "ya hay una regla con ese número en esa dirección.",
}


def _hint_for(error: BaseException | None) -> str:
    text = str(error)
    if isinstance(error, KeyError):
        key = text.strip("'\"")
        return {
            "PortRange": ("las reglas de una ACL de red con Protocol \"-1\" (todos los "
                          "protocolos) no traen PortRange: mira el protocolo antes de leerlo."),
            "CidrBlock": ("las reglas IPv6 de una ACL de red traen Ipv6CidrBlock en lugar de "
                          "CidrBlock: usa .get(\"CidrBlock\")."),
            "FromPort": ("las reglas de un grupo de seguridad con IpProtocol \"-1\" no traen "
                         "FromPort ni ToPort."),
            "ToPort": ("las reglas de un grupo de seguridad con IpProtocol \"-1\" no traen "
                       "FromPort ni ToPort."),
            "GatewayId": ("no todas las rutas van a una puerta de enlace: las de una NAT traen "
                          "NatGatewayId y las de una puerta de enlace de solo salida, "
                          "EgressOnlyInternetGatewayId. Usa ruta.get(\"GatewayId\", \"\")."),
            "DestinationCidrBlock": ("las rutas IPv6 traen DestinationIpv6CidrBlock y las de un "
                                     "punto de conexión, DestinationPrefixListId: usa .get()."),
            "PublicIpAddress": ("una instancia sin IP pública no trae la clave "
                                "PublicIpAddress: usa .get()."),
        }.get(key, "")
    if isinstance(error, ValueError) and "does not appear to be an IPv4 or IPv6" in text:
        return ("ipaddress.ip_address() recibe una dirección suelta; para un bloque con "
                "/prefijo usa ipaddress.ip_network().")
    if isinstance(error, ParamValidationError):
        return ("revisa los nombres y los tipos de los parámetros de la llamada a boto3 (por "
                "ejemplo MapPublicIpOnLaunch={\"Value\": True}).")
    if isinstance(error, ClientError):
        code = error.response.get("Error", {}).get("Code", "")
        message = error.response["Error"].get("Message", "")
        return _CLIENT_HINTS.get(code, f"AWS lo rechaza: {message}")
    return ""


def _raises_value_error(function: Callable[..., Any], args: tuple[Any, ...], shown: str,
                        why: str) -> None:
    try:
        result = function(*args)
    except ValueError:
        return
    except NotImplementedError:
        raise CheckFailure(f"{shown}: la función aún no está hecha (lanza "
                           "NotImplementedError).") from None
    except Exception as exc:
        raise CheckFailure(f"{shown} debe lanzar ValueError ({why}), pero lanza "
                           f"{type(exc).__name__}: {exc}") from None
    raise CheckFailure(f"{shown} devuelve {describe(result)}, pero debe lanzar ValueError: "
                       f"{why}.")


# --- exercise 1a: usable addresses of a subnet -------------------------------------------

def check_usable(usable_addresses: Callable[[str], Any], cidr: str, expected: int) -> None:
    shown = f"usable_addresses({cidr!r})"
    result = run(usable_addresses, cidr, what=shown)
    check(isinstance(result, int) and not isinstance(result, bool),
          f"{shown} debe devolver un número entero; devuelve {describe(result)}.")
    total = ipaddress.ip_network(cidr).num_addresses
    check(result != total - 2,
          f"{shown} devuelve {result}: has quitado 2 direcciones (red y difusión), pero AWS "
          "reserva 5 en cada subred: las 4 primeras y la última.")
    check(result == expected,
          f"{shown} debería ser {expected} (el bloque tiene {total} direcciones y AWS reserva "
          f"5); devuelves {result}.")


def check_size_rejected(usable_addresses: Callable[[str], Any], cidr: str) -> None:
    _raises_value_error(usable_addresses, (cidr,), f"usable_addresses({cidr!r})",
                        "una subred de AWS va de /16 a /28")


def usable_addresses(usable_addresses: Callable[[str], Any]) -> None:
    """Exercise 1a: addresses left for your resources in a subnet."""
    for cidr, expected in [("10.1.1.0/24", 251), ("10.1.0.0/16", 65531),
                           ("10.1.2.0/28", 11)]:
        check_usable(usable_addresses, cidr, expected)
    check_size_rejected(usable_addresses, "10.1.3.0/29")
    passed("usable_addresses: 251 en una /24, 65531 en una /16, 11 en una /28, y rechaza "
           "una /29.")


# --- exercise 1b: a subnet plan -------------------------------------------------------------

def check_plan(plan_subnets: Callable[..., Any], vpc_cidr: str, zones: list[str],
               tiers: list[str], hosts: int, prefix: int) -> None:
    """Every (tier, zone) pair gets a /``prefix`` inside ``vpc_cidr``, none overlapping."""
    shown = f"plan_subnets({vpc_cidr!r}, {zones}, {tiers}, {hosts})"
    plan = run(plan_subnets, vpc_cidr, list(zones), list(tiers), hosts, what=shown)
    check(isinstance(plan, dict),
          f"{shown} debe devolver un diccionario {{(capa, zona): cidr}}; devuelve "
          f"{describe(plan)}.")
    wanted = {(t, z) for t in tiers for z in zones}
    bad_keys = [k for k in plan if not isinstance(k, tuple)]
    check(not bad_keys,
          f"{shown}: las claves deben ser tuplas (capa, zona), como ({tiers[0]!r}, "
          f"{zones[0]!r}); hay {describe(bad_keys[0]) if bad_keys else ''}.")
    check(set(plan) == wanted,
          f"{shown}: debe haber una subred por cada pareja (capa, zona): faltan "
          f"{sorted(wanted - set(plan))} y sobran {sorted(set(plan) - wanted)}.")
    vpc = ipaddress.ip_network(vpc_cidr)
    networks = {}
    for key, value in plan.items():
        check(isinstance(value, str),
              f"{shown}: el CIDR de {key} debe ser un texto como \"10.1.0.0/24\" (usa str() "
              f"o .with_prefixlen); es {describe(value)}.")
        try:
            network = ipaddress.ip_network(value)
        except ValueError:
            raise CheckFailure(f"{shown}: {value!r} ({key}) no es un bloque CIDR válido: la "
                               "dirección debe ser la primera del bloque.") from None
        check(network.version == 4 and network.subnet_of(vpc),
              f"{shown}: la subred {value} de {key} no está dentro de la VPC {vpc_cidr}.")
        networks[key] = network
    for key, network in networks.items():
        size = network.prefixlen
        if size == prefix:
            continue
        usable = network.num_addresses - 5
        if size > 28:
            reason = "AWS no admite subredes más pequeñas que /28 (16 direcciones)"
        elif usable < hosts:
            reason = (f"a una /{size} le quedan {usable} direcciones libres (AWS reserva 5) "
                      f"y hacen falta {hosts}")
        else:
            reason = "es más grande de lo necesario: elige el tamaño más pequeño que basta"
        raise CheckFailure(f"{shown}: {key} recibe una /{size}, pero le toca una /{prefix}: "
                           f"{reason}.")
    for (k1, n1), (k2, n2) in itertools.combinations(networks.items(), 2):
        check(not n1.overlaps(n2),
              f"{shown}: las subredes de {k1} ({n1}) y {k2} ({n2}) se solapan.")


def check_plan_rejected(plan_subnets: Callable[..., Any], vpc_cidr: str, zones: list[str],
                        tiers: list[str], hosts: int) -> None:
    _raises_value_error(plan_subnets, (vpc_cidr, list(zones), list(tiers), hosts),
                        f"plan_subnets({vpc_cidr!r}, {zones}, {tiers}, {hosts})",
                        "esas subredes no caben en la VPC")


def plan_subnets(plan_subnets: Callable[..., Any]) -> None:
    """Exercise 1b: plan the subnets of a VPC."""
    zones, tiers = ["us-east-1a", "us-east-1b"], ["publica", "privada"]
    check_plan(plan_subnets, "10.1.0.0/16", zones, tiers, 200, 24)
    check_plan(plan_subnets, "10.1.0.0/16", zones, tiers, 20, 27)
    check_plan_rejected(plan_subnets, "10.1.0.0/24", zones, tiers, 100)
    passed("plan_subnets: /24 para 200 direcciones, /27 para 20, sin solapes, y ValueError "
           "cuando no caben.")


# --- reading a VPC back from moto ---------------------------------------------------------

def _tags(resource: dict) -> dict[str, str]:
    return {t["Key"]: t["Value"] for t in resource.get("Tags", [])}


def _vpc_filter(vpc_id: str) -> list[dict]:
    return [{"Name": "vpc-id", "Values": [vpc_id]}]


@dataclass
class _VpcState:
    vpc: dict
    subnets: list[dict]
    tables: list[dict]
    igws: list[dict]
    nats: list[dict]

    def explicit_table(self, subnet_id: str) -> dict | None:
        for table in self.tables:
            for association in table.get("Associations", []):
                if association.get("SubnetId") == subnet_id:
                    return table
        return None

    def main_table(self) -> dict | None:
        for table in self.tables:
            if any(a.get("Main") for a in table.get("Associations", [])):
                return table
        return None


def _read_vpc(ec2: Any, vpc_id: str) -> _VpcState:
    vpcs = ec2.describe_vpcs(VpcIds=[vpc_id])["Vpcs"]
    return _VpcState(
        vpc=vpcs[0],
        subnets=ec2.describe_subnets(Filters=_vpc_filter(vpc_id))["Subnets"],
        tables=ec2.describe_route_tables(Filters=_vpc_filter(vpc_id))["RouteTables"],
        igws=ec2.describe_internet_gateways(
            Filters=[{"Name": "attachment.vpc-id", "Values": [vpc_id]}])["InternetGateways"],
        nats=[n for n in ec2.describe_nat_gateways(Filter=_vpc_filter(vpc_id))["NatGateways"]
              if n.get("State") not in {"deleted", "deleting", "failed"}],
    )


def _default_route(table: dict | None) -> dict | None:
    for route in (table or {}).get("Routes", []):
        if route.get("DestinationCidrBlock") == ANYWHERE_V4:
            return route
    return None


# --- exercise 2: build the lab VPC ----------------------------------------------------------

LAB_NAME, LAB_CIDR = "app-vpc", "10.1.0.0/16"
LAB_SUBNETS = [
    {"name": "app-publica-1", "zone": "us-east-1a", "cidr": "10.1.1.0/24", "public": True},
    {"name": "app-privada-1", "zone": "us-east-1a", "cidr": "10.1.2.0/24", "public": False},
    {"name": "app-publica-2", "zone": "us-east-1b", "cidr": "10.1.3.0/24", "public": True},
    {"name": "app-privada-2", "zone": "us-east-1b", "cidr": "10.1.4.0/24", "public": False},
]


@dataclass
class _Built:
    shown: str
    vpc_id: str
    state: _VpcState
    calls: list[tuple[str, str, dict]]
    subnet_ids: dict[str, str] = field(default_factory=dict)   # spec name -> subnet id
    function: Any = None


_BUILT: dict[tuple, _Built] = {}


def _build(build_lab_vpc: Callable[..., Any], name: str, cidr: str,
           subnets: list[dict]) -> _Built:
    """Run the student's builder once per network: tests 2a, 2b and 2c of the same function
    (the same object: running its cell again makes a new one) look at the same VPC."""
    key = (id(build_lab_vpc), name, cidr, repr(subnets))
    if key not in _BUILT or _BUILT[key].function is not build_lab_vpc:
        _BUILT[key] = _build_now(build_lab_vpc, name, cidr, subnets)
    return _BUILT[key]


def _build_now(build_lab_vpc: Callable[..., Any], name: str, cidr: str,
               subnets: list[dict]) -> _Built:
    ec2 = ec2_client()
    shown = f"build_lab_vpc(ec2, {name!r}, {cidr!r}, <{len(subnets)} subredes>)"
    with recorded_calls() as calls:
        vpc_id = run(build_lab_vpc, ec2, name, cidr, [dict(s) for s in subnets], what=shown)
    check(isinstance(vpc_id, str) and vpc_id.startswith("vpc-"),
          f"{shown} debe devolver el id de la VPC (\"vpc-...\"); devuelve {describe(vpc_id)}.")
    try:
        state = _read_vpc(ec2, vpc_id)
    except ClientError:
        raise CheckFailure(f"{shown} devuelve {vpc_id!r}, que no es una VPC que exista.") from None
    built = _Built(shown, vpc_id, state, calls, function=build_lab_vpc)
    by_cidr = {s["CidrBlock"]: s for s in state.subnets}
    for spec in subnets:
        subnet = by_cidr.get(spec["cidr"])
        check(subnet is not None,
              f"{shown}: falta la subred {spec['name']} ({spec['cidr']}) en la VPC. Las subredes "
              f"que hay: {sorted(by_cidr) or 'ninguna'}.")
        built.subnet_ids[spec["name"]] = subnet["SubnetId"]
    return built


def check_vpc_and_subnets(build_lab_vpc: Callable[..., Any], name: str, cidr: str,
                          subnets: list[dict]) -> None:
    """2a: the VPC (CIDR, Name) and each subnet (CIDR, zone, Name, MapPublicIpOnLaunch)."""
    built = _build(build_lab_vpc, name, cidr, subnets)
    shown, state = built.shown, built.state
    check(state.vpc["CidrBlock"] == cidr,
          f"{shown}: la VPC tiene el bloque {state.vpc['CidrBlock']}; debe ser {cidr}.")
    check(_tags(state.vpc).get("Name") == name,
          f"{shown}: la VPC debe llevar la etiqueta Name={name!r}; tiene "
          f"{_tags(state.vpc) or 'ninguna'}.")
    check(len(state.subnets) == len(subnets),
          f"{shown}: la VPC tiene {len(state.subnets)} subredes y deben ser {len(subnets)}.")
    by_id = {s["SubnetId"]: s for s in state.subnets}
    for spec in subnets:
        subnet = by_id[built.subnet_ids[spec["name"]]]
        where = f"{shown}: la subred {spec['name']} ({spec['cidr']})"
        check(subnet["AvailabilityZone"] == spec["zone"],
              f"{where} está en {subnet['AvailabilityZone']}; debe estar en {spec['zone']}. "
              "Una subred vive en una sola zona: pásala con AvailabilityZone.")
        check(_tags(subnet).get("Name") == spec["name"],
              f"{where} debe llevar la etiqueta Name={spec['name']!r}; tiene "
              f"{_tags(subnet) or 'ninguna'}.")
        check(bool(subnet.get("MapPublicIpOnLaunch")) == spec["public"],
              f"{where}: MapPublicIpOnLaunch vale {subnet.get('MapPublicIpOnLaunch')}; debe ser "
              f"{spec['public']} (" + ("las instancias de una subred pública reciben IP "
                                       "pública al lanzarse" if spec["public"] else
                                       "una subred privada no reparte IP públicas") + ").")


def check_internet(build_lab_vpc: Callable[..., Any], name: str, cidr: str,
                   subnets: list[dict]) -> None:
    """2b: one attached internet gateway, attached before routing to it; public subnets
    explicitly associated with a table whose 0.0.0.0/0 goes to it; the main table private."""
    built = _build(build_lab_vpc, name, cidr, subnets)
    shown, state = built.shown, built.state
    check(len(state.igws) == 1,
          f"{shown}: la VPC debe tener exactamente una puerta de enlace de Internet conectada "
          f"(attach_internet_gateway); tiene {len(state.igws)}.")
    igw_id = state.igws[0]["InternetGatewayId"]
    attach_at = next((i for i, (_, op, params) in enumerate(built.calls)
                      if op == "AttachInternetGateway"
                      and params.get("InternetGatewayId") == igw_id), None)
    route_at = next((i for i, (_, op, params) in enumerate(built.calls)
                     if op in {"CreateRoute", "ReplaceRoute"}
                     and params.get("GatewayId") == igw_id), None)
    check(attach_at is not None and (route_at is None or attach_at < route_at),
          f"{shown}: creas la ruta hacia {igw_id} antes de conectarla a la VPC. moto lo "
          "acepta, pero AWS rechaza una ruta hacia una puerta de enlace de Internet que no "
          "está conectada a la VPC de la tabla: conéctala primero.")
    for spec in subnets:
        if not spec["public"]:
            continue
        table = state.explicit_table(built.subnet_ids[spec["name"]])
        where = f"{shown}: la subred pública {spec['name']}"
        check(table is not None,
              f"{where} no tiene una tabla de enrutamiento asociada explícitamente "
              "(associate_route_table): usaría la tabla principal.")
        route = _default_route(table)
        check(route is not None and route.get("GatewayId") == igw_id,
              f"{where}: su tabla debe enviar 0.0.0.0/0 a la puerta de enlace de Internet "
              f"{igw_id}; tiene {describe(route)}.")
    main_route = _default_route(state.main_table())
    check(main_route is None,
          f"{shown}: la tabla de enrutamiento principal tiene una ruta 0.0.0.0/0 "
          f"({describe(main_route)}). Déjala solo con la ruta local: toda subred que no "
          "asocies a otra tabla usa la principal, y debe quedar privada.")


def check_nat(build_lab_vpc: Callable[..., Any], name: str, cidr: str,
              subnets: list[dict]) -> None:
    """2c: one NAT gateway, with an Elastic IP, in the public subnet of each zone that has
    private subnets; each private subnet routes 0.0.0.0/0 to the NAT of its own zone, and
    the route is created only after waiting for the NAT to be available."""
    built = _build(build_lab_vpc, name, cidr, subnets)
    shown, state = built.shown, built.state
    public_by_zone: dict[str, set[str]] = {}
    for spec in subnets:
        if spec["public"]:
            public_by_zone.setdefault(spec["zone"], set()).add(built.subnet_ids[spec["name"]])
    private_zones = sorted({s["zone"] for s in subnets if not s["public"]})
    check(len(state.nats) == len(private_zones),
          f"{shown}: la VPC tiene {len(state.nats)} puertas de enlace NAT y debe tener "
          f"{len(private_zones)}: una en cada zona con subredes privadas ({private_zones}).")
    nat_by_zone = {}
    subnet_zone = {s["SubnetId"]: s["AvailabilityZone"] for s in state.subnets}
    for nat in state.nats:
        zone = subnet_zone.get(nat["SubnetId"])
        check(nat["SubnetId"] in public_by_zone.get(zone, set()),
              f"{shown}: la puerta de enlace NAT {nat['NatGatewayId']} está en la subred "
              f"{nat['SubnetId']}, que no es la subred pública de su zona: una NAT va en una "
              "subred pública, la de la misma zona que las privadas a las que sirve.")
        check(any(a.get("AllocationId") for a in nat.get("NatGatewayAddresses", [])),
              f"{shown}: la puerta de enlace NAT {nat['NatGatewayId']} no tiene IP elástica. "
              "Reserva una con allocate_address(Domain=\"vpc\") y pasa su AllocationId.")
        nat_by_zone[zone] = nat["NatGatewayId"]
    check(sorted(nat_by_zone) == private_zones,
          f"{shown}: hace falta una puerta de enlace NAT en cada zona con subredes privadas "
          f"({private_zones}); las tuyas están en {sorted(nat_by_zone)}.")
    for spec in subnets:
        if spec["public"]:
            continue
        table = state.explicit_table(built.subnet_ids[spec["name"]])
        where = f"{shown}: la subred privada {spec['name']} ({spec['zone']})"
        check(table is not None,
              f"{where} no tiene una tabla de enrutamiento asociada explícitamente.")
        route = _default_route(table)
        wanted = nat_by_zone[spec["zone"]]
        check(route is not None and route.get("NatGatewayId") == wanted,
              f"{where}: su tabla debe enviar 0.0.0.0/0 a la puerta de enlace NAT de su misma "
              f"zona, {wanted}; tiene {describe(route)}.")
    for nat in state.nats:
        nat_id = nat["NatGatewayId"]
        created = max((i for i, (_, op, params) in enumerate(built.calls)
                       if op == "CreateNatGateway" and params.get("SubnetId") == nat["SubnetId"]),
                      default=None)
        routed = next((i for i, (_, op, params) in enumerate(built.calls)
                       if op in {"CreateRoute", "ReplaceRoute"}
                       and params.get("NatGatewayId") == nat_id), None)
        waited = routed is not None and any(
            op == "DescribeNatGateways" and (created is None or i > created)
            for i, (_, op, _params) in enumerate(built.calls[:routed]))
        check(waited,
              f"{shown}: creas la ruta hacia {nat_id} sin esperar a que esté disponible. En "
              "moto una NAT está «available» al instante, pero en AWS tarda unos minutos y una "
              "ruta hacia una NAT que aún no lo está falla: espera con el waiter "
              "nat_gateway_available antes de crear la ruta.")


def build_lab_vpc_network(build_lab_vpc: Callable[..., Any]) -> None:
    """Exercise 2a (visible): app-vpc and its four subnets."""
    check_vpc_and_subnets(build_lab_vpc, LAB_NAME, LAB_CIDR, LAB_SUBNETS)
    passed("build_lab_vpc: app-vpc 10.1.0.0/16 con sus cuatro subredes en dos zonas, cada "
           "una con su nombre y MapPublicIpOnLaunch solo en las públicas.")


def build_lab_vpc_internet(build_lab_vpc: Callable[..., Any]) -> None:
    """Exercise 2b (visible): internet gateway and public route table."""
    check_internet(build_lab_vpc, LAB_NAME, LAB_CIDR, LAB_SUBNETS)
    passed("build_lab_vpc: puerta de enlace de Internet conectada, subredes públicas con "
           "0.0.0.0/0 hacia ella y la tabla principal sin salida a Internet.")


def build_lab_vpc_nat(build_lab_vpc: Callable[..., Any]) -> None:
    """Exercise 2c (visible): NAT gateways and private route tables."""
    check_nat(build_lab_vpc, LAB_NAME, LAB_CIDR, LAB_SUBNETS)
    passed("build_lab_vpc: una puerta de enlace NAT con IP elástica por zona, y cada subred "
           "privada sale por la NAT de su zona.")


# --- networks described as dictionaries, built in moto ---------------------------------------

@dataclass
class Network:
    """A network that :func:`build_network` made: its VPC and the ids of what it named."""

    ec2: Any
    vpc_id: str
    subnets: dict[str, str] = field(default_factory=dict)
    tables: dict[str, str] = field(default_factory=dict)     # "main" is the main table
    acls: dict[str, str] = field(default_factory=dict)
    groups: dict[str, str] = field(default_factory=dict)
    instances: dict[str, str] = field(default_factory=dict)
    gateways: dict[str, str] = field(default_factory=dict)   # "igw", "eigw", "nat:<subnet>"


def _mark_blackhole(ec2: Any, table_id: str, destination: str) -> None:
    """Show the route to ``destination`` as AWS shows a route whose target was deleted.

    moto always reports routes as ``active``; its Route.state is patched once to read a
    per-route override, and this route gets ``blackhole``.
    """
    from moto.core import DEFAULT_ACCOUNT_ID
    from moto.ec2.models import ec2_backends
    from moto.ec2.models.route_tables import Route

    if not getattr(Route, "_fundamentos_aws_state", False):
        Route.state = property(lambda self: getattr(self, "_forced_state", "active"))
        Route._fundamentos_aws_state = True
    table = ec2_backends[DEFAULT_ACCOUNT_ID][ec2.meta.region_name].route_tables[table_id]
    routes = table.routes.values() if isinstance(table.routes, dict) else table.routes
    for route in routes:
        if destination in {route.destination_cidr_block, route.destination_ipv6_cidr_block}:
            route._forced_state = "blackhole"


def build_network(spec: dict, ec2: Any = None) -> Network:
    """Build in moto the network that ``spec`` describes; returns its ids by name.

    ``spec`` keys: ``cidr``; ``igw`` (attach an internet gateway, default True); ``main``
    (routes added to the main route table); ``tables`` ({name: routes}); ``acls`` ({name:
    {"in": [...], "out": [...]}}, entries ``(number, protocol, cidr, from, to, action)``);
    ``groups`` ({name: {"in": [(protocol, from, to, source)], "out": rules or "none"}},
    source a CIDR or ``"sg:<group>"``); ``subnets`` ({name: {cidr, zone, table, acl,
    map_public}}); ``instances`` ({name: {subnet, groups, public_ip}}). A route is
    ``(destination, target)``, the target ``"igw"``, ``"eigw"``, ``"nat:<subnet>"`` or
    ``"deleted-igw"`` (an internet gateway that no longer exists: the route is a blackhole).
    """
    ec2 = ec2 or ec2_client()
    vpc_id = ec2.create_vpc(CidrBlock=spec["cidr"])["Vpc"]["VpcId"]
    net = Network(ec2, vpc_id)
    ec2.create_tags(Resources=[vpc_id], Tags=[{"Key": "Name", "Value":
                                                 spec.get("name", f"red-{next(_counter)}")}])
    if spec.get("igw", True):
        net.gateways["igw"] = ec2.create_internet_gateway()["InternetGateway"][
            "InternetGatewayId"]
        ec2.attach_internet_gateway(InternetGatewayId=net.gateways["igw"], VpcId=vpc_id)
    for name, subnet in spec.get("subnets", {}).items():
        sid = ec2.create_subnet(VpcId=vpc_id, CidrBlock=subnet["cidr"],
                                AvailabilityZone=subnet.get("zone", f"{REGION}a"),
                                TagSpecifications=[{"ResourceType": "subnet", "Tags": [
                                    {"Key": "Name", "Value": name}]}])["Subnet"]["SubnetId"]
        net.subnets[name] = sid
        if subnet.get("map_public"):
            ec2.modify_subnet_attribute(SubnetId=sid, MapPublicIpOnLaunch={"Value": True})
    net.tables["main"] = ec2.describe_route_tables(Filters=_vpc_filter(vpc_id) + [
        {"Name": "association.main", "Values": ["true"]}])["RouteTables"][0]["RouteTableId"]
    routes_of = {"main": spec.get("main", [])}
    for name, routes in spec.get("tables", {}).items():
        net.tables[name] = ec2.create_route_table(VpcId=vpc_id)["RouteTable"]["RouteTableId"]
        ec2.create_tags(Resources=[net.tables[name]], Tags=[{"Key": "Name", "Value": name}])
        routes_of[name] = routes
    for name, routes in routes_of.items():
        for destination, target in routes:
            _add_route(net, net.tables[name], destination, target)
    for name, subnet in spec.get("subnets", {}).items():
        if subnet.get("table"):
            ec2.associate_route_table(RouteTableId=net.tables[subnet["table"]],
                                      SubnetId=net.subnets[name])
    for name, acl in spec.get("acls", {}).items():
        net.acls[name] = ec2.create_network_acl(VpcId=vpc_id)["NetworkAcl"]["NetworkAclId"]
        for direction, egress in (("in", False), ("out", True)):
            for number, protocol, cidr, low, high, action in acl.get(direction, []):
                entry = {"NetworkAclId": net.acls[name], "RuleNumber": number,
                         "Protocol": protocol, "RuleAction": action, "Egress": egress}
                entry["Ipv6CidrBlock" if ":" in cidr else "CidrBlock"] = cidr
                if protocol in {"6", "17"}:
                    entry["PortRange"] = {"From": low, "To": high}
                ec2.create_network_acl_entry(**entry)
    for name, subnet in spec.get("subnets", {}).items():
        if subnet.get("acl"):
            current = ec2.describe_network_acls(Filters=[
                {"Name": "association.subnet-id", "Values": [net.subnets[name]]}])[
                "NetworkAcls"][0]
            association = next(a["NetworkAclAssociationId"] for a in current["Associations"]
                               if a["SubnetId"] == net.subnets[name])
            ec2.replace_network_acl_association(AssociationId=association,
                                                NetworkAclId=net.acls[subnet["acl"]])
    groups = spec.get("groups", {})
    for name in groups:
        net.groups[name] = ec2.create_security_group(
            GroupName=f"{name}-{next(_counter)}", Description=f"grupo {name}",
            VpcId=vpc_id)["GroupId"]
    for name, group in groups.items():
        inbound = [_permission(net.groups, rule) for rule in group.get("in", [])]
        if inbound:
            ec2.authorize_security_group_ingress(GroupId=net.groups[name], IpPermissions=inbound)
        if group.get("out") is not None:
            ec2.revoke_security_group_egress(GroupId=net.groups[name], IpPermissions=[
                {"IpProtocol": "-1", "IpRanges": [{"CidrIp": ANYWHERE_V4}]}])
            if group["out"] != "none":
                ec2.authorize_security_group_egress(
                    GroupId=net.groups[name],
                    IpPermissions=[_permission(net.groups, rule) for rule in group["out"]])
    for name, instance in spec.get("instances", {}).items():
        subnet_id = net.subnets[instance["subnet"]]
        mapped = spec["subnets"][instance["subnet"]].get("map_public", False)
        wants_ip = instance.get("public_ip", mapped)
        if wants_ip != mapped:
            ec2.modify_subnet_attribute(SubnetId=subnet_id,
                                        MapPublicIpOnLaunch={"Value": wants_ip})
        net.instances[name] = ec2.run_instances(
            ImageId="ami-0123456789abcdef0", InstanceType="t3.micro", MinCount=1, MaxCount=1,
            SubnetId=subnet_id, SecurityGroupIds=[net.groups[g] for g in instance["groups"]],
        )["Instances"][0]["InstanceId"]
        if wants_ip != mapped:
            ec2.modify_subnet_attribute(SubnetId=subnet_id, MapPublicIpOnLaunch={"Value": mapped})
    return net


def _add_route(net: Network, table_id: str, destination: str, target: str) -> None:
    ec2 = net.ec2
    route: dict[str, Any] = {"RouteTableId": table_id}
    route["DestinationIpv6CidrBlock" if ":" in destination else "DestinationCidrBlock"] = (
        destination)
    if target == "igw":
        route["GatewayId"] = net.gateways["igw"]
    elif target == "eigw":
        if "eigw" not in net.gateways:
            net.gateways["eigw"] = ec2.create_egress_only_internet_gateway(VpcId=net.vpc_id)[
                "EgressOnlyInternetGateway"]["EgressOnlyInternetGatewayId"]
        route["EgressOnlyInternetGatewayId"] = net.gateways["eigw"]
    elif target.startswith("nat:"):
        if target not in net.gateways:
            allocation = ec2.allocate_address(Domain="vpc")["AllocationId"]
            net.gateways[target] = ec2.create_nat_gateway(
                SubnetId=net.subnets[target.removeprefix("nat:")],
                AllocationId=allocation)["NatGateway"]["NatGatewayId"]
        route["NatGatewayId"] = net.gateways[target]
    elif target == "deleted-igw":
        old = ec2.create_internet_gateway()["InternetGateway"]["InternetGatewayId"]
        route["GatewayId"] = old
        ec2.create_route(**route)
        ec2.delete_internet_gateway(InternetGatewayId=old)
        _mark_blackhole(ec2, table_id, destination)
        return
    else:
        raise ValueError(f"destino de ruta desconocido: {target}")
    ec2.create_route(**route)


def _permission(groups: dict[str, str], rule: tuple) -> dict:
    protocol, low, high, source = rule
    permission: dict[str, Any] = {"IpProtocol": protocol}
    if protocol != "-1":
        permission.update(FromPort=low, ToPort=high)
    if source.startswith("sg:"):
        permission["UserIdGroupPairs"] = [{"GroupId": groups[source.removeprefix("sg:")]}]
    elif ":" in source:
        permission["Ipv6Ranges"] = [{"CidrIpv6": source}]
    else:
        permission["IpRanges"] = [{"CidrIp": source}]
    return permission


# --- exercise 3: public or private --------------------------------------------------------

def check_classification(classify_subnets: Callable[..., Any], spec: dict,
                         decoys: Iterable[dict] = ()) -> None:
    """Build ``decoys`` (other VPCs, first) and ``spec``; compare with each subnet's
    ``expect`` ("public" or "private") and explain with its ``why``."""
    ec2 = ec2_client()
    for decoy in decoys:
        build_network(decoy, ec2)
    network = build_network(spec, ec2)
    shown = f"classify_subnets(ec2, <VPC {spec.get('name', spec['cidr'])}>)"
    result = run(classify_subnets, ec2, network.vpc_id, what=shown)
    check(isinstance(result, dict),
          f"{shown} debe devolver un diccionario {{id de subred: \"public\" o \"private\"}}; "
          f"devuelve {describe(result)}.")
    names = {network.subnets[name]: name for name in spec["subnets"]}
    extra = set(result) - set(names)
    check(not extra,
          f"{shown}: devuelves subredes que no son de esa VPC: {sorted(extra)}. Filtra por "
          "vpc-id.")
    for subnet_id, name in names.items():
        subnet = spec["subnets"][name]
        check(subnet_id in result,
              f"{shown}: falta la subred {name} ({subnet_id}) en el resultado.")
        value = result[subnet_id]
        check(value in {"public", "private"},
              f"{shown}: la subred {name} vale {value!r}; los valores son \"public\" o "
              "\"private\".")
        check(value == subnet["expect"],
              f"{shown}: la subred {name} es {subnet['expect']!r} y dices {value!r}: "
              f"{subnet['why']}.")


LAB_NETWORK = {
    "name": "laboratorio", "cidr": "10.1.0.0/16",
    "tables": {"publica": [(ANYWHERE_V4, "igw")], "privada": [(ANYWHERE_V4, "nat:pub-1")]},
    "subnets": {
        "pub-1": {"cidr": "10.1.1.0/24", "zone": "us-east-1a", "table": "publica",
                  "expect": "public", "why": "su tabla explícita envía 0.0.0.0/0 a la puerta "
                                             "de enlace de Internet"},
        "priv-1": {"cidr": "10.1.2.0/24", "zone": "us-east-1a", "table": "privada",
                   "expect": "private", "why": "su tabla envía 0.0.0.0/0 a una puerta de "
                                               "enlace NAT, no a una de Internet"},
        "sin-tabla": {"cidr": "10.1.9.0/24", "zone": "us-east-1b", "table": None,
                      "expect": "private", "why": "no tiene tabla explícita: usa la principal, "
                                                  "que solo tiene la ruta local"},
    },
}


def classify_subnets(classify_subnets: Callable[..., Any]) -> None:
    """Exercise 3 (visible): a public, a private and an implicitly associated subnet."""
    check_classification(classify_subnets, LAB_NETWORK)
    passed("classify_subnets: pública con ruta a la puerta de enlace de Internet, privada con "
           "ruta a la NAT, y la que usa la tabla principal.")


# --- exercise 4: three-tier security groups ------------------------------------------------

def _rule_set(group: dict, names: dict[str, str], key: str = "IpPermissions") -> set[tuple]:
    rules = set()
    for permission in group.get(key, []):
        protocol = {"6": "tcp", "17": "udp"}.get(str(permission.get("IpProtocol")),
                                                 str(permission.get("IpProtocol")))
        ports = (permission.get("FromPort"), permission.get("ToPort"))
        for r in permission.get("IpRanges", []):
            rules.add((protocol, *ports, r["CidrIp"]))
        for r in permission.get("Ipv6Ranges", []):
            rules.add((protocol, *ports, r["CidrIpv6"]))
        for r in permission.get("UserIdGroupPairs", []):
            rules.add((protocol, *ports, "sg:" + names.get(r["GroupId"], r["GroupId"])))
        for r in permission.get("PrefixListIds", []):
            rules.add((protocol, *ports, r["PrefixListId"]))
    return rules


def _rule_text(rule: tuple) -> str:
    protocol, low, high, source = rule
    ports = "todos los puertos" if protocol == "-1" else (
        f"puerto {low}" if low == high else f"puertos {low}-{high}")
    source = f"el grupo {source[3:]}" if source.startswith("sg:") else source
    return f"{'todo' if protocol == '-1' else protocol.upper()} {ports} desde {source}"


def check_tier_groups(create_tier_groups: Callable[..., Any], prefix: str, app_port: int,
                      db_port: int, expected: dict[str, list[tuple]]) -> None:
    """``expected``: {"web"|"app"|"db": [(protocol, from, to, source)]}, sources a CIDR or
    "sg:web" / "sg:app". Checks names, VPC, inbound rules (exactly) and untouched egress."""
    ec2 = ec2_client()
    vpc_id = ec2.create_vpc(CidrBlock="10.60.0.0/16")["Vpc"]["VpcId"]
    shown = f"create_tier_groups(ec2, vpc_id, {prefix!r}, {app_port}, {db_port})"
    result = run(create_tier_groups, ec2, vpc_id, prefix, app_port, db_port, what=shown)
    check(isinstance(result, dict) and set(result) == {"web", "app", "db"},
          f"{shown} debe devolver {{\"web\": id, \"app\": id, \"db\": id}}; devuelve "
          f"{describe(result)}.")
    try:
        groups = {g["GroupId"]: g for g in ec2.describe_security_groups(
            GroupIds=list(result.values()))["SecurityGroups"]}
    except ClientError:
        raise CheckFailure(f"{shown}: algún id devuelto no es un grupo de seguridad que exista: "
                           f"{result}.") from None
    names = {gid: tier for tier, gid in result.items()}
    for tier in ("web", "app", "db"):
        group = groups[result[tier]]
        where = f"{shown}: el grupo {tier}"
        check(group.get("VpcId") == vpc_id,
              f"{where} está en la VPC {group.get('VpcId')}, no en la que recibes ({vpc_id}): "
              "pasa VpcId al crearlo (si no, va a la VPC predeterminada).")
        check(group["GroupName"] == f"{prefix}-{tier}",
              f"{where} se llama {group['GroupName']!r}; debe llamarse {prefix}-{tier!s}.")
        actual = _rule_set(group, names)
        wanted = set(expected[tier])
        extra, missing = sorted(actual - wanted, key=str), sorted(wanted - actual, key=str)
        if missing:
            raise CheckFailure(
                f"{where}: falta la regla de entrada «{_rule_text(missing[0])}»." + (
                    " Una regla con IpRanges 0.0.0.0/0 solo abre IPv4: «desde cualquier "
                    "dirección» también incluye IPv6 (Ipv6Ranges ::/0)."
                    if missing[0][3] == ANYWHERE_V6 else ""))
        if extra:
            raise CheckFailure(f"{where} permite más de lo pedido: sobra «{_rule_text(extra[0])}». "
                               "Un grupo de seguridad solo debe abrir lo imprescindible.")
        egress = _rule_set(group, names, "IpPermissionsEgress")
        check(egress == {("-1", None, None, ANYWHERE_V4)},
              f"{where}: has cambiado sus reglas de salida ({sorted(egress)}). Déjalas como "
              "vienen: un grupo de seguridad tiene estado y las respuestas salen solas; la "
              "regla de salida por defecto es la que permite a la instancia iniciar conexiones.")


def create_tier_groups(create_tier_groups: Callable[..., Any]) -> None:
    """Exercise 4 (visible): web, app and database groups of the lab."""
    check_tier_groups(create_tier_groups, "lab", 8080, 3306, {
        "web": [("tcp", 443, 443, ANYWHERE_V4), ("tcp", 443, 443, ANYWHERE_V6)],
        "app": [("tcp", 8080, 8080, "sg:web")],
        "db": [("tcp", 3306, 3306, "sg:app")],
    })
    passed("create_tier_groups: web abre 443 a todo Internet (IPv4 e IPv6), app solo acepta "
           "8080 desde web y db solo 3306 desde app.")


# --- exercise 5a: network ACL rules ----------------------------------------------------------

def check_nacl(nacl_allows: Callable[..., Any], entries: list[dict], egress: bool, ip: str,
               port: int, expected: bool, why: str) -> None:
    direction = "salida" if egress else "entrada"
    shown = f"nacl_allows(<{len(entries)} reglas>, egress={egress}, {ip!r}, {port})"
    result = run(nacl_allows, [dict(e) for e in entries], egress, ip, port, what=shown)
    check(isinstance(result, bool),
          f"{shown} debe devolver True o False; devuelve {describe(result)}.")
    check(result == expected,
          f"{shown}: el tráfico TCP de {direction} con {ip} al puerto {port} debe estar "
          f"{'permitido' if expected else 'denegado'}, y dices "
          f"{'permitido' if result else 'denegado'}: {why}. Las reglas eran:\n"
          + "\n".join(_entry_text(e) for e in entries))


def _entry_text(entry: dict) -> str:
    ports = entry.get("PortRange")
    return (f"  n.º {entry['RuleNumber']} {'salida' if entry['Egress'] else 'entrada'} "
            f"protocolo {entry['Protocol']} "
            f"{entry.get('CidrBlock') or entry.get('Ipv6CidrBlock')} "
            f"{'puertos {}-{} '.format(ports['From'], ports['To']) if ports else ''}"
            f"{entry['RuleAction']}")


def _nacl_entry(number: int, protocol: str, cidr: str, ports: tuple[int, int] | None,
                action: str, egress: bool = False) -> dict:
    entry: dict[str, Any] = {"RuleNumber": number, "Protocol": protocol, "RuleAction": action,
                             "Egress": egress}
    entry["Ipv6CidrBlock" if ":" in cidr else "CidrBlock"] = cidr
    if ports:
        entry["PortRange"] = {"From": ports[0], "To": ports[1]}
    return entry


def nacl_entry(number: int, protocol: str, cidr: str, ports: tuple[int, int] | None,
               action: str, egress: bool = False) -> dict:
    """A network ACL entry as describe_network_acls returns it (for tests and trials)."""
    return _nacl_entry(number, protocol, cidr, ports, action, egress)


def nacl_allows(nacl_allows: Callable[..., Any]) -> None:
    """Exercise 5a (visible)."""
    entries = [
        _nacl_entry(100, "6", "0.0.0.0/0", (443, 443), "allow"),
        _nacl_entry(90, "6", "198.51.100.0/24", (443, 443), "deny"),
        _nacl_entry(100, "6", "0.0.0.0/0", (1024, 65535), "allow", egress=True),
        _nacl_entry(32767, "-1", "0.0.0.0/0", None, "deny"),
        _nacl_entry(32767, "-1", "0.0.0.0/0", None, "deny", egress=True),
    ]
    check_nacl(nacl_allows, entries, False, "203.0.113.10", 443, True,
               "la regla 100 de entrada lo permite")
    check_nacl(nacl_allows, entries, False, "198.51.100.7", 443, False,
               "la regla 90 va antes que la 100 (se evalúan de menor a mayor número) y lo "
               "deniega")
    check_nacl(nacl_allows, entries, False, "203.0.113.10", 22, False,
               "ninguna regla de entrada permite el puerto 22: la regla * (32767) lo deniega")
    check_nacl(nacl_allows, entries, True, "203.0.113.10", 50000, True,
               "la regla 100 de salida permite los puertos efímeros 1024-65535")
    passed("nacl_allows: reglas en orden de número, la primera que encaja decide, y si "
           "ninguna encaja se deniega.")


# --- exercise 5b: security group rules -------------------------------------------------------

def check_sg(sg_allows: Callable[..., Any], groups: list[dict], ip: str, port: int,
             source_groups: list[str], expected: bool, why: str) -> None:
    shown = (f"sg_allows(<{len(groups)} grupos>, {ip!r}, {port}"
             + (f", {source_groups}" if source_groups else "") + ")")
    result = run(sg_allows, [dict(g) for g in groups], ip, port, list(source_groups),
                 what=shown)
    check(isinstance(result, bool),
          f"{shown} debe devolver True o False; devuelve {describe(result)}.")
    check(result == expected,
          f"{shown}: la conexión TCP de entrada al puerto {port} desde {ip} debe estar "
          f"{'permitida' if expected else 'denegada'}, y dices "
          f"{'permitida' if result else 'denegada'}: {why}.")


def security_group(group_id: str, *rules: tuple) -> dict:
    """A security group as describe_security_groups returns it, with inbound ``rules``
    ``(protocol, from, to, source)``; the source a CIDR (IPv4 or IPv6) or a group id."""
    permissions = []
    for protocol, low, high, source in rules:
        permission: dict[str, Any] = {"IpProtocol": protocol, "IpRanges": [],
                                      "Ipv6Ranges": [], "UserIdGroupPairs": [],
                                      "PrefixListIds": []}
        if protocol != "-1":
            permission.update(FromPort=low, ToPort=high)
        if source.startswith("sg-"):
            permission["UserIdGroupPairs"].append({"GroupId": source, "UserId": "123456789012"})
        elif ":" in source:
            permission["Ipv6Ranges"].append({"CidrIpv6": source})
        else:
            permission["IpRanges"].append({"CidrIp": source})
        permissions.append(permission)
    return {"GroupId": group_id, "GroupName": group_id, "IpPermissions": permissions,
            "IpPermissionsEgress": [{"IpProtocol": "-1", "IpRanges": [{"CidrIp": ANYWHERE_V4}],
                                     "Ipv6Ranges": [], "UserIdGroupPairs": [],
                                     "PrefixListIds": []}]}


def sg_allows(sg_allows: Callable[..., Any]) -> None:
    """Exercise 5b (visible)."""
    web = security_group("sg-0web", ("tcp", 443, 443, "0.0.0.0/0"))
    app = security_group("sg-0app", ("tcp", 8080, 8080, "sg-0web"))
    check_sg(sg_allows, [web], "203.0.113.10", 443, [], True,
             "la regla TCP 443 desde 0.0.0.0/0 lo permite")
    check_sg(sg_allows, [web], "203.0.113.10", 80, [], False,
             "ninguna regla abre el puerto 80, y un grupo de seguridad deniega todo lo que no "
             "permite")
    check_sg(sg_allows, [app], "10.1.1.25", 8080, ["sg-0web"], True,
             "la regla de 8080 admite al grupo sg-0web, y el origen pertenece a él")
    check_sg(sg_allows, [app], "10.1.1.25", 8080, [], False,
             "la regla de 8080 solo admite al grupo sg-0web, y el origen no pertenece a él")
    passed("sg_allows: reglas por puerto y origen, incluidas las que admiten a otro grupo.")


# --- exercise 5c: can this connection get through? -----------------------------------------

REASONS = ("ok", "sin-ruta", "acl-entrada", "grupo-seguridad", "acl-salida")


def check_connections(can_connect: Callable[..., Any], spec: dict,
                      cases: list[tuple]) -> None:
    """``cases``: (source ip, instance name, port, source port, (allowed, reason), why)."""
    network = build_network(spec)
    for source, instance, port, source_port, expected, why in cases:
        instance_id = network.instances[instance]
        shown = (f"can_connect(ec2, {source!r}, <instancia {instance}>, {port}, "
                 f"{source_port})")
        result = run(can_connect, network.ec2, source, instance_id, port, source_port,
                     what=shown)
        check(not isinstance(result, list),
              f"{shown} devuelve una lista, {result}; el enunciado pide una tupla: "
              "(permitida, motivo).")
        check(isinstance(result, tuple) and len(result) == 2
              and isinstance(result[0], bool) and result[1] in REASONS,
              f"{shown} debe devolver una tupla (bool, motivo), con el motivo entre "
              f"{', '.join(REASONS)}; devuelve {describe(result)}.")
        check(result == tuple(expected),
              f"{shown} debe dar {tuple(expected)} y da {result}: {why}.")


VISIBLE_NETWORK = {
    "name": "alcance", "cidr": "10.70.0.0/16",
    "tables": {"publica": [(ANYWHERE_V4, "igw")]},
    "acls": {"web": {"in": [(100, "6", ANYWHERE_V4, 443, 443, "allow")],
                     "out": [(100, "6", ANYWHERE_V4, 1024, 65535, "allow")]}},
    "groups": {"web": {"in": [("tcp", 443, 443, ANYWHERE_V4)]}},
    "subnets": {
        "publica": {"cidr": "10.70.1.0/24", "zone": "us-east-1a", "table": "publica",
                    "map_public": True, "acl": "web"},
        "privada": {"cidr": "10.70.2.0/24", "zone": "us-east-1a", "map_public": False},
    },
    "instances": {"web-1": {"subnet": "publica", "groups": ["web"]},
                  "interna": {"subnet": "privada", "groups": ["web"]}},
}


def can_connect(can_connect: Callable[..., Any]) -> None:
    """Exercise 5c (visible)."""
    check_connections(can_connect, VISIBLE_NETWORK, [
        ("203.0.113.10", "web-1", 443, 50000, (True, "ok"),
         "hay ruta a Internet, la ACL de red permite la entrada al 443 y la salida a los "
         "puertos efímeros, y el grupo abre el 443"),
        ("203.0.113.10", "web-1", 22, 50000, (False, "acl-entrada"),
         "la ACL de red de la subred no permite la entrada al puerto 22"),
        ("203.0.113.10", "interna", 443, 50000, (False, "sin-ruta"),
         "la instancia está en una subred sin ruta a una puerta de enlace de Internet y no "
         "tiene IP pública"),
    ])
    passed("can_connect: permitida al 443, parada por la ACL de red en el 22, y sin ruta "
           "desde Internet hasta la subred privada.")


# --- exercise 6: NAT gateway or gateway endpoint ---------------------------------------------

def check_cost(monthly_network_cost: Callable[..., Any], args: tuple, expected: float) -> None:
    shown = f"monthly_network_cost{args}"
    result = run(monthly_network_cost, *args, what=shown)
    check(isinstance(result, int | float) and not isinstance(result, bool),
          f"{shown} debe devolver un número (dólares); devuelve {describe(result)}.")
    check(math.isclose(result, expected, rel_tol=1e-9, abs_tol=1e-9),
          f"{shown} vale {result:.6f} $, pero debería valer {expected:.6f} $. Repasa: cada "
          "puerta de enlace NAT cobra sus horas y las de su IP elástica (una IPv4 pública), "
          "cada GB que la atraviesa se cobra una vez, y el punto de conexión de puerta de "
          "enlace es gratis.")


def monthly_network_cost(monthly_network_cost: Callable[..., Any]) -> None:
    """Exercise 6a (visible). Prices of precios_redes.csv: NAT 0.045 $/h and 0.045 $/GB,
    public IPv4 0.005 $/h, gateway endpoint free."""
    check_cost(monthly_network_cost, (100, 50, 1, False), 43.25)
    check_cost(monthly_network_cost, (100, 50, 1, True), 38.75)
    check_cost(monthly_network_cost, (0, 0, 2, True, 100), 10.0)
    passed("monthly_network_cost: una NAT con 150 GB cuesta 43,25 $ al mes; con el punto de "
           "conexión para S3, 38,75 $.")


def check_cost_chart(plot_nat_vs_endpoint: Callable[..., Any],
                     monthly_network_cost: Callable[..., Any], gb_values: list[float],
                     gb_to_internet: float, nat_gateways: int) -> None:
    """The figure has one axes with two lines: the student's own monthly_network_cost for
    each value of ``gb_values``, without and with the gateway endpoint."""
    from matplotlib.figure import Figure

    shown = f"plot_nat_vs_endpoint({gb_values}, {gb_to_internet}, {nat_gateways})"
    fig = run(plot_nat_vs_endpoint, list(gb_values), gb_to_internet, nat_gateways, what=shown)
    check(isinstance(fig, Figure),
          f"{shown} debe devolver la figura (fig), no {describe(fig)}. Termina con «return fig».")
    axes = [ax for ax in fig.axes if ax.lines]
    check(len(axes) == 1, f"{shown}: la figura debe tener un gráfico con las dos líneas; tiene "
                          f"{len(axes)} con líneas.")
    ax = axes[0]
    lines = [line for line in ax.lines if len(line.get_xdata()) == len(gb_values)]
    check(len(lines) == 2,
          f"{shown}: debe haber dos líneas de {len(gb_values)} puntos (una por opción); hay "
          f"{len(lines)}.")
    series = {}
    for endpoint in (False, True):
        series[endpoint] = [run(monthly_network_cost, g, gb_to_internet, nat_gateways, endpoint,
                                what=f"tu monthly_network_cost({g}, {gb_to_internet}, "
                                     f"{nat_gateways}, {endpoint})") for g in gb_values]
    found = set()
    for line in lines:
        xs = [float(x) for x in line.get_xdata()]
        ys = [float(y) for y in line.get_ydata()]
        check(all(math.isclose(x, g) for x, g in zip(xs, gb_values, strict=True)),
              f"{shown}: el eje x de cada línea deben ser los GB al mes hacia S3, {gb_values}; "
              f"una línea tiene {xs}.")
        for endpoint, expected in series.items():
            if all(math.isclose(y, e, rel_tol=1e-9, abs_tol=1e-9)
                   for y, e in zip(ys, expected, strict=True)):
                found.add(endpoint)
        label = line.get_label()
        check(label and not label.startswith("_"),
              f"{shown}: cada línea necesita su etiqueta (label=...) para la leyenda.")
    check(found == {False, True},
          f"{shown}: las líneas deben ser el coste mensual de tu monthly_network_cost sin "
          f"punto de conexión ({[round(v, 2) for v in series[False]]}) y con él "
          f"({[round(v, 2) for v in series[True]]}).")
    check(ax.get_legend() is not None, f"{shown}: falta la leyenda (ax.legend()).")
    check(ax.get_title().strip(), f"{shown}: el gráfico necesita un título.")
    check(ax.get_xlabel().strip(), f"{shown}: falta la etiqueta del eje x.")
    ylabel = ax.get_ylabel()
    check(any(unit in ylabel.lower() for unit in ("$", "usd", "dólar", "dolar")),
          f"{shown}: la etiqueta del eje y debe decir la unidad, dólares ($); es {ylabel!r}.")


def plot_nat_vs_endpoint(plot_nat_vs_endpoint: Callable[..., Any],
                         monthly_network_cost: Callable[..., Any]) -> None:
    """Exercise 6b (visible)."""
    check_cost_chart(plot_nat_vs_endpoint, monthly_network_cost, [0, 500, 1000, 2000], 100, 1)
    passed("plot_nat_vs_endpoint: dos líneas con tus costes, leyenda, título y ejes con "
           "unidades.")


# --- exercise 7: a gateway endpoint for S3 ------------------------------------------------

def check_endpoint(add_s3_endpoint: Callable[..., Any], spec: dict, region: str,
                   expected_tables: list[str], decoys: Iterable[dict] = ()) -> None:
    """Build ``decoys`` and ``spec`` in ``region``; the endpoint must be a gateway endpoint
    for that region's S3 in that VPC, with exactly the route tables ``expected_tables``."""
    ec2 = ec2_client(region)
    for decoy in decoys:
        build_network(decoy, ec2)
    network = build_network(spec, ec2)
    shown = f"add_s3_endpoint(<cliente de {region}>, <VPC {spec.get('name', spec['cidr'])}>)"
    endpoint_id = run(add_s3_endpoint, ec2, network.vpc_id, what=shown)
    check(isinstance(endpoint_id, str) and endpoint_id.startswith("vpce-"),
          f"{shown} debe devolver el id del punto de conexión (\"vpce-...\"); devuelve "
          f"{describe(endpoint_id)}.")
    endpoints = ec2.describe_vpc_endpoints(VpcEndpointIds=[endpoint_id])["VpcEndpoints"]
    check(endpoints, f"{shown}: no existe el punto de conexión {endpoint_id}.")
    endpoint = endpoints[0]
    check(endpoint["VpcId"] == network.vpc_id,
          f"{shown}: el punto de conexión está en otra VPC ({endpoint['VpcId']}).")
    kind = endpoint.get("VpcEndpointType")
    check(kind in {None, "Gateway"},
          f"{shown}: el punto de conexión es de tipo {kind!r}. Para S3 dentro de la región, "
          "el de tipo puerta de enlace (Gateway) es gratis; uno de interfaz cobra por hora y "
          "por GB.")
    service = f"com.amazonaws.{region}.s3"
    check(endpoint["ServiceName"] == service,
          f"{shown}: el servicio es {endpoint['ServiceName']!r}, pero en {region} es "
          f"{service!r}: la región es la del cliente (ec2.meta.region_name).")
    names = {table_id: name for name, table_id in network.tables.items()}
    names[network.tables["main"]] = "principal"
    actual = set(endpoint.get("RouteTableIds", []))
    wanted = {network.tables[name] for name in expected_tables}
    missing, extra = wanted - actual, actual - wanted
    check(not missing,
          f"{shown}: faltan las tablas de las subredes privadas "
          f"{sorted(names.get(t, t) for t in missing)}: todas las tablas cuya ruta 0.0.0.0/0 "
          "va a una puerta de enlace NAT.")
    check(not extra,
          f"{shown}: sobran tablas: {sorted(names.get(t, t) for t in extra)}. Solo las de las "
          "subredes privadas (0.0.0.0/0 hacia una NAT) de esa VPC.")


ENDPOINT_NETWORK = {
    "name": "laboratorio-s3", "cidr": "10.1.0.0/16",
    "tables": {"publica": [(ANYWHERE_V4, "igw")],
               "privada-a": [(ANYWHERE_V4, "nat:pub-a")],
               "privada-b": [(ANYWHERE_V4, "nat:pub-b")]},
    "subnets": {"pub-a": {"cidr": "10.1.1.0/24", "zone": "us-east-1a", "table": "publica"},
                "priv-a": {"cidr": "10.1.2.0/24", "zone": "us-east-1a", "table": "privada-a"},
                "pub-b": {"cidr": "10.1.3.0/24", "zone": "us-east-1b", "table": "publica"},
                "priv-b": {"cidr": "10.1.4.0/24", "zone": "us-east-1b", "table": "privada-b"}},
}


def add_s3_endpoint(add_s3_endpoint: Callable[..., Any]) -> None:
    """Exercise 7 (visible)."""
    check_endpoint(add_s3_endpoint, ENDPOINT_NETWORK, REGION, ["privada-a", "privada-b"])
    passed("add_s3_endpoint: punto de conexión de puerta de enlace para S3 en las dos tablas "
           "privadas, y en ninguna más.")

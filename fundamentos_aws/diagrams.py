"""Network diagrams drawn from what AWS (here, moto) describes, never by hand.

``draw_vpc(ec2, vpc_id)`` reads the VPC with ``describe_*`` calls and draws it: the internet
gateway, the Availability Zones as columns, each subnet with its CIDR block, the route table
explicitly associated with it (if any), whether it gives public IPs at launch and the NAT
gateways inside it; below, every route table with its routes (destination → target).

It shows facts only. Whether a subnet is public or private is for you to decide (from its
route table): pass ``classify``, a function that receives a subnet as ``describe_subnets``
returns it and answers ``"public"``, ``"private"`` or ``None``, and the diagram colours the
subnets with your answer.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import matplotlib.pyplot as plt
from matplotlib.figure import Figure
from matplotlib.patches import FancyBboxPatch

from .charts import use_course_style

COLOURS = {"public": "#D9F2E6", "private": "#DCE9F7", None: "#F2F2F2"}
EDGES = {"public": "#009E73", "private": "#0072B2", None: "#7F7F7F"}
LABELS = {"public": "pública", "private": "privada"}

SUBNET_W, SUBNET_H, GAP = 3.4, 1.55, 0.35
TABLE_W = 3.4


def _name(resource: dict, key: str) -> str:
    for tag in resource.get("Tags", []):
        if tag["Key"] == "Name":
            return tag["Value"]
    return _short(resource[key])


def _short(resource_id: str) -> str:
    prefix, _, rest = resource_id.partition("-")
    return f"{prefix}-{rest[:6]}…" if len(rest) > 6 else resource_id


def _target(route: dict, names: dict[str, str]) -> str:
    for key in ("GatewayId", "NatGatewayId", "EgressOnlyInternetGatewayId",
                "VpcPeeringConnectionId", "TransitGatewayId", "NetworkInterfaceId",
                "InstanceId"):
        if route.get(key):
            return names.get(route[key], _short(route[key]))
    return "?"


def _destination(route: dict) -> str:
    return (route.get("DestinationCidrBlock") or route.get("DestinationIpv6CidrBlock")
            or route.get("DestinationPrefixListId", "?"))


def _box(ax: Any, x: float, y: float, w: float, h: float, face: str, edge: str,
         style: str = "-", lw: float = 1.5) -> None:
    ax.add_patch(FancyBboxPatch((x, y), w, h, boxstyle="round,pad=0.02,rounding_size=0.12",
                                facecolor=face, edgecolor=edge, linestyle=style, linewidth=lw))


def draw_vpc(ec2: Any, vpc_id: str,
             classify: Callable[[dict], str | None] | None = None) -> Figure:
    """Draw the VPC ``vpc_id`` as ``ec2`` describes it; returns the figure."""
    vpc_filter = [{"Name": "vpc-id", "Values": [vpc_id]}]
    vpc = ec2.describe_vpcs(VpcIds=[vpc_id])["Vpcs"][0]
    subnets = sorted(ec2.describe_subnets(Filters=vpc_filter)["Subnets"],
                     key=lambda s: [int(p) for p in s["CidrBlock"].split("/")[0].split(".")])
    tables = ec2.describe_route_tables(Filters=vpc_filter)["RouteTables"]
    igws = ec2.describe_internet_gateways(
        Filters=[{"Name": "attachment.vpc-id", "Values": [vpc_id]}])["InternetGateways"]
    nats = [n for n in ec2.describe_nat_gateways(Filter=vpc_filter)["NatGateways"]
            if n.get("State") not in {"deleted", "deleting", "failed"}]
    eigws = [g for g in ec2.describe_egress_only_internet_gateways()[
        "EgressOnlyInternetGateways"] if any(a.get("VpcId") == vpc_id
                                             for a in g.get("Attachments", []))]

    names = {t["RouteTableId"]: _name(t, "RouteTableId") for t in tables}
    subnet_names = {s["SubnetId"]: _name(s, "SubnetId") for s in subnets}
    names.update({g["InternetGatewayId"]: "Internet (IGW)" for g in igws})
    names.update({n["NatGatewayId"]: f"NAT de {subnet_names.get(n['SubnetId'], '?')}"
                  for n in nats})
    names.update({g["EgressOnlyInternetGatewayId"]: "solo salida (IPv6)" for g in eigws})
    explicit = {a["SubnetId"]: t["RouteTableId"] for t in tables
                for a in t.get("Associations", []) if a.get("SubnetId")}
    zones = sorted({s["AvailabilityZone"] for s in subnets}) or ["(sin subredes)"]
    per_zone = {z: [s for s in subnets if s["AvailabilityZone"] == z] for z in zones}
    rows = max((len(v) for v in per_zone.values()), default=1) or 1

    zone_w = SUBNET_W + 2 * GAP
    width = max(len(zones) * (zone_w + GAP) + GAP, len(tables) * (TABLE_W + GAP) + GAP, 8)
    zone_h = rows * (SUBNET_H + GAP) + 0.8
    table_h = max((len(t["Routes"]) for t in tables), default=1) * 0.32 + 0.9
    vpc_h = zone_h + 1.3
    height = table_h + 1.0 + vpc_h + 0.7

    use_course_style()
    fig, ax = plt.subplots(figsize=(max(7.0, width * 0.95), max(4.5, height * 0.8)),
                           layout="constrained")
    ax.set_xlim(0, width)
    ax.set_ylim(0, height)
    ax.set_aspect("equal")
    ax.axis("off")

    vpc_y = table_h + 1.0
    _box(ax, 0.1, vpc_y, width - 0.2, vpc_h, "#FFFFFF", "#232F3E", lw=2)
    ax.text(0.35, vpc_y + vpc_h - 0.45, f"VPC {_name(vpc, 'VpcId')}  ·  {vpc['CidrBlock']}",
            fontsize=12, fontweight="bold", va="center")
    if igws:
        gx = width / 2 - 1.6
        _box(ax, gx, vpc_y + vpc_h - 0.2, 3.2, 0.75, "#FFF1DC", "#FF9900", lw=2)
        ax.text(width / 2, vpc_y + vpc_h + 0.17, "Puerta de enlace de Internet", ha="center",
                va="center", fontsize=9.5, fontweight="bold")
    if eigws:
        ax.text(width - 0.4, vpc_y + vpc_h - 0.45, "+ puerta de enlace de solo salida (IPv6)",
                ha="right", va="center", fontsize=8.5)

    for column, zone in enumerate(zones):
        zx = GAP + column * (zone_w + GAP)
        zy = vpc_y + 0.3
        _box(ax, zx, zy, zone_w, zone_h, "#FAFAFA", "#9E9E9E", style="--", lw=1)
        ax.text(zx + zone_w / 2, zy + zone_h - 0.35, f"zona {zone}", ha="center", va="center",
                fontsize=10, color="#555555")
        for row, subnet in enumerate(per_zone[zone]):
            kind = classify(subnet) if classify else None
            kind = kind if kind in COLOURS else None
            sx = zx + GAP
            sy = zy + zone_h - 0.75 - (row + 1) * (SUBNET_H + GAP) + GAP
            _box(ax, sx, sy, SUBNET_W, SUBNET_H, COLOURS[kind], EDGES[kind])
            title = _name(subnet, "SubnetId")
            if kind:
                title += f"  ({LABELS[kind]})"
            table = explicit.get(subnet["SubnetId"])
            lines = [subnet["CidrBlock"],
                     f"tabla: {names[table]}" if table else "tabla: ninguna explícita",
                     "IP pública al lanzar: " + ("sí" if subnet.get("MapPublicIpOnLaunch")
                                                 else "no")]
            ax.text(sx + 0.15, sy + SUBNET_H - 0.25, title, fontsize=9.5, fontweight="bold",
                    va="center")
            ax.text(sx + 0.15, sy + SUBNET_H - 0.5, "\n".join(lines), fontsize=8.5, va="top",
                    linespacing=1.35)
            here = [n for n in nats if n["SubnetId"] == subnet["SubnetId"]]
            for k in range(len(here)):
                nx = sx + SUBNET_W - 1.35
                _box(ax, nx, sy + 0.12 + k * 0.5, 1.2, 0.42, "#FFF1DC", "#FF9900")
                ax.text(nx + 0.6, sy + 0.33 + k * 0.5, "NAT", ha="center", va="center",
                        fontsize=8.5, fontweight="bold")

    ax.text(0.15, table_h + 0.55, "Tablas de enrutamiento", fontsize=11, fontweight="bold",
            va="center")
    ordered = sorted(tables, key=lambda t: (not any(a.get("Main") for a in
                                                    t.get("Associations", [])),
                                            names[t["RouteTableId"]]))
    for k, table in enumerate(ordered):
        tx = GAP + k * (TABLE_W + GAP)
        is_main = any(a.get("Main") for a in table.get("Associations", []))
        _box(ax, tx, 0.15, TABLE_W, table_h - 0.1, "#FFFFFF",
             "#232F3E" if is_main else "#7F7F7F", lw=1.8 if is_main else 1.2)
        title = names[table["RouteTableId"]] + ("  (principal)" if is_main else "")
        ax.text(tx + 0.15, table_h - 0.22, title, fontsize=9.5, fontweight="bold",
                va="center")
        routes = [f"{_destination(r)} → {_target(r, names)}"
                  + ("  [blackhole]" if r.get("State") == "blackhole" else "")
                  for r in table["Routes"]]
        ax.text(tx + 0.15, table_h - 0.5, "\n".join(routes), fontsize=8.5, va="top",
                family="monospace", linespacing=1.4)
    return fig

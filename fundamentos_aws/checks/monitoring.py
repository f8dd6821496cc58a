"""Visible checks of module 11 (CloudWatch, Elastic Load Balancing, EC2 Auto Scaling), and the
set-up its tests share.

Each check function runs the visible cases of one exercise with literal expected values and,
when the answer is wrong, names the likely mistake in Spanish. The hidden cases live only in
the source notebook: they pass their own expected values to the ``check_*`` helpers here,
which only build the test state in moto, compare and explain.

Where moto is not AWS, the checks test what AWS would do:

- moto creates an Application Load Balancer in a single subnet; AWS needs subnets in at least
  two availability zones: the checks read the zones of the load balancer.
- moto gives an Auto Scaling group a health-check grace period of 300 s when none is asked
  for; the API's default in AWS is 0 s: the checks read the parameters of the call.
- moto stores alarms and target-tracking policies but never evaluates or runs them: the
  checks read what was stored, and the alarm and scaling logic is the student's own code,
  graded on series whose expected results the hidden tests carry.
"""

from __future__ import annotations

import base64
import binascii
import functools
import itertools
import math
from collections.abc import Callable
from typing import Any

import boto3
from botocore.exceptions import ClientError, ParamValidationError

from . import (
    CheckFailure,
    answer_hash,
    call_with_hint,
    check,
    describe,
    passed,
    recorded_calls,
)

REGION = "us-east-1"
AMI_ID = "ami-0abcdef1234567890"  # any id: moto does not validate AMIs unless told to

_counter = itertools.count(1)


def fresh_name(prefix: str) -> str:
    """A short name no other test has used (load balancers allow 32 characters)."""
    return f"{prefix}{next(_counter)}"


@functools.cache
def client(service: str) -> Any:
    """One client per service for every check: making a client costs about 0.1 s."""
    return boto3.client(service, region_name=REGION)


def run(function: Callable[..., Any], *args: Any, what: str | None = None) -> Any:
    """``call`` plus a Spanish hint for the errors a beginner meets in this module."""
    return call_with_hint(function, *args, hint_for=_hint_for, what=what)


def _hint_for(error: BaseException | None) -> str:
    if isinstance(error, ParamValidationError):
        return ("boto3 rechaza los parámetros de la llamada: revisa sus nombres y tipos "
                "(los números como int o float, las listas como listas).")
    if isinstance(error, ClientError):
        code = error.response.get("Error", {}).get("Code", "")
        message = error.response.get("Error", {}).get("Message", "")
        if code == "InvalidUserData.Malformed":
            return ("En una plantilla de lanzamiento, UserData va codificado en base64 (boto3 "
                    "solo lo codifica por ti en run_instances): usa base64.b64encode.")
        if "AlreadyExists" in code or "Duplicate" in code:
            return ("ya existe un recurso con ese nombre: construye los nombres a partir del "
                    "prefijo que recibe tu función.")
        return f"AWS rechaza la llamada ({code}): {message}"
    return ""


# --- a small network for the tests: a VPC with public and private subnets ------------------

def build_network(zones: tuple[str, str], ami_id: str = AMI_ID) -> dict[str, Any]:
    """A VPC with one public and one private subnet in each zone of ``zones``, a security
    group for the load balancer and one for the instances. Returns the ``network`` dict the
    exercises receive (with ``ami_id`` as the image to launch)."""
    ec2 = client("ec2")
    octet = next(_counter) % 200 + 10
    vpc_id = ec2.create_vpc(CidrBlock=f"10.{octet}.0.0/16")["Vpc"]["VpcId"]
    public, private = [], []
    for n, zone in enumerate(zones):
        for found, third in ((public, 10 + n), (private, 20 + n)):
            subnet = ec2.create_subnet(VpcId=vpc_id, CidrBlock=f"10.{octet}.{third}.0/24",
                                       AvailabilityZone=zone)["Subnet"]["SubnetId"]
            found.append(subnet)
    igw = ec2.create_internet_gateway()["InternetGateway"]["InternetGatewayId"]
    ec2.attach_internet_gateway(InternetGatewayId=igw, VpcId=vpc_id)
    alb_sg = ec2.create_security_group(GroupName=fresh_name("alb-sg"), VpcId=vpc_id,
                                       Description="HTTP desde Internet")["GroupId"]
    app_sg = ec2.create_security_group(GroupName=fresh_name("app-sg"), VpcId=vpc_id,
                                       Description="HTTP desde el equilibrador")["GroupId"]
    return {"vpc_id": vpc_id, "public_subnets": public, "private_subnets": private,
            "alb_sg": alb_sg, "app_sg": app_sg, "ami_id": ami_id}


def _params(calls: list, operation: str) -> list[dict]:
    return [params for _, op, params in calls if op == operation]


def _forward_target(action: dict) -> str | None:
    """The target group a listener action forwards to (either way of writing it)."""
    if action.get("Type") != "forward":
        return None
    if action.get("TargetGroupArn"):
        return action["TargetGroupArn"]
    groups = action.get("ForwardConfig", {}).get("TargetGroups", [])
    return groups[0]["TargetGroupArn"] if len(groups) == 1 else None


# --- exercise 1: the web tier (launch template, target group, ALB, listener) --------------

def check_web_tier(create_web_tier: Callable[..., Any], zones: tuple[str, str],
                   user_data: str, name: str, ami_id: str = AMI_ID) -> None:
    """Call ``create_web_tier`` on a fresh network in ``zones`` and inspect every link."""
    ec2, elbv2 = client("ec2"), client("elbv2")
    network = build_network(zones, ami_id)
    shown = f"create_web_tier(ec2, elbv2, red en {zones[0]} y {zones[1]}, user_data, {name!r})"
    with recorded_calls() as calls:
        result = run(create_web_tier, ec2, elbv2, network, user_data, name, what=shown)
    keys = {"launch_template_id", "target_group_arn", "load_balancer_arn"}
    check(isinstance(result, dict) and keys <= set(result),
          f"{shown} debe devolver un diccionario con las claves {sorted(keys)}; devuelve "
          f"{describe(result)}.")

    # The launch template.
    try:
        version = ec2.describe_launch_template_versions(
            LaunchTemplateId=result["launch_template_id"],
            Versions=["$Latest"])["LaunchTemplateVersions"][0]
    except ClientError:
        raise CheckFailure(f"{shown}: no encuentro la plantilla de lanzamiento "
                           f"{result['launch_template_id']!r}.") from None
    check(version["LaunchTemplateName"] == f"{name}-plantilla",
          f"{shown}: la plantilla de lanzamiento se llama {version['LaunchTemplateName']!r}; "
          f"debe llamarse {name + '-plantilla'!r} (el prefijo que recibe la función).")
    data = version["LaunchTemplateData"]
    check(data.get("ImageId") == network["ami_id"],
          f"{shown}: la plantilla usa la AMI {data.get('ImageId')!r}; debe usar "
          "network[\"ami_id\"].")
    check(data.get("InstanceType") == "t3.micro",
          f"{shown}: el tipo de instancia de la plantilla es {data.get('InstanceType')!r}; "
          "se pide \"t3.micro\".")
    check(data.get("SecurityGroupIds") == [network["app_sg"]],
          f"{shown}: las instancias deben llevar solo el grupo de seguridad de la aplicación "
          f"(network[\"app_sg\"], en SecurityGroupIds); llevan "
          f"{data.get('SecurityGroupIds', data.get('SecurityGroups'))}.")
    try:
        decoded = base64.b64decode(data.get("UserData", ""), validate=True).decode()
    except (binascii.Error, UnicodeDecodeError):
        decoded = None
    check(decoded == user_data,
          f"{shown}: los datos de usuario de la plantilla no son el script que recibe la "
          "función, codificado en base64 (en una plantilla de lanzamiento hay que "
          "codificarlo tú).")

    # The target group and its health check.
    try:
        group = elbv2.describe_target_groups(
            TargetGroupArns=[result["target_group_arn"]])["TargetGroups"][0]
    except ClientError:
        raise CheckFailure(f"{shown}: no encuentro el grupo de destino "
                           f"{result['target_group_arn']!r}.") from None
    check(group["TargetGroupName"] == f"{name}-destinos",
          f"{shown}: el grupo de destino se llama {group['TargetGroupName']!r}; debe llamarse "
          f"{name + '-destinos'!r}.")
    check(group.get("VpcId") == network["vpc_id"],
          f"{shown}: el grupo de destino debe estar en la VPC de la red (network[\"vpc_id\"]).")
    check((group.get("Protocol"), group.get("Port")) == ("HTTP", 80),
          f"{shown}: el grupo de destino debe recibir HTTP en el puerto 80; recibe "
          f"{group.get('Protocol')} en el {group.get('Port')}.")
    check(group.get("TargetType", "instance") == "instance",
          f"{shown}: los destinos son instancias (TargetType \"instance\").")
    wanted = {"HealthCheckPath": "/salud", "HealthCheckIntervalSeconds": 15,
              "HealthyThresholdCount": 2, "UnhealthyThresholdCount": 3}
    for key, value in wanted.items():
        check(group.get(key) == value,
              f"{shown}: la comprobación de estado del grupo de destino tiene {key}="
              f"{group.get(key)!r}; se pide {value!r} (sin decirlo, AWS pone sus valores por "
              "defecto: ruta /, cada 30 s, 5 y 2 comprobaciones).")

    # The load balancer.
    try:
        balancer = elbv2.describe_load_balancers(
            LoadBalancerArns=[result["load_balancer_arn"]])["LoadBalancers"][0]
    except ClientError:
        raise CheckFailure(f"{shown}: no encuentro el equilibrador de carga "
                           f"{result['load_balancer_arn']!r}.") from None
    check(balancer["LoadBalancerName"] == f"{name}-alb",
          f"{shown}: el equilibrador de carga se llama {balancer['LoadBalancerName']!r}; debe "
          f"llamarse {name + '-alb'!r}.")
    check(balancer.get("Type", "application") == "application",
          f"{shown}: el equilibrador de carga debe ser de aplicación (Type \"application\"); "
          f"es {balancer.get('Type')!r}.")
    created = _params(calls, "CreateLoadBalancer")
    scheme = created[-1].get("Scheme", "internet-facing") if created else None
    check(scheme == "internet-facing",
          f"{shown}: el equilibrador de carga debe estar expuesto a Internet (Scheme "
          f"\"internet-facing\"); es {scheme!r}.")
    subnets = sorted(z["SubnetId"] for z in balancer.get("AvailabilityZones", []))
    check(set(subnets) <= set(network["public_subnets"]),
          f"{shown}: el equilibrador de carga está en subredes privadas. Recibe el tráfico de "
          "Internet, así que va en las subredes PÚBLICAS (network[\"public_subnets\"]); las "
          "instancias, en las privadas.")
    check(subnets == sorted(network["public_subnets"]),
          f"{shown}: el equilibrador de carga está en {len(subnets)} subred(es). AWS exige "
          "subredes de al menos dos zonas de disponibilidad para un equilibrador de carga de "
          "aplicación (moto acepta una): usa las dos subredes públicas.")
    check(balancer.get("SecurityGroups") == [network["alb_sg"]],
          f"{shown}: el equilibrador de carga debe llevar solo su grupo de seguridad "
          f"(network[\"alb_sg\"]); lleva {balancer.get('SecurityGroups')}.")

    # The listener.
    listeners = elbv2.describe_listeners(
        LoadBalancerArn=balancer["LoadBalancerArn"])["Listeners"]
    on_80 = [lst for lst in listeners if lst.get("Port") == 80 and lst.get("Protocol") == "HTTP"]
    check(on_80, f"{shown}: el equilibrador de carga no tiene un oyente HTTP en el puerto 80.")
    actions = on_80[0].get("DefaultActions", [])
    check(len(actions) == 1 and _forward_target(actions[0]) == group["TargetGroupArn"],
          f"{shown}: la acción predeterminada del oyente debe reenviar (forward) al grupo de "
          f"destino que has creado; es {describe(actions)}.")


def create_web_tier(create_web_tier: Callable[..., Any]) -> None:
    """Exercise 1: launch template, target group with its health check, ALB and listener."""
    script = "#!/bin/bash\ndnf install -y python3\npython3 -m http.server 80\n"
    check_web_tier(create_web_tier, ("us-east-1a", "us-east-1b"), script,
                   fresh_name("directorio"))
    passed("create_web_tier: plantilla, grupo de destino con su comprobación de estado, "
           "equilibrador de carga en las subredes públicas y oyente que reenvía al grupo.")


# --- exercise 2: the Auto Scaling group and its target-tracking policy --------------------

def check_app_group(create_app_group: Callable[..., Any], zones: tuple[str, str],
                    name: str) -> None:
    """Build a launch template and a target group; ``create_app_group`` must build the group."""
    ec2, elbv2, autoscaling = client("ec2"), client("elbv2"), client("autoscaling")
    network = build_network(zones)
    template_id = ec2.create_launch_template(
        LaunchTemplateName=fresh_name("plantilla"),
        LaunchTemplateData={"ImageId": AMI_ID, "InstanceType": "t3.micro",
                            "SecurityGroupIds": [network["app_sg"]]},
    )["LaunchTemplate"]["LaunchTemplateId"]
    group_arn = elbv2.create_target_group(
        Name=fresh_name("destinos"), Protocol="HTTP", Port=80, VpcId=network["vpc_id"],
    )["TargetGroups"][0]["TargetGroupArn"]
    private = list(network["private_subnets"])
    shown = (f"create_app_group(autoscaling, {name!r}, plantilla, grupo de destino, "
             f"subredes privadas de {zones[0]} y {zones[1]})")
    with recorded_calls() as calls:
        run(create_app_group, autoscaling, name, template_id, group_arn, private, what=shown)
    groups = autoscaling.describe_auto_scaling_groups(
        AutoScalingGroupNames=[name])["AutoScalingGroups"]
    check(groups, f"{shown}: no hay ningún grupo de Auto Scaling llamado {name!r}.")
    group = groups[0]
    template = group.get("LaunchTemplate", {})
    check(template.get("LaunchTemplateId") == template_id,
          f"{shown}: el grupo debe lanzar instancias con la plantilla que recibe la función "
          f"(LaunchTemplate); usa {describe(template or None)}.")
    creates = _params(calls, "CreateAutoScalingGroup")
    asked = creates[-1].get("LaunchTemplate", {}) if creates else {}
    check(asked.get("Version") == "$Latest",
          f"{shown}: pide la versión \"$Latest\" de la plantilla (pides "
          f"{asked.get('Version')!r}); sin Version, AWS usa la predeterminada, que no cambia "
          "al crear versiones nuevas.")
    sizes = (group["MinSize"], group["MaxSize"], group["DesiredCapacity"])
    check(sizes == (2, 4, 2),
          f"{shown}: el grupo debe tener mínimo 2, máximo 4 y capacidad deseada 2; tiene "
          f"{sizes[0]}, {sizes[1]} y {sizes[2]}.")
    subnets = sorted(s for s in group.get("VPCZoneIdentifier", "").split(",") if s)
    check(subnets == sorted(private),
          f"{shown}: el grupo debe repartir sus instancias entre las DOS subredes privadas "
          f"(una por zona de disponibilidad; VPCZoneIdentifier las separa con comas); usa "
          f"{subnets}.")
    attached = [g["LoadBalancerTargetGroupARN"] for g in autoscaling.
                describe_load_balancer_target_groups(AutoScalingGroupName=name)
                ["LoadBalancerTargetGroups"]]
    check(group_arn in set(attached) | set(group.get("TargetGroupARNs", [])),
          f"{shown}: el grupo no está asociado al grupo de destino (TargetGroupARNs): sus "
          "instancias nunca recibirían tráfico del equilibrador de carga.")
    check(group.get("HealthCheckType") == "ELB",
          f"{shown}: el grupo usa la comprobación de estado {group.get('HealthCheckType')!r}. "
          "Con \"ELB\", Auto Scaling sustituye también las instancias que el equilibrador "
          "de carga ve en mal estado, no solo las que EC2 ve caídas.")
    grace = [p["HealthCheckGracePeriod"] for p in creates + _params(
        calls, "UpdateAutoScalingGroup") if "HealthCheckGracePeriod" in p]
    check(grace and grace[-1] == 300,
          f"{shown}: da a cada instancia nueva 300 s de gracia antes de mirar su estado "
          f"(HealthCheckGracePeriod); pides {grace[-1] if grace else 'nada'}. Ojo: moto pone "
          "300 si no dices nada, pero en la API de AWS el valor por defecto es 0.")
    policies = autoscaling.describe_policies(AutoScalingGroupName=name)["ScalingPolicies"]
    check(len(policies) == 1,
          f"{shown}: el grupo debe tener una sola política de escalado; tiene {len(policies)}.")
    policy = policies[0]
    check(policy.get("PolicyName") == "cpu-60",
          f"{shown}: la política debe llamarse \"cpu-60\"; se llama "
          f"{policy.get('PolicyName')!r}.")
    check(policy.get("PolicyType") == "TargetTrackingScaling",
          f"{shown}: la política debe ser de seguimiento de destino (TargetTrackingScaling); "
          f"es {policy.get('PolicyType')!r}.")
    config = policy.get("TargetTrackingConfiguration", {})
    metric = config.get("PredefinedMetricSpecification", {}).get("PredefinedMetricType")
    check(metric == "ASGAverageCPUUtilization",
          f"{shown}: la política debe seguir la CPU media del grupo (ASGAverageCPUUtilization); "
          f"sigue {metric!r}.")
    check(config.get("TargetValue") == 60,
          f"{shown}: el valor objetivo es {config.get('TargetValue')!r}; la CPU se mide en "
          "porcentaje, así que el 60 % es 60 (no 0.6).")


def create_app_group(create_app_group: Callable[..., Any]) -> None:
    """Exercise 2: the Auto Scaling group in two private subnets, with its policy."""
    check_app_group(create_app_group, ("us-east-1a", "us-east-1b"), fresh_name("directorio"))
    passed("create_app_group: grupo de 2 a 4 instancias en las dos subredes privadas, "
           "asociado al grupo de destino, comprobación ELB y política al 60 % de CPU.")


# --- exercise 3: an alarm on the load balancer's response time ---------------------------

def check_latency_alarm(create_latency_alarm: Callable[..., Any], name: str,
                        load_balancer_arn: str, topic_arn: str, dimension: str) -> None:
    """``dimension`` is the LoadBalancer dimension value AWS expects for that ARN."""
    cloudwatch = client("cloudwatch")
    shown = f"create_latency_alarm(cloudwatch, {name!r}, {load_balancer_arn!r}, tema)"
    run(create_latency_alarm, cloudwatch, name, load_balancer_arn, topic_arn, what=shown)
    alarms = cloudwatch.describe_alarms(AlarmNames=[name])["MetricAlarms"]
    check(alarms, f"{shown}: no hay ninguna alarma llamada {name!r}.")
    alarm = alarms[0]
    check((alarm.get("Namespace"), alarm.get("MetricName"))
          == ("AWS/ApplicationELB", "TargetResponseTime"),
          f"{shown}: la alarma vigila {alarm.get('Namespace')}/{alarm.get('MetricName')}; "
          "debe vigilar TargetResponseTime en el espacio de nombres AWS/ApplicationELB.")
    dimensions = alarm.get("Dimensions", [])
    check(dimensions == [{"Name": "LoadBalancer", "Value": dimension}],
          f"{shown}: la dimensión debe ser LoadBalancer = {dimension!r} (la parte final del "
          f"ARN, desde «app/»); es {describe(dimensions)}.")
    check(alarm.get("ExtendedStatistic") == "p99" and not alarm.get("Statistic"),
          f"{shown}: la alarma debe mirar el percentil 99 (ExtendedStatistic \"p99\"); mira "
          f"{alarm.get('ExtendedStatistic') or alarm.get('Statistic')!r}. Los percentiles van "
          "en ExtendedStatistic, no en Statistic.")
    check(alarm.get("Period") == 60,
          f"{shown}: cada punto de datos resume un minuto (Period 60); es "
          f"{alarm.get('Period')!r}.")
    m_of_n = (alarm.get("DatapointsToAlarm", alarm.get("EvaluationPeriods")),
              alarm.get("EvaluationPeriods"))
    check(m_of_n == (3, 5),
          f"{shown}: la alarma salta con 3 de los últimos 5 minutos (DatapointsToAlarm 3, "
          f"EvaluationPeriods 5); tiene {m_of_n[0]} de {m_of_n[1]}.")
    check(alarm.get("Threshold") == 0.5,
          f"{shown}: el umbral es {alarm.get('Threshold')!r}; TargetResponseTime se mide en "
          "segundos, así que medio segundo es 0.5.")
    check(alarm.get("ComparisonOperator") == "GreaterThanThreshold",
          f"{shown}: «más de medio segundo» es GreaterThanThreshold; usas "
          f"{alarm.get('ComparisonOperator')!r}.")
    check(alarm.get("TreatMissingData") == "notBreaching",
          f"{shown}: sin peticiones, el equilibrador de carga no publica la métrica; esos "
          "minutos sin datos son buenos (TreatMissingData \"notBreaching\"); usas "
          f"{alarm.get('TreatMissingData')!r}.")
    check(alarm.get("AlarmActions") == [topic_arn] and alarm.get("OKActions") == [topic_arn],
          f"{shown}: la alarma debe avisar al tema al saltar (AlarmActions) y al volver a OK "
          f"(OKActions); avisa a {alarm.get('AlarmActions')} y {alarm.get('OKActions')}.")


def create_latency_alarm(create_latency_alarm: Callable[..., Any]) -> None:
    """Exercise 3: a p99 latency alarm, 3 of 5 minutes, on the ALB's dimension."""
    arn = ("arn:aws:elasticloadbalancing:us-east-1:123456789012:loadbalancer/app/"
           "directorio-alb/50dc6c495c0c9188")
    check_latency_alarm(create_latency_alarm, fresh_name("latencia-alta"), arn,
                        "arn:aws:sns:us-east-1:123456789012:avisos-directorio",
                        "app/directorio-alb/50dc6c495c0c9188")
    passed("create_latency_alarm: p99 de TargetResponseTime > 0,5 s en 3 de 5 minutos, con la "
           "dimensión LoadBalancer bien escrita y avisos al tema.")


# --- exercise 4: the alarm evaluator ----------------------------------------------------

def check_alarm_case(evaluate_alarm: Callable[..., Any], datapoints: list, alarm: dict,
                     current_state: str, expected: str) -> None:
    shown = f"evaluate_alarm({datapoints}, {alarm}, {current_state!r})"
    result = run(evaluate_alarm, list(datapoints), dict(alarm), current_state, what=shown)
    check(result in {"OK", "ALARM", "INSUFFICIENT_DATA"},
          f"{shown} debe devolver \"OK\", \"ALARM\" o \"INSUFFICIENT_DATA\"; devuelve "
          f"{describe(result)}.")
    check(result == expected, f"{shown} devuelve {result!r}, pero la alarma quedaría en "
                              f"{expected!r}.")


def evaluate_alarm(evaluate_alarm: Callable[..., Any]) -> None:
    """Exercise 4: visible cases, one per rule of the statement's first part."""
    high = {"Threshold": 70, "ComparisonOperator": "GreaterThanThreshold",
            "EvaluationPeriods": 3, "DatapointsToAlarm": 3, "TreatMissingData": "missing"}
    check_alarm_case(evaluate_alarm, [50, 80, 90, 95], high, "OK", "ALARM")
    check_alarm_case(evaluate_alarm, [80, 90, 60, 95], high, "ALARM", "OK")
    check_alarm_case(evaluate_alarm, [None, None, None], high, "OK", "INSUFFICIENT_DATA")
    two_of_three = dict(high, DatapointsToAlarm=2, TreatMissingData="breaching")
    check_alarm_case(evaluate_alarm, [75, 40, 71], two_of_three, "OK", "ALARM")
    check_alarm_case(evaluate_alarm, [None, None, 40], two_of_three, "OK", "ALARM")
    passed("evaluate_alarm: 3 de 3, vuelta a OK, sin datos, 2 de 3 y datos que faltan como "
           "incumplidos.")


# --- exercise 5: a target's health-check states -----------------------------------------

def check_health_states(target_health_states: Callable[..., Any], probes: list[bool],
                        healthy: int, unhealthy: int, expected: list[str]) -> None:
    shown = f"target_health_states({probes}, {healthy}, {unhealthy})"
    result = run(target_health_states, list(probes), healthy, unhealthy, what=shown)
    check(isinstance(result, list),
          f"{shown} debe devolver una lista (un estado tras cada comprobación); devuelve "
          f"{describe(result)}.")
    check(len(result) == len(probes),
          f"{shown}: hay {len(probes)} comprobaciones y devuelves {len(result)} estados.")
    for n, (got, want) in enumerate(zip(result, expected, strict=True), start=1):
        check(got == want, f"{shown}: tras la comprobación {n} el destino está {want!r}; "
                           f"devuelves {got!r}.")


def target_health_states(target_health_states: Callable[..., Any]) -> None:
    """Exercise 5: initial → healthy → unhealthy → healthy."""
    check_health_states(target_health_states, [True, True, False, False, True, True],
                        2, 2, ["healthy", "healthy", "healthy", "unhealthy", "unhealthy",
                               "healthy"])
    check_health_states(target_health_states, [False, False, False], 3, 3,
                        ["initial", "initial", "unhealthy"])
    passed("target_health_states: registro, caída tras fallos seguidos y recuperación.")


# --- exercise 6: the target-tracking simulator and its chart ----------------------------

def check_simulation(simulate_scaling: Callable[..., Any], args: tuple,
                     expected: list[int]) -> None:
    loads, target, min_size, max_size, start, cooldown = args
    shown = (f"simulate_scaling(carga de {len(loads)} minutos, {target}, {min_size}, "
             f"{max_size}, {start}, {cooldown})")
    result = run(simulate_scaling, list(loads), target, min_size, max_size, start, cooldown,
                 what=shown)
    check(isinstance(result, list) and len(result) == len(loads),
          f"{shown} debe devolver una lista con la capacidad de cada minuto ({len(loads)}); "
          f"devuelve {describe(result)}.")
    for minute, (got, want) in enumerate(zip(result, expected, strict=True)):
        check(got == want,
              f"{shown}: en el minuto {minute} (carga {loads[minute]}) la capacidad debería ser "
              f"{want}; devuelves {got}. Capacidades esperadas hasta ahí: "
              f"{expected[:minute + 1]}; las tuyas: {result[:minute + 1]}.")


def simulate_scaling(simulate_scaling: Callable[..., Any]) -> None:
    """Exercise 6a: scale out at once, scale in after the cooldown."""
    loads = [900, 2500, 2600, 1200, 1100, 1000, 900, 3900]
    check_simulation(simulate_scaling, (loads, 1000, 2, 4, 2, 3),
                     [2, 3, 3, 3, 2, 2, 2, 4])
    passed("simulate_scaling: sube al momento, baja solo pasado el periodo de recuperación y "
           "respeta el máximo.")


def check_scaling_chart(scaling_chart: Callable[..., Any], simulate_scaling: Callable[..., Any],
                        args: tuple) -> None:
    """The chart of ``scaling_chart(*args)``: the load in instances and the student's own
    simulated capacity, minute by minute (6a is graded on its own)."""
    import matplotlib.pyplot as plt
    from matplotlib.figure import Figure

    loads, target = args[0], args[1]
    shown = f"scaling_chart(carga de {len(loads)} minutos, {', '.join(map(str, args[1:]))})"
    capacity = run(simulate_scaling, list(loads), *args[1:], what="simulate_scaling(...)")
    needed = [load / target for load in loads]
    try:
        fig = run(scaling_chart, list(loads), *args[1:], what=shown)
        check(isinstance(fig, Figure),
              f"{shown} debe devolver la figura de matplotlib (fig); devuelve "
              f"{describe(fig)}. ¿Has olvidado el return fig?")
        check(len(fig.axes) == 1, f"{shown}: dibuja las dos líneas en un solo gráfico; hay "
                                  f"{len(fig.axes)}.")
        ax = fig.axes[0]
        lines = [[float(y) for y in line.get_ydata()] for line in ax.get_lines()]
        xs = [[float(x) for x in line.get_xdata()] for line in ax.get_lines()]
        minutes = [float(m) for m in range(len(loads))]

        def drawn(values: list[float]) -> bool:
            return any(len(ys) == len(values) and x == minutes
                       and all(math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-9)
                               for a, b in zip(ys, values, strict=True))
                       for ys, x in zip(lines, xs, strict=True))

        check(drawn(needed),
              f"{shown}: falta la línea de las instancias que pide la carga (carga / objetivo, "
              "minuto a minuto, con el minuto 0, 1, 2... en el eje x).")
        check(drawn([float(c) for c in capacity]),
              f"{shown}: falta la línea de la capacidad del grupo (lo que devuelve tu "
              "simulate_scaling con los mismos argumentos, minuto a minuto).")
        legend = ax.get_legend()
        check(legend is not None and len(legend.get_texts()) >= 2,
              f"{shown}: pon una leyenda que diga qué es cada línea.")
        check(ax.get_title().strip(), f"{shown}: pon un título al gráfico.")
        check(ax.get_xlabel().strip() and ax.get_ylabel().strip(),
              f"{shown}: rotula los dos ejes (minutos e instancias).")
    finally:
        plt.close("all")


def scaling_chart(scaling_chart: Callable[..., Any],
                  simulate_scaling: Callable[..., Any]) -> None:
    """Exercise 6b: the load (in instances) and the capacity, on one chart."""
    check_scaling_chart(scaling_chart, simulate_scaling,
                        ([900, 2500, 2600, 1200, 1100, 1000, 900, 3900], 1000, 2, 4, 2, 3))
    passed("scaling_chart: la carga en instancias y la capacidad del grupo, con leyenda.")


# --- exercise 7: a metric filter's pattern ----------------------------------------------

def check_log_matches(log_matches: Callable[..., Any], pattern: str,
                      expected: dict[str, bool]) -> None:
    for message, want in expected.items():
        shown = f"log_matches({pattern!r}, {message!r})"
        got = run(log_matches, pattern, message, what=shown)
        check(isinstance(got, bool), f"{shown} debe devolver True o False; devuelve "
                                     f"{describe(got)}.")
        check(got == want, f"{shown} devuelve {got}, pero el filtro "
                           f"{'SÍ' if want else 'NO'} debería contar este evento.")


def log_matches(log_matches: Callable[..., Any]) -> None:
    """Exercise 7: plain terms, ?terms, -terms and a quoted phrase."""
    check_log_matches(log_matches, "ERROR", {
        "2024-05-01 ERROR 500 GET /empleados": True,
        "2024-05-01 INFO 200 GET /empleados": False})
    check_log_matches(log_matches, "?WARN ?ERROR", {
        "WARN disco al 85 %": True, "ERROR sin conexión": True, "INFO arranque": False})
    check_log_matches(log_matches, "ERROR -timeout", {
        "ERROR timeout en /fotos": False, "ERROR 404 /fotos": True})
    check_log_matches(log_matches, '"GET /salud"', {
        "200 GET /salud 3 ms": True, "200 GET /empleados/salud 3 ms": False})
    passed("log_matches: términos, alternativas con ?, exclusiones con - y frases entre "
           "comillas.")


# --- exercise 8: which load balancer ---------------------------------------------------

LOAD_BALANCER_TYPES = ("ALB", "NLB", "GWLB")
_SCENARIO_HASHES = {
    "web_por_rutas": "99341822d39682bc",
    "juego_udp": "664e51b911af53ae",
    "cortafuegos_virtuales": "0f62b4cc127b774f",
    "ip_estatica": "502000c6d88f5d8d",
    "lambda_http": "6600350724e86804",
}
_SCENARIO_HINTS = {
    "web_por_rutas": "HTTP con reglas según la ruta de la URL: capa 7.",
    "juego_udp": "UDP y millones de paquetes por segundo con latencia mínima: capa 4.",
    "cortafuegos_virtuales": "pasar todo el tráfico por dispositivos de seguridad de "
                             "terceros, de forma transparente.",
    "ip_estatica": "una dirección IP fija por zona de disponibilidad que los clientes ponen "
                   "en su lista de permitidos.",
    "lambda_http": "¿qué tipo de equilibrador de carga admite funciones Lambda como destino?",
}


def load_balancer_choices(choices: Any) -> None:
    """Exercise 8: one load balancer type per scenario (checked against hashes)."""
    check(isinstance(choices, dict),
          f"LOAD_BALANCER_FOR debe ser un diccionario escenario → tipo; es "
          f"{describe(choices)}.")
    missing = sorted(set(_SCENARIO_HASHES) - set(choices))
    check(not missing, f"LOAD_BALANCER_FOR: faltan los escenarios {missing}.")
    extra = sorted(set(choices) - set(_SCENARIO_HASHES))
    check(not extra, f"LOAD_BALANCER_FOR: sobran claves que no son escenarios: {extra}.")
    for scenario, value in choices.items():
        check(value in LOAD_BALANCER_TYPES,
              f"LOAD_BALANCER_FOR[{scenario!r}] vale {value!r}; debe ser uno de "
              f"{', '.join(repr(o) for o in LOAD_BALANCER_TYPES)}, escrito tal cual.")
    wrong = [s for s in _SCENARIO_HASHES
             if answer_hash(f"11.ej8.{s}", choices[s]) != _SCENARIO_HASHES[s]]
    if wrong:
        raise CheckFailure(
            f"LOAD_BALANCER_FOR: {len(wrong)} escenario(s) no llevan el equilibrador de carga "
            "adecuado: " + "; ".join(f"«{s}» ({_SCENARIO_HINTS[s]})" for s in wrong))
    passed("LOAD_BALANCER_FOR: cada escenario tiene su tipo de equilibrador de carga.")


def check_choices(choices: Any, expected: dict[str, str]) -> None:
    """Hidden: the dictionary is exactly ``expected``."""
    check(isinstance(choices, dict) and choices == expected,
          "LOAD_BALANCER_FOR no coincide con lo esperado en todos los escenarios.")

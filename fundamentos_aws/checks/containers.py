"""Visible checks of module 06 (containers: ECR, ECS, EKS, Fargate), and their shared set-up.

Each check function runs the visible cases of one exercise and, when the answer is wrong,
names the likely mistake in Spanish. Checks create their own uniquely named repositories,
clusters, services and security groups, so a test cell gives the same answer however often it
runs. The package holds no answer: visible checks carry their expected values as literals, and
the hidden cases, only in the source notebook, pass theirs to the ``check_*`` helpers, which
compare and explain. Where moto accepts what AWS refuses (no waiter before using an EKS
cluster, public subnets in a Fargate profile), the checks record the calls and test what AWS
would need.
"""

from __future__ import annotations

import copy
import itertools
import math
import uuid
from collections.abc import Callable
from typing import Any

import boto3
from botocore.exceptions import ClientError, ParamValidationError

from . import (
    CheckFailure,
    call_with_hint,
    check,
    check_close,
    describe,
    passed,
    recorded_calls,
)

REGION = "us-east-1"

OPTIONS = ("ec2", "ecs_ec2", "fargate", "lambda")

# A task definition like the study guide's, with its mistake: container cpu/memory are strings.
SEED_TASK_DEFINITION = {
    "family": "directorio-web",
    "containerDefinitions": [{"name": "app", "image": "nginx", "cpu": "99", "memory": "100"}],
    "networkMode": "awsvpc",
    "requiresCompatibilities": ["FARGATE"],
    "cpu": "256",
    "memory": "512",
}

_counter = itertools.count(1)


# --- set-up shared by visible and hidden tests -------------------------------------------

def fresh_name(prefix: str) -> str:
    """A name no other test has used (letters, digits and hyphens: valid everywhere)."""
    return f"{prefix}-{next(_counter)}-{uuid.uuid4().hex[:6]}"


def client(service: str, region: str = REGION) -> Any:
    return boto3.client(service, region_name=region)


def default_vpc_id(region: str = REGION) -> str:
    vpcs = client("ec2", region).describe_vpcs(
        Filters=[{"Name": "is-default", "Values": ["true"]}])["Vpcs"]
    return vpcs[0]["VpcId"]


def default_subnets(region: str = REGION) -> dict[str, str]:
    """{subnet id: availability zone} of the region's default subnets (one per zone)."""
    subnets = client("ec2", region).describe_subnets(
        Filters=[{"Name": "default-for-az", "Values": ["true"]}])["Subnets"]
    return {s["SubnetId"]: s["AvailabilityZone"] for s in subnets}


def new_security_group(region: str = REGION) -> str:
    """A security group in the default VPC (as a web service would get); returns its id."""
    return client("ec2", region).create_security_group(
        GroupName=fresh_name("contenedores"), Description="grupo de prueba",
        VpcId=default_vpc_id(region))["GroupId"]


def new_task_definition(region: str = REGION, cpu: str = "256", memory: str = "512") -> str:
    """Register a valid Fargate task definition; return its ARN."""
    return client("ecs", region).register_task_definition(
        family=fresh_name("tarea"), networkMode="awsvpc", requiresCompatibilities=["FARGATE"],
        cpu=cpu, memory=memory,
        containerDefinitions=[{"name": "web", "image": "nginx", "memory": 128,
                               "essential": True}])["taskDefinition"]["taskDefinitionArn"]


def new_cluster(region: str = REGION) -> str:
    name = fresh_name("cluster")
    client("ecs", region).create_cluster(clusterName=name)
    return name


def new_role(region: str = REGION) -> str:
    """An IAM role for EKS (moto does not check its trust policy); returns its ARN."""
    return client("iam", region).create_role(
        RoleName=fresh_name("rol-eks"),
        AssumeRolePolicyDocument='{"Version": "2012-10-17", "Statement": []}')["Role"]["Arn"]


def run(function: Callable[..., Any], *args: Any, what: str | None = None) -> Any:
    """``call`` plus a Spanish hint for the errors a beginner meets in this module."""
    return call_with_hint(function, *args, hint_for=_hint_for, what=what)


def _hint_for(error: BaseException | None) -> str:
    if isinstance(error, ParamValidationError):
        text = str(error)
        if "valid types: <class 'int'>" in text:
            return ("En containerDefinitions, cpu y memory de cada contenedor son números "
                    "enteros (int), no textos: 100, no \"100\".")
        if "valid types: <class 'str'>" in text:
            return ("El cpu y el memory de la tarea (fuera de containerDefinitions) van como "
                    "texto: \"256\", no 256.")
        return "Revisa los nombres y tipos de los parámetros de la llamada."
    if isinstance(error, KeyError) and error.args == ("securityGroups",):
        return ("En Fargate, awsvpcConfiguration necesita también 'securityGroups': la tarea "
                "recibe su propia interfaz de red, con su cortafuegos.")
    if isinstance(error, ClientError):
        code = error.response.get("Error", {}).get("Code", "")
        message = error.response.get("Error", {}).get("Message", "")
        if code == "ClusterNotFoundException":
            return ("El clúster no existe en la región del cliente: créalo antes con "
                    "create_cluster, o usa el nombre que recibe la función.")
        if code == "InvalidParameterException" and "Network Configuration" in message:
            return ("Con networkMode 'awsvpc' (obligatorio en Fargate) hay que dar "
                    "networkConfiguration={'awsvpcConfiguration': {...}}.")
        if code in {"RepositoryAlreadyExistsException", "ResourceInUseException"}:
            return "Ya existe un recurso con ese nombre: usa el nombre que recibe la función."
    return ""


# --- exercise 1: an ECR repository -------------------------------------------------------

def check_repository(create_repository: Callable[..., Any], region: str) -> None:
    name = fresh_name("directorio/web")
    uri = run(create_repository, client("ecr", region), name,
              what=f"create_repository(ecr, {name!r})")
    repos = client("ecr", region).describe_repositories()["repositories"]
    repo = next((r for r in repos if r["repositoryName"] == name), None)
    check(repo is not None, f"No hay ningún repositorio llamado {name!r}: créalo con "
                            "ecr.create_repository(repositoryName=name, ...).")
    check(isinstance(uri, str),
          f"create_repository debe devolver el URI del repositorio (un texto); devuelve "
          f"{describe(uri)}.")
    check(not uri.startswith("arn:"),
          "Devuelves el ARN del repositorio; se pide su URI (repositoryUri), la dirección "
          "que usa docker push: cuenta.dkr.ecr.región.amazonaws.com/nombre.")
    check(uri == repo["repositoryUri"],
          f"El URI del repositorio es {repo['repositoryUri']!r}; devuelves {uri!r}.")
    check(repo.get("imageScanningConfiguration", {}).get("scanOnPush") is True,
          "El repositorio debe analizar cada imagen al subirla: "
          "imageScanningConfiguration={'scanOnPush': True}.")
    check(repo.get("imageTagMutability") == "IMMUTABLE",
          "Las etiquetas deben ser inmutables (imageTagMutability='IMMUTABLE'): así 'v1' "
          "siempre es la misma imagen.")


def create_repository(create_repository: Callable[..., Any]) -> None:
    """Exercise 1: an ECR repository, scan on push, immutable tags; return its URI."""
    check_repository(create_repository, REGION)
    passed("create_repository: repositorio creado, con análisis al subir y etiquetas "
           "inmutables; el URI es correcto.")


# --- exercise 2: a valid Fargate size ----------------------------------------------------

def check_size(valid_fargate_size: Callable[..., Any], cpu: str, memory: str,
               expected: bool) -> None:
    """Compare the answer for one (cpu, memory) pair with ``expected`` (given by the test)."""
    result = run(valid_fargate_size, cpu, memory)
    check(isinstance(result, bool),
          f"valid_fargate_size({cpu!r}, {memory!r}) debe devolver True o False; devuelve "
          f"{describe(result)}.")
    if result and not expected and cpu.strip() in {"256", "0.25 vCPU"}:
        raise CheckFailure(
            f"valid_fargate_size({cpu!r}, {memory!r}) devuelve True, pero con 0,25 vCPU "
            "(256) Fargate solo admite 512, 1024 y 2048 MiB. Comprueba el valor exacto, no "
            "solo el mínimo y el máximo.")
    check(result == expected,
          f"valid_fargate_size({cpu!r}, {memory!r}) debería ser {expected}; devuelves "
          f"{result}. Recuerda: 1 vCPU = 1024 unidades y 1 GB = 1024 MiB.")


VISIBLE_SIZES = [("256", "512", True), ("256", "1536", False), ("1024", "3072", True),
                 ("512", "8192", False), ("1 vCPU", "2 GB", True),
                 ("0.25 vCPU", "0.5 GB", True), ("300", "1024", False),
                 ("4096", "8192", True), ("4096", "4096", False)]


def valid_fargate_size(valid_fargate_size: Callable[..., Any]) -> None:
    """Exercise 2: is (cpu, memory) a size Fargate accepts?"""
    for cpu, memory, expected in VISIBLE_SIZES:
        check_size(valid_fargate_size, cpu, memory, expected)
    passed("valid_fargate_size: correcto en unidades, en vCPU/GB y en los casos límite.")


# --- exercise 3: fix a task definition for Fargate ----------------------------------------

FARGATE_KEYS = ("networkMode", "requiresCompatibilities")


def check_fix(fix_task_definition: Callable[..., Any], definition: dict) -> None:
    """Check the fixed copy of ``definition`` property by property (types, Fargate fields,
    nothing else changed, nothing added, the original untouched)."""
    definition = copy.deepcopy(definition)  # the student's function gets its own copy
    original = copy.deepcopy(definition)
    fixed = run(fix_task_definition, definition, what="fix_task_definition(definición)")
    check(definition == original,
          "fix_task_definition ha modificado el diccionario que recibe. Trabaja sobre una "
          "copia (copy.deepcopy(definition)): el original debe quedar como estaba.")
    check(isinstance(fixed, dict),
          f"fix_task_definition debe devolver un diccionario; devuelve {describe(fixed)}.")
    containers = fixed.get("containerDefinitions")
    check(isinstance(containers, list) and len(containers) == len(original[
        "containerDefinitions"]),
          "La definición corregida debe conservar todos los contenedores de "
          "containerDefinitions, en una lista.")
    for before, after in zip(original["containerDefinitions"], containers, strict=True):
        name = before["name"]
        check(isinstance(after, dict), f"El contenedor {name!r} debe seguir siendo un "
                                       "diccionario.")
        for key in ("cpu", "memory"):
            if key in before:
                check(isinstance(after.get(key), int) and not isinstance(after.get(key), bool),
                      f"En el contenedor {name!r}, {key!r} debe ser un int (boto3 rechaza el "
                      f"texto); es {describe(after.get(key))}. Corrige todos los contenedores, "
                      "no solo el primero.")
                check(after[key] == int(before[key]),
                      f"En el contenedor {name!r}, {key!r} debería valer {int(before[key])}; "
                      f"vale {after[key]!r}.")
        added = sorted(set(after) - set(before))
        check(not added,
              f"Al contenedor {name!r} le has añadido {added}: cpu y memory se convierten "
              "solo si el contenedor los trae («si están»).")
        for key, value in before.items():
            if key not in ("cpu", "memory"):
                check(after.get(key) == value,
                      f"En el contenedor {name!r} has cambiado {key!r}: solo hay que corregir "
                      "cpu y memory.")
    for key in ("cpu", "memory"):
        check(isinstance(fixed.get(key), str),
              f"El {key!r} de la tarea (fuera de containerDefinitions) debe ser un texto, "
              f"como \"{original[key]}\"; es {describe(fixed.get(key))}.")
        check(fixed[key] == str(original[key]),
              f"El {key!r} de la tarea debería ser {str(original[key])!r}; es {fixed[key]!r}.")
    check(fixed.get("networkMode") == "awsvpc",
          f"Fargate exige networkMode 'awsvpc' (cada tarea con su interfaz de red); la "
          f"definición corregida tiene {fixed.get('networkMode')!r}.")
    check(fixed.get("requiresCompatibilities") == ["FARGATE"],
          f"requiresCompatibilities debe ser la lista ['FARGATE']; es "
          f"{fixed.get('requiresCompatibilities')!r}.")
    missing = sorted(set(original) - set(fixed))
    check(not missing, f"La definición corregida ha perdido {missing}: todo lo demás se "
                       "queda como estaba.")
    added = sorted(set(fixed) - set(original) - set(FARGATE_KEYS))
    check(not added, f"La definición corregida trae claves nuevas, {added}: solo se añaden "
                     "networkMode y requiresCompatibilities si faltan.")
    for key, value in original.items():
        if key not in ("containerDefinitions", "cpu", "memory", *FARGATE_KEYS):
            check(fixed[key] == value,
                  f"Has cambiado {key!r} de la definición ({value!r} → {fixed[key]!r}): todo "
                  "lo demás se queda como estaba.")


def fix_task_definition(fix_task_definition: Callable[..., Any]) -> None:
    """Exercise 3: the study guide's task definition, made valid for the API and Fargate."""
    check_fix(fix_task_definition, SEED_TASK_DEFINITION)
    passed("fix_task_definition: la definición de la guía ya es válida para Fargate.")


# --- exercise 4: register it -------------------------------------------------------------

def check_register(register_fargate_task: Callable[..., Any], definition: dict,
                   region: str) -> None:
    definition = {**copy.deepcopy(definition), "family": fresh_name(definition["family"])}
    ecs = client("ecs", region)
    arn = run(register_fargate_task, ecs, copy.deepcopy(definition),
              what="register_fargate_task(ecs, definición)")
    check(isinstance(arn, str) and ":task-definition/" in arn,
          f"register_fargate_task debe devolver el ARN de la definición registrada "
          f"(taskDefinitionArn); devuelve {describe(arn)}.")
    registered = ecs.describe_task_definition(taskDefinition=arn)["taskDefinition"]
    check(registered["family"] == definition["family"],
          "La definición registrada no es la que recibe la función (family distinta).")
    check(registered.get("networkMode") == "awsvpc"
          and registered.get("requiresCompatibilities") == ["FARGATE"],
          "La definición registrada no es apta para Fargate: usa tu fix_task_definition "
          "antes de registrarla.")
    check(registered.get("cpu") == str(definition["cpu"])
          and registered.get("memory") == str(definition["memory"]),
          "El cpu y el memory de la tarea registrada no son los de la definición recibida.")
    names = [c["name"] for c in registered["containerDefinitions"]]
    check(names == [c["name"] for c in definition["containerDefinitions"]],
          f"La definición registrada tiene los contenedores {names}: deben ser los de la "
          "definición recibida.")


def check_register_rejects(register_fargate_task: Callable[..., Any], definition: dict,
                           region: str) -> None:
    definition = {**copy.deepcopy(definition), "family": fresh_name(definition["family"])}
    ecs = client("ecs", region)
    try:
        register_fargate_task(ecs, copy.deepcopy(definition))
    except ValueError:
        pass
    except NotImplementedError:
        raise CheckFailure("register_fargate_task: la función aún no está hecha.") from None
    except Exception as exc:
        raise CheckFailure(
            f"Con un tamaño que Fargate no admite (cpu {definition['cpu']!r}, memory "
            f"{definition['memory']!r}) debe lanzarse ValueError; se lanzó "
            f"{type(exc).__name__}: {exc}") from None
    else:
        raise CheckFailure(
            f"register_fargate_task aceptó cpu {definition['cpu']!r} y memory "
            f"{definition['memory']!r}, que Fargate no admite (moto no lo comprueba, AWS sí). "
            "Compruébalo con valid_fargate_size y lanza ValueError.")
    families = ecs.list_task_definition_families(familyPrefix=definition["family"])
    check(not families["families"],
          "Has registrado la definición antes de comprobar su tamaño: compruébalo primero.")


def register_fargate_task(register_fargate_task: Callable[..., Any]) -> None:
    """Exercise 4: fix, validate and register a task definition."""
    check_register(register_fargate_task, SEED_TASK_DEFINITION, REGION)
    check_register_rejects(register_fargate_task,
                           {**SEED_TASK_DEFINITION, "cpu": "256", "memory": "4096"}, REGION)
    passed("register_fargate_task: registra la definición corregida y rechaza tamaños "
           "imposibles.")


# --- exercises 5 and 6: a Fargate service and a one-off task -----------------------------

def _check_network(config: Any, group: str, region: str, all_subnets: bool) -> None:
    """The awsvpcConfiguration a service or run_task got: subnets, group, public IP."""
    check(isinstance(config, dict) and config,
          "Falta networkConfiguration={'awsvpcConfiguration': {...}}: en Fargate cada tarea "
          "recibe una interfaz de red en tus subredes.")
    check(config.get("securityGroups") == [group],
          f"awsvpcConfiguration debe llevar securityGroups=[security_group_id]; lleva "
          f"{config.get('securityGroups')!r}.")
    subnets = default_subnets(region)
    chosen = list(config.get("subnets") or [])
    check(chosen and all(s in subnets for s in chosen),
          "Las subredes deben ser las predeterminadas de la región (describe_subnets con el "
          "filtro default-for-az).")
    if all_subnets:
        zones = {subnets[s] for s in chosen}
        check(len(zones) >= 2,
              f"Todas las subredes están en {sorted(zones)}: si esa zona cae, cae el "
              "servicio. Pasa las subredes predeterminadas de todas las zonas.")
        check(set(chosen) == set(subnets),
              f"Usas {len(set(chosen))} de las {len(subnets)} subredes predeterminadas de "
              f"{region}: pásalas todas (una por zona), como pide el enunciado.")
    check(config.get("assignPublicIp") == "ENABLED",
          "Las tareas necesitan IP pública para descargar la imagen desde una subred pública: "
          "assignPublicIp='ENABLED'.")


def check_service(create_fargate_service: Callable[..., Any], region: str,
                  desired_count: int) -> None:
    cluster, name = fresh_name("cluster"), fresh_name("web")
    task_definition = new_task_definition(region)
    group = new_security_group(region)
    ecs = client("ecs", region)
    arn = run(create_fargate_service, ecs, client("ec2", region), cluster, name,
              task_definition, group, desired_count,
              what=f"create_fargate_service(ecs, ec2, {cluster!r}, {name!r}, ...)")
    clusters = ecs.describe_clusters(clusters=[cluster])["clusters"]
    check(clusters and clusters[0]["status"] == "ACTIVE",
          f"No existe el clúster {cluster!r}: créalo con create_cluster(clusterName=...).")
    services = ecs.describe_services(cluster=cluster, services=[name])["services"]
    check(services, f"El clúster {cluster!r} no tiene ningún servicio llamado {name!r}.")
    service = services[0]
    check(arn == service["serviceArn"],
          f"create_fargate_service debe devolver el ARN del servicio (serviceArn); devuelve "
          f"{describe(arn)}.")
    check(service.get("launchType") == "FARGATE",
          f"El servicio debe usar launchType='FARGATE'; usa {service.get('launchType')!r}.")
    check(service["taskDefinition"] == task_definition,
          "El servicio no usa la definición de tarea recibida (task_definition).")
    check(service["desiredCount"] == desired_count,
          f"El servicio debe mantener {desired_count} tareas (desiredCount); pide "
          f"{service['desiredCount']}.")
    config = service.get("networkConfiguration", {}).get("awsvpcConfiguration")
    _check_network(config, group, region, all_subnets=True)


def create_fargate_service(create_fargate_service: Callable[..., Any]) -> None:
    """Exercise 5: a cluster and a Fargate service spread over the default subnets."""
    check_service(create_fargate_service, REGION, 2)
    passed("create_fargate_service: clúster y servicio Fargate con red awsvpc en varias "
           "zonas.")


def check_task(run_fargate_task: Callable[..., Any], region: str) -> None:
    cluster = new_cluster(region)
    task_definition = new_task_definition(region, "512", "1024")
    group = new_security_group(region)
    ecs = client("ecs", region)
    with recorded_calls() as calls:
        arn = run(run_fargate_task, ecs, client("ec2", region), cluster, task_definition,
                  group, what=f"run_fargate_task(ecs, ec2, {cluster!r}, ...)")
    check(not isinstance(arn, list | tuple | dict),
          f"run_fargate_task debe devolver el ARN de la tarea (un texto), no "
          f"{describe(arn)}. Está en respuesta['tasks'][0]['taskArn'].")
    check(isinstance(arn, str) and ":task/" in arn,
          f"run_fargate_task debe devolver el ARN de la tarea (taskArn, con ':task/'); "
          f"devuelve {describe(arn)}.")
    runs = [params for service, operation, params in calls
            if (service, operation) == ("ecs", "RunTask")]
    check(len(runs) == 1 and runs[0].get("count", 1) == 1,
          f"Se pide lanzar UNA tarea: una llamada a run_task con count=1 (o sin count). Has "
          f"hecho {len(runs)} llamada(s), con count={[p.get('count', 1) for p in runs]}.")
    tasks = ecs.describe_tasks(cluster=cluster, tasks=[arn])["tasks"]
    check(tasks, f"No hay ninguna tarea {arn} en el clúster {cluster!r}.")
    task = tasks[0]
    check(task.get("launchType") == "FARGATE",
          f"La tarea debe ejecutarse en Fargate (launchType='FARGATE'); es "
          f"{task.get('launchType')!r}.")
    check(task["taskDefinitionArn"] == task_definition,
          "La tarea no usa la definición recibida (task_definition).")
    # moto keeps no networkConfiguration on a task: read it from the call itself.
    config = runs[0].get("networkConfiguration", {}).get("awsvpcConfiguration")
    _check_network(config, group, region, all_subnets=False)


def run_fargate_task(run_fargate_task: Callable[..., Any]) -> None:
    """Exercise 6: run one Fargate task and return its ARN."""
    check_task(run_fargate_task, REGION)
    passed("run_fargate_task: una tarea lanzada en Fargate, en la VPC predeterminada, con su "
           "grupo de seguridad e IP pública.")


# --- exercise 7: an EKS cluster with a node group and a Fargate profile --------------------

EKS_REGION = "eu-central-1"  # the EKS checks keep to regions the ECS checks do not use
_private_blocks = itertools.count(128, 2)


def new_private_subnets(region: str) -> list[str]:
    """Two private subnets (in two zones) of the default VPC: their own route table has no
    route to the internet gateway. Returns their ids."""
    ec2 = client("ec2", region)
    vpc = default_vpc_id(region)
    zones = [z["ZoneName"] for z in ec2.describe_availability_zones()["AvailabilityZones"]]
    table = ec2.create_route_table(VpcId=vpc)["RouteTable"]["RouteTableId"]
    block = next(_private_blocks)
    subnets = []
    for offset, zone in enumerate(zones[:2]):
        subnet = ec2.create_subnet(VpcId=vpc, AvailabilityZone=zone,
                                   CidrBlock=f"172.31.{block + offset}.0/24")["Subnet"]
        ec2.associate_route_table(RouteTableId=table, SubnetId=subnet["SubnetId"])
        subnets.append(subnet["SubnetId"])
    return subnets


def check_eks(create_eks_cluster: Callable[..., Any], region: str) -> None:
    name, role = fresh_name("k8s"), new_role(region)
    private = new_private_subnets(region)
    eks = client("eks", region)
    with recorded_calls() as calls:
        result = run(create_eks_cluster, eks, client("ec2", region), name, role, list(private),
                     what=f"create_eks_cluster(eks, ec2, {name!r}, role_arn, private_subnets)")
    check(name in eks.list_clusters()["clusters"],
          f"No existe el clúster EKS {name!r}: créalo con eks.create_cluster(name=..., "
          "roleArn=..., resourcesVpcConfig={'subnetIds': [...]}).")
    cluster = eks.describe_cluster(name=name)["cluster"]
    check(result == cluster["arn"],
          f"create_eks_cluster debe devolver el ARN del clúster; devuelve {describe(result)}.")
    public = default_subnets(region)
    chosen = set(cluster["resourcesVpcConfig"].get("subnetIds", []))
    check(chosen >= set(private),
          "El clúster debe incluir también las subredes privadas que recibe la función "
          "(private_subnets): allí irán los pods de Fargate.")
    check(chosen == set(public) | set(private),
          "El clúster va en las subredes predeterminadas de la región más las privadas "
          "(resourcesVpcConfig={'subnetIds': [...]}); tiene otras.")
    operations = [(service, operation, params) for service, operation, params in calls
                  if service == "eks"]
    created = next((i for i, (_, op, _p) in enumerate(operations) if op == "CreateCluster"),
                   None)
    after = [i for i, (_, op, _p) in enumerate(operations)
             if op in {"CreateNodegroup", "CreateFargateProfile"}]
    waited = not after or (created is not None and any(
        op == "DescribeCluster" and params.get("name") == name
        for _, op, params in operations[created + 1:min(after)]))
    check(waited,
          "Creas el grupo de nodos o el perfil de Fargate sin esperar a que el clúster esté "
          "activo. En AWS un clúster tarda unos 10 minutos en pasar de CREATING a ACTIVE y, "
          "mientras tanto, create_nodegroup falla (moto lo deja ACTIVE al momento): espera con "
          "el waiter eks.get_waiter(\"cluster_active\").")
    groups = eks.list_nodegroups(clusterName=name)["nodegroups"]
    check(groups == [f"{name}-nodos"],
          f"El clúster debe tener un grupo de nodos llamado {name + '-nodos'!r}; tiene "
          f"{groups}.")
    group = eks.describe_nodegroup(clusterName=name, nodegroupName=groups[0])["nodegroup"]
    check(group.get("instanceTypes") == ["t3.medium"],
          f"Los nodos deben ser t3.medium (instanceTypes=['t3.medium']); son "
          f"{group.get('instanceTypes')}.")
    check(group.get("scalingConfig") == {"minSize": 2, "maxSize": 4, "desiredSize": 2},
          f"scalingConfig debe ser mínimo 2, máximo 4 y deseado 2; es "
          f"{group.get('scalingConfig')}.")
    check(group.get("nodeRole") == role, "El grupo de nodos debe usar el rol recibido "
                                         "(nodeRole=role_arn).")
    check(set(group.get("subnets") or []) == set(public),
          "El grupo de nodos va en las subredes predeterminadas (las públicas, todas): los "
          "nodos necesitan salir a internet para unirse al clúster y descargar imágenes.")
    profiles = eks.list_fargate_profiles(clusterName=name)["fargateProfileNames"]
    check(profiles == [f"{name}-fargate"],
          f"El clúster debe tener un perfil de Fargate llamado {name + '-fargate'!r}; tiene "
          f"{profiles}.")
    profile = eks.describe_fargate_profile(clusterName=name,
                                           fargateProfileName=profiles[0])["fargateProfile"]
    selectors = profile.get("selectors", [])
    check(selectors == [{"namespace": "serverless"}],
          f"El perfil de Fargate debe seleccionar los pods del espacio de nombres "
          f"'serverless' (selectors=[{{'namespace': 'serverless'}}]); tiene {selectors}.")
    check(profile.get("podExecutionRoleArn") == role,
          "El perfil de Fargate debe usar el rol recibido (podExecutionRoleArn=role_arn).")
    given = next(params for _, op, params in operations if op == "CreateFargateProfile")
    profile_subnets = set(given.get("subnets") or [])
    check(not profile_subnets & set(public),
          "Has dado subredes públicas al perfil de Fargate: AWS lo rechaza, porque los pods "
          "de Fargate no reciben IP pública y solo van en subredes privadas (moto no lo "
          "comprueba). Usa private_subnets.")
    check(not profile_subnets or profile_subnets == set(private),
          "El perfil de Fargate va en las subredes privadas que recibe la función "
          "(private_subnets), todas.")


def create_eks_cluster(create_eks_cluster: Callable[..., Any]) -> None:
    """Exercise 7: an EKS cluster, a managed node group and a Fargate profile."""
    check_eks(create_eks_cluster, EKS_REGION)
    passed("create_eks_cluster: clúster activo antes de añadirle nada, grupo de nodos en las "
           "subredes públicas y perfil de Fargate en las privadas.")


# --- exercise 8: who manages what --------------------------------------------------------

def check_handed_over(handed_over: Callable[..., Any], rows: list[dict], current: str,
                      target: str, expected: set[str],
                      reverse: set[str] | None = None) -> None:
    """Compare ``handed_over(current, target)`` with ``expected`` (given by the test);
    ``reverse``, when given, is the answer with the options swapped, to name that mistake."""
    result = run(handed_over, current, target)
    check(isinstance(result, set | frozenset),
          f"handed_over({current!r}, {target!r}) debe devolver un conjunto (set); devuelve "
          f"{describe(result)}.")
    layers = {r["capa"] for r in rows}
    check(set(result) <= layers,
          f"handed_over({current!r}, {target!r}) devuelve valores que no son capas "
          f"(columna 'capa'): {sorted(set(result) - layers, key=str)}.")
    check(not (reverse is not None and result and result == reverse and reverse != expected),
          f"handed_over({current!r}, {target!r}): has invertido el sentido. Son las capas "
          f"que gestionas en {current!r} (cliente) y pasan a AWS en {target!r}.")
    customer = {r["capa"] for r in rows if r[current] == "cliente"}
    check(not (result == customer and customer != expected),
          f"handed_over({current!r}, {target!r}) devuelve todo lo que gestionas en "
          f"{current!r}; quédate solo con lo que en {target!r} gestiona AWS.")
    check(result == expected,
          f"handed_over({current!r}, {target!r}) debería ser {sorted(expected) or 'set()'}; "
          f"devuelves {sorted(result, key=str) or 'set()'}.")


def handed_over(handed_over: Callable[..., Any], rows: list[dict]) -> None:
    """Exercise 8: the layers you stop managing when you move between compute options."""
    for current, target, expected, reverse in [
            ("lambda", "ec2", set(),
             {"host_os", "capacity", "orchestration", "runtime", "network"}),
            ("ecs_ec2", "fargate", {"host_os", "capacity"}, set()),
            ("ec2", "ecs_ec2", {"orchestration"}, set()),
            ("ec2", "fargate", {"host_os", "capacity", "orchestration"}, set()),
            ("fargate", "ec2", set(), {"host_os", "capacity", "orchestration"})]:
        check_handed_over(handed_over, rows, current, target, expected, reverse)
    passed("handed_over: correcto de Lambda a EC2, de ECS en EC2 a Fargate, de EC2 a ECS y a "
           "Fargate, y de Fargate a EC2.")


# --- exercise 9: Fargate cost and the crossover with EC2 ----------------------------------

def check_fargate_cost(fargate_monthly_cost: Callable[..., Any], args: tuple,
                       expected: float) -> None:
    """``fargate_monthly_cost(*args)`` against ``expected`` dollars (given by the test)."""
    shown = f"fargate_monthly_cost{args}"
    result = run(fargate_monthly_cost, *args, what=shown)
    check_close(result, expected, shown, rel=1e-6)


def fargate_monthly_cost(fargate_monthly_cost: Callable[..., Any]) -> None:
    """Exercise 9a: dollars for tasks of a size running some hours a month."""
    result = run(fargate_monthly_cost, 2, 8, 730, 1)
    check(isinstance(result, int | float) and not isinstance(result, bool),
          f"fargate_monthly_cost debe devolver un número (dólares); devuelve "
          f"{describe(result)}.")
    check(not math.isclose(result, 59.1008, rel_tol=1e-6),
          "Solo cuentas las vCPU: Fargate también cobra la memoria, por GB y hora.")
    check(not math.isclose(result, 32.79525, rel_tol=1e-6),
          "Cobras una sola vCPU y un solo GB: multiplica cada precio por las vCPU y los GB "
          "de la tarea.")
    check_close(result, 85.0596, "fargate_monthly_cost(2, 8, 730, 1)", rel=1e-6)
    three = run(fargate_monthly_cost, 0.25, 0.5, 100, 3)
    check(not math.isclose(three, 1.23425, rel_tol=1e-6),
          "Con 3 tareas se paga 3 veces: multiplica por tasks.")
    check_close(three, 3.70275, "fargate_monthly_cost(0.25, 0.5, 100, 3)", rel=1e-6)
    passed(f"fargate_monthly_cost: una tarea de 2 vCPU y 8 GB todo el mes cuesta "
           f"{result:.2f} $.")


def check_breakeven(breakeven_utilization: Callable[..., Any], vcpu: float, memory_gb: float,
                    ec2_hourly: float, expected: float, ratio: float | None = None) -> None:
    """Compare with ``expected`` (given by the test). ``ratio``, when given, is EC2's hourly
    price over Fargate's, uncapped, to name the percent and inverted-division mistakes."""
    result = run(breakeven_utilization, vcpu, memory_gb, ec2_hourly)
    what = f"breakeven_utilization({vcpu}, {memory_gb}, {ec2_hourly})"
    check(isinstance(result, int | float) and not isinstance(result, bool),
          f"{what} debe devolver un número entre 0 y 1; devuelve {describe(result)}.")
    wrong = not math.isclose(result, expected, rel_tol=1e-6)
    if wrong and ratio is not None:
        check(not any(math.isclose(result, v, rel_tol=1e-6)
                      for v in (100 * ratio, min(100.0, 100 * ratio))),
              f"{what} devuelve {result:.3g}: se pide una fracción entre 0 y 1, no un "
              "porcentaje.")
        check(not any(math.isclose(result, v, rel_tol=1e-6)
                      for v in (1 / ratio, min(1.0, 1 / ratio))),
              f"{what}: has dividido al revés. La utilización de equilibrio es el precio por "
              "hora de EC2 dividido entre el de Fargate.")
    check(not (result > 1.0 + 1e-9),
          f"{what} devuelve {result:.3g}: una utilización no pasa del 100 %. Si Fargate sale "
          "más barato incluso encendido todo el mes, devuelve 1.0.")
    check_close(result, expected, what, rel=1e-6)


def breakeven_utilization(breakeven_utilization: Callable[..., Any]) -> None:
    """Exercise 9b: the fraction of the month at which Fargate costs as much as EC2."""
    check_breakeven(breakeven_utilization, 2, 8, 0.096, 0.8238928939237898,
                    0.8238928939237898)
    check_breakeven(breakeven_utilization, 0.25, 0.5, 0.0104, 0.8426169738707716,
                    0.8426169738707716)
    check_breakeven(breakeven_utilization, 0.5, 1, 0.096, 1.0, 3.8890014178651002)
    passed("breakeven_utilization: una m5.large sale más barata que Fargate por encima del "
           "82 % de utilización.")


# --- exercise 10: the chart --------------------------------------------------------------

def _lines(fig: Any) -> list[Any]:
    return [line for ax in fig.axes for line in ax.get_lines()]


def check_plot(plot_cost_vs_utilization: Callable[..., Any], vcpu: float, memory_gb: float,
               ec2_hourly: float, fargate_month: float, ec2_month: float,
               crossover: float) -> None:
    """Read the chart's lines and compare them with the values the test gives: a full month
    of Fargate and of EC2 in dollars, and the crossover in %."""
    from matplotlib.figure import Figure

    what = f"plot_cost_vs_utilization({vcpu}, {memory_gb}, {ec2_hourly})"
    fig = run(plot_cost_vs_utilization, vcpu, memory_gb, ec2_hourly, what=what)
    check(isinstance(fig, Figure),
          f"{what} debe devolver la figura (fig de new_chart); devuelve {describe(fig)}. "
          "¿Falta «return fig»?")
    check(fig.axes, f"{what}: la figura no tiene ejes.")
    ax = fig.axes[0]
    check(ax.get_title().strip(), "El gráfico necesita un título.")
    check("%" in ax.get_xlabel(), "El eje x es la utilización en %: su etiqueta debe "
                                  "incluir «%».")
    check("$" in ax.get_ylabel() or "dólar" in ax.get_ylabel().lower(),
          "El eje y debe decir la unidad: dólares al mes («$» o «dólares»).")
    lines = _lines(fig)
    flat = rising = None
    for line in lines:
        x = [float(v) for v in line.get_xdata()]
        y = [float(v) for v in line.get_ydata()]
        if len(x) < 2 or len(set(x)) < 2:
            continue
        if all(math.isclose(v, ec2_month, rel_tol=1e-6) for v in y):
            flat = line
        else:
            rising = line
    check(flat is not None,
          f"Falta la línea de EC2: horizontal, a {ec2_month:.2f} $ al mes (se paga la "
          "instancia entera, se use o no).")
    check(rising is not None, "Falta la línea de Fargate (coste que crece con la "
                              "utilización).")
    x = [float(v) for v in rising.get_xdata()]
    y = [float(v) for v in rising.get_ydata()]
    check(max(x) > 1.5,
          "El eje x va en porcentaje (de 0 a 100), no en fracción (de 0 a 1).")
    check(math.isclose(min(x), 0, abs_tol=1e-9) and math.isclose(max(x), 100, rel_tol=1e-6),
          f"La línea de Fargate debe ir de 0 % a 100 % de utilización; va de {min(x):g} a "
          f"{max(x):g}.")
    for xi, yi in zip(x, y, strict=True):
        check(math.isclose(yi, fargate_month * xi / 100, rel_tol=1e-6, abs_tol=1e-9),
              f"En {xi:g} % la línea de Fargate vale {yi:.6g} $, pero debería valer "
              f"{fargate_month * xi / 100:.6g} $ (coste del mes entero × utilización / 100).")
    verticals = [float(line.get_xdata()[0]) for line in lines
                 if len(set(float(v) for v in line.get_xdata())) == 1]
    check(any(math.isclose(v, crossover, rel_tol=1e-6) for v in verticals),
          f"Marca el punto de equilibrio con una línea vertical (ax.axvline) en "
          f"{crossover:.1f} %; tus líneas verticales están en "
          f"{[round(v, 1) for v in verticals]}.")
    unlabeled = [name for name, line in (("Fargate", rising), ("EC2", flat))
                 if line.get_label().startswith("_")]
    check(not unlabeled and ax.get_legend() is not None,
          f"Pon etiqueta (label=...) a cada línea ({', '.join(unlabeled) or 'todas'}) y "
          "muestra la leyenda (ax.legend()).")


def plot_cost_vs_utilization(plot_cost_vs_utilization: Callable[..., Any]) -> None:
    """Exercise 10: Fargate vs EC2 monthly cost over utilization, crossover marked."""
    check_plot(plot_cost_vs_utilization, 2, 8, 0.096, 85.0596, 70.08, 82.38928939237898)
    passed("plot_cost_vs_utilization: líneas de EC2 y Fargate y punto de equilibrio "
           "correctos.")

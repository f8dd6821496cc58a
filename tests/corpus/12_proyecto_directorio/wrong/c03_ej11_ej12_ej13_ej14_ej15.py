"""Wrong answers (5 independent exercises): ej11: target tracking at 50 %; ej12: public principal only as the bare "*"; ej13: the whole bucket policy deleted; ej14: NAT data processing left out; ej15: the free 400,000 GB-s not subtracted."""
# fails: ej11-pruebas ej12-pruebas ej13-pruebas ej14-pruebas ej15-pruebas
# message: objetivo del 60 %
# message: quita solo la declaración pública
# %% ej11-respuesta
def create_auto_scaling(autoscaling, network, template_id, tg_arn):
    """Crea el grupo de Auto Scaling y su política de seguimiento; devuelve su nombre."""
    name = "directorio-asg"
    autoscaling.create_auto_scaling_group(
        AutoScalingGroupName=name, MinSize=2, MaxSize=4, DesiredCapacity=2,
        LaunchTemplate={"LaunchTemplateId": template_id, "Version": "$Latest"},
        VPCZoneIdentifier=",".join(network["private_subnets"]),
        TargetGroupARNs=[tg_arn], HealthCheckType="ELB", HealthCheckGracePeriod=300)
    autoscaling.put_scaling_policy(
        AutoScalingGroupName=name, PolicyName="cpu-al-60",
        PolicyType="TargetTrackingScaling",
        TargetTrackingConfiguration={
            "PredefinedMetricSpecification": {
                "PredefinedMetricType": "ASGAverageCPUUtilization"},
            "TargetValue": 50.0})
    return name

# %% ej12-respuesta
def review_architecture(clients, stack):
    """Revisa una pila desplegada; devuelve {código: mensaje} con lo que esté mal."""
    ec2, s3, iam = clients["ec2"], clients["s3"], clients["iam"]
    autoscaling = clients["autoscaling"]
    findings = {}

    groups = ec2.describe_security_groups(
        Filters=[{"Name": "vpc-id", "Values": [stack["vpc_id"]]}])["SecurityGroups"]
    for group in groups:
        for rule in group["IpPermissions"]:
            port_22 = rule["IpProtocol"] == "-1" or (
                rule["IpProtocol"] == "tcp" and rule["FromPort"] <= 22 <= rule["ToPort"])
            sources = [r["CidrIp"] for r in rule.get("IpRanges", [])] + [
                r["CidrIpv6"] for r in rule.get("Ipv6Ranges", [])]
            if port_22 and ({"0.0.0.0/0", "::/0"} & set(sources)):
                findings["ssh_abierto"] = (
                    f"El grupo de seguridad {group['GroupId']} deja entrar por SSH (puerto "
                    "22) desde cualquier dirección de Internet.")

    bucket = stack["bucket"]
    try:
        block = s3.get_public_access_block(Bucket=bucket)["PublicAccessBlockConfiguration"]
    except ClientError:
        block = {}
    flags = ("BlockPublicAcls", "IgnorePublicAcls", "BlockPublicPolicy",
             "RestrictPublicBuckets")
    public = not all(block.get(flag) for flag in flags)
    try:
        policy = json.loads(s3.get_bucket_policy(Bucket=bucket)["Policy"])
    except ClientError:
        policy = {"Statement": []}
    for statement in as_list(policy["Statement"]):
        principal = statement.get("Principal")
        everyone = principal == "*"
        if statement.get("Effect") == "Allow" and everyone:
            public = True
    if public:
        findings["bucket_publico"] = (f"El bucket {bucket} puede ser público: activa las "
                                      "cuatro opciones del bloqueo de acceso público y no "
                                      "des permiso a «*».")

    role = stack["role_name"]
    documents = [iam.get_role_policy(RoleName=role, PolicyName=name)["PolicyDocument"]
                 for name in iam.list_role_policies(RoleName=role)["PolicyNames"]]
    for attached in iam.list_attached_role_policies(RoleName=role)["AttachedPolicies"]:
        version = iam.get_policy(PolicyArn=attached["PolicyArn"])["Policy"]["DefaultVersionId"]
        documents.append(iam.get_policy_version(PolicyArn=attached["PolicyArn"],
                                                VersionId=version)["PolicyVersion"]["Document"])
    for document in documents:
        for statement in as_list(document["Statement"]):
            if statement["Effect"] != "Allow":
                continue
            actions = as_list(statement.get("Action"))
            resources = as_list(statement.get("Resource"))
            if any(a == "*" or a.endswith(":*") for a in actions) or "*" in resources:
                findings["rol_comodin"] = (f"El rol {role} tiene permisos con comodín "
                                           "(acción o recurso «*»): no es mínimo privilegio.")

    group = autoscaling.describe_auto_scaling_groups(
        AutoScalingGroupNames=[stack["group_name"]])["AutoScalingGroups"][0]
    subnet_ids = group["VPCZoneIdentifier"].split(",")
    subnets = ec2.describe_subnets(SubnetIds=subnet_ids)["Subnets"]
    if len({s["AvailabilityZone"] for s in subnets}) < 2:
        findings["una_zona"] = ("El grupo de Auto Scaling está en una sola zona de "
                                "disponibilidad: si esa zona falla, la aplicación cae.")
    tables = ec2.describe_route_tables(
        Filters=[{"Name": "vpc-id", "Values": [stack["vpc_id"]]}])["RouteTables"]
    main = next(t for t in tables if any(a.get("Main") for a in t["Associations"]))
    for subnet_id in subnet_ids:
        table = next((t for t in tables if any(a.get("SubnetId") == subnet_id
                                               for a in t["Associations"])), main)
        if any(r.get("GatewayId", "").startswith("igw-") for r in table["Routes"]):
            findings["subred_publica"] = (f"El grupo lanza instancias en la subred pública "
                                          f"{subnet_id}: deben ir en subredes privadas.")

    spec = group["LaunchTemplate"]
    data = ec2.describe_launch_template_versions(
        LaunchTemplateId=spec["LaunchTemplateId"],
        Versions=[spec["Version"]])["LaunchTemplateVersions"][0]["LaunchTemplateData"]
    volumes = [m["Ebs"] for m in data.get("BlockDeviceMappings", []) if "Ebs" in m]
    if not volumes or not all(v.get("Encrypted") for v in volumes):
        findings["ebs_sin_cifrar"] = ("La plantilla de lanzamiento tiene volúmenes de EBS "
                                      "sin cifrar.")
    return findings


def as_list(value):
    """Un valor de una política como lista (puede venir solo o en lista)."""
    if value is None:
        return []
    return [value] if isinstance(value, str | dict) else list(value)

# %% ej13-respuesta
def fix_stack(clients, stack):
    """Quita el SSH abierto al mundo y hace privado el bucket; deja el resto como está."""
    ec2, s3 = clients["ec2"], clients["s3"]

    def listed(value):
        return [] if value is None else [value] if isinstance(value, str | dict) else value

    groups = ec2.describe_security_groups(
        Filters=[{"Name": "vpc-id", "Values": [stack["vpc_id"]]}])["SecurityGroups"]
    for group in groups:
        for rule in group["IpPermissions"]:
            port_22 = rule["IpProtocol"] == "-1" or (
                rule["IpProtocol"] == "tcp" and rule["FromPort"] <= 22 <= rule["ToPort"])
            if not port_22:
                continue
            open_v4 = [r for r in rule.get("IpRanges", []) if r["CidrIp"] == "0.0.0.0/0"]
            open_v6 = [r for r in rule.get("Ipv6Ranges", []) if r["CidrIpv6"] == "::/0"]
            if open_v4 or open_v6:
                bad = {"IpProtocol": rule["IpProtocol"], "IpRanges": open_v4,
                       "Ipv6Ranges": open_v6}
                if rule["IpProtocol"] != "-1":
                    bad.update(FromPort=rule["FromPort"], ToPort=rule["ToPort"])
                ec2.revoke_security_group_ingress(GroupId=group["GroupId"],
                                                  IpPermissions=[bad])
    bucket = stack["bucket"]
    s3.put_public_access_block(Bucket=bucket, PublicAccessBlockConfiguration={
        "BlockPublicAcls": True, "IgnorePublicAcls": True,
        "BlockPublicPolicy": True, "RestrictPublicBuckets": True})
    s3.delete_bucket_policy(Bucket=bucket)
    return
    kept = []
    for statement in listed(policy["Statement"]):
        principal = statement.get("Principal")
        everyone = principal == "*" or (isinstance(principal, dict)
                                        and "*" in listed(principal.get("AWS")))
        if not everyone:
            kept.append(statement)
    policy["Statement"] = kept
    s3.put_bucket_policy(Bucket=bucket, Policy=json.dumps(policy))

# %% ej14-respuesta
def monthly_cost(arch):
    """Coste mensual de la arquitectura con EC2, por componente, en dólares."""
    p = PRICES
    return {
        "instancias": arch["instancias"] * p["ec2_usd_h"][arch["tipo"]] * HOURS_PER_MONTH,
        "equilibrador": (p["alb_usd_h"] + arch["lcu"] * p["lcu_usd_h"]) * HOURS_PER_MONTH,
        "nat": arch["nat"] * p["nat_usd_h"] * HOURS_PER_MONTH,
        "almacenamiento": (arch["fotos_gb"] * p["s3_usd_gb_mes"]
                           + arch["instancias"] * arch["ebs_gb"] * p["ebs_usd_gb_mes"]),
        "tabla": (arch["lecturas_millones"] * p["dynamodb_usd_millon_lecturas"]
                  + arch["escrituras_millones"] * p["dynamodb_usd_millon_escrituras"]
                  + arch["tabla_gb"] * p["dynamodb_usd_gb_mes"]),
        "transferencia": max(0, arch["salida_gb"] - p["salida_gb_gratis"]) * p["salida_usd_gb"],
    }


def cost_chart(costs):
    """Gráfico de barras del coste mensual por componente; devuelve la figura."""
    fig, ax = new_chart("Coste mensual del directorio con EC2", "Componente",
                        "Dólares al mes ($)")
    ax.bar(list(costs), list(costs.values()))
    return fig

# %% ej15-respuesta
def serverless_cost(requests_per_month):
    """Coste mensual del diseño sin servidor para ese número de peticiones, en dólares."""
    p, s = PRICES, SERVERLESS
    millions = requests_per_month / 1_000_000
    gb_seconds = requests_per_month * s["ms_por_peticion"] / 1000 * s["memoria_gb"]
    return (s["sitio_estatico_usd_mes"]
            + millions * p["api_usd_millon"]
            + max(0, millions - p["lambda_millones_gratis"]) * p["lambda_usd_millon"]
            + gb_seconds * p["lambda_usd_gb_s"]
            + millions * s["lecturas_por_peticion"] * p["dynamodb_usd_millon_lecturas"]
            + millions * s["escrituras_por_peticion"] * p["dynamodb_usd_millon_escrituras"])


def crossover_chart(volumes, ec2_monthly):
    """Coste sin servidor frente a EC2 por volumen; devuelve (figura, volumen del cruce)."""
    costs = [serverless_cost(v) for v in volumes]
    crossing = next((v for v, c in zip(volumes, costs, strict=True) if c >= ec2_monthly), None)
    fig, ax = new_chart("Sin servidor frente a EC2", "Peticiones al mes",
                        "Dólares al mes ($)")
    ax.plot(volumes, costs, marker="o", label="Sin servidor (API Gateway + Lambda)")
    ax.plot(volumes, [ec2_monthly] * len(volumes), label="EC2 + equilibrador + NAT")
    if crossing is not None:
        ax.axvline(crossing, color="grey", linestyle="--",
                   label=f"Cruce: {crossing / 1e6:g} millones de peticiones")
    ax.legend()
    return fig, crossing

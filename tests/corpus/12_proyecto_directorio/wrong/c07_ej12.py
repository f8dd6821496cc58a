"""Wrong answers (1 independent exercises): ej12: subnets without their own route table not checked (main table)."""
# fails: ej12-pruebas
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
        everyone = principal == "*" or (isinstance(principal, dict)
                                        and "*" in as_list(principal.get("AWS")))
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
                                               for a in t["Associations"])), None)
        if table is None:
            continue
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

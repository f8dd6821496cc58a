"""Exige reglas de salida en el grupo de seguridad, como si no tuviera estado (5c); en la pregunta 1 resta 2 direcciones."""
# fails: ej5c-pruebas quiz-p1
# message: tiene estado
# %% ej5c-respuesta
def can_connect(ec2, source_ip, instance_id, port, source_port):
    """(permitida, motivo) de una conexión TCP desde Internet a `port` de la instancia."""
    instance = ec2.describe_instances(InstanceIds=[instance_id])["Reservations"][0]["Instances"][0]
    subnet_id = instance["SubnetId"]
    tables = ec2.describe_route_tables(
        Filters=[{"Name": "vpc-id", "Values": [instance["VpcId"]]}])["RouteTables"]
    explicit = [t for t in tables if any(a.get("SubnetId") == subnet_id for a in t["Associations"])]
    main = [t for t in tables if any(a.get("Main") for a in t["Associations"])]
    table = (explicit or main)[0]
    route_out = any(route.get("DestinationCidrBlock") == "0.0.0.0/0"
                    and route.get("GatewayId", "").startswith("igw-")
                    and route.get("State") == "active" for route in table["Routes"])
    if not instance.get("PublicIpAddress") or not route_out:
        return (False, "sin-ruta")
    acl = ec2.describe_network_acls(
        Filters=[{"Name": "association.subnet-id", "Values": [subnet_id]}])["NetworkAcls"][0]
    if not nacl_allows(acl["Entries"], False, source_ip, port):
        return (False, "acl-entrada")
    group_ids = [group["GroupId"] for group in instance["SecurityGroups"]]
    groups = ec2.describe_security_groups(GroupIds=group_ids)["SecurityGroups"]
    if not sg_allows(groups, source_ip, port, []):
        return (False, "grupo-seguridad")
    if not any(group["IpPermissionsEgress"] for group in groups):
        return (False, "grupo-seguridad")
    if not nacl_allows(acl["Entries"], True, source_ip, source_port):
        return (False, "acl-salida")
    return (True, "ok")
# %% quiz-respuestas
# Escribe la letra de cada respuesta entre comillas, por ejemplo: answer_1 = "a"
answer_1 = "b"
answer_2 = "a"
answer_3 = "d"
answer_4 = "b"
answer_5 = "c"

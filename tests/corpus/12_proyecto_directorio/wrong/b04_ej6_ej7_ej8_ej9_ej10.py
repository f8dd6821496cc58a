"""Wrong answers (5 independent exercises): ej6: editing updates the given fields and keeps the old photo; ej7: deleting leaves the photo in the bucket; ej8: any content type uploaded; ej9: IMDSv1 allowed (HttpTokens optional); ej10: internal load balancer."""
# fails: ej6-pruebas ej7-pruebas ej8-pruebas ej9-pruebas ej10-pruebas
# message: borra también su foto
# message: solo se aceptan fotos JPEG o PNG
# message: IMDSv2
# message: internet-facing
# %% ej6-respuesta
FIELDS = ("nombre", "puesto", "departamento", "foto")


def save_employee(dynamodb, table, employee):
    """Guarda (crea o reemplaza) un empleado; devuelve su id."""
    if not employee.get("nombre") or not employee.get("departamento"):
        raise ValueError("Un empleado necesita nombre y departamento")
    employee_id = employee.get("id") or uuid.uuid4().hex
    item = {"id": {"S": employee_id}}
    for field in FIELDS:
        if employee.get(field):
            item[field] = {"S": str(employee[field])}
    dynamodb.update_item(
        TableName=table, Key={"id": item.pop("id")},
        AttributeUpdates={k: {"Value": v, "Action": "PUT"} for k, v in item.items()})
    return employee_id


def get_employee(dynamodb, table, employee_id):
    """El empleado con ese id, como diccionario de textos, o None si no existe."""
    item = dynamodb.get_item(TableName=table, Key={"id": {"S": employee_id}}).get("Item")
    if item is None:
        return None
    return {name: value["S"] for name, value in item.items()}

# %% ej7-respuesta
def list_employees(dynamodb, table, department=None):
    """Todos los empleados (o los de un departamento), ordenados por nombre."""
    if department is None:
        paginator, options = dynamodb.get_paginator("scan"), {"TableName": table}
    else:
        paginator = dynamodb.get_paginator("query")
        options = {"TableName": table, "IndexName": "por_departamento",
                   "KeyConditionExpression": "departamento = :d",
                   "ExpressionAttributeValues": {":d": {"S": department}}}
    employees = [{name: value["S"] for name, value in item.items()}
                 for page in paginator.paginate(**options) for item in page["Items"]]
    return sorted(employees, key=lambda e: e["nombre"])


def delete_employee(dynamodb, s3, table, bucket, employee_id):
    """Borra el empleado y su foto; devuelve True si existía."""
    old = dynamodb.delete_item(TableName=table, Key={"id": {"S": employee_id}},
                               ReturnValues="ALL_OLD").get("Attributes")
    if old is None:
        return False
    return True

# %% ej8-respuesta
def upload_photo(s3, bucket, employee_id, data, content_type):
    """Sube la foto de un empleado a fotos/<id>.jpg (o .png); devuelve la clave."""
    extensions = {"image/jpeg": "jpg", "image/png": "png"}
    key = f"fotos/{employee_id}.{extensions.get(content_type, 'jpg')}"
    s3.put_object(Bucket=bucket, Key=key, Body=data, ContentType=content_type)
    return key


def photo_url(s3, bucket, key, expires_in=3600):
    """Una URL prefirmada (SigV4) para ver la foto durante expires_in segundos."""
    signer = boto3.client("s3", region_name=s3.meta.region_name,
                          endpoint_url=s3.meta.endpoint_url,
                          config=Config(signature_version="s3v4"))
    return signer.generate_presigned_url("get_object", Params={"Bucket": bucket, "Key": key},
                                         ExpiresIn=expires_in)

# %% ej9-respuesta
def create_launch_template(ec2, name, ami_id, profile_arn, app_sg, bucket, table):
    """Crea la plantilla de lanzamiento de la aplicación; devuelve su id."""
    region = ec2.meta.region_name
    script = "\n".join([
        "#!/bin/bash",
        "dnf install -y python3-pip git",
        "git clone https://example.com/fundamentos-aws.git /opt/curso",
        "cd /opt/curso && pip3 install -r requirements.txt",
        f"export PHOTOS_BUCKET={bucket}",
        f"export DYNAMO_TABLE={table}",
        f"export AWS_REGION={region}",
        "export PORT=8000",
        "python3 -m directorio --servir",
    ])
    template = ec2.create_launch_template(LaunchTemplateName=name, LaunchTemplateData={
        "ImageId": ami_id, "InstanceType": "t3.micro",
        "IamInstanceProfile": {"Arn": profile_arn},
        "SecurityGroupIds": [app_sg],
        "MetadataOptions": {"HttpTokens": "optional", "HttpEndpoint": "enabled"},
        "BlockDeviceMappings": [{"DeviceName": "/dev/xvda", "Ebs": {
            "VolumeSize": 8, "VolumeType": "gp3", "Encrypted": True}}],
        "UserData": base64.b64encode(script.encode()).decode()})
    return template["LaunchTemplate"]["LaunchTemplateId"]

# %% ej10-respuesta
def create_load_balancer(elbv2, network, alb_sg):
    """Crea el equilibrador, el grupo de destino y el oyente; devuelve (lb_arn, tg_arn)."""
    lb = elbv2.create_load_balancer(
        Name="directorio-alb", Type="application", Scheme="internal",
        Subnets=network["public_subnets"], SecurityGroups=[alb_sg])["LoadBalancers"][0]
    tg = elbv2.create_target_group(
        Name="directorio-app", Protocol="HTTP", Port=8000, VpcId=network["vpc_id"],
        TargetType="instance", HealthCheckPath="/salud")["TargetGroups"][0]
    elbv2.create_listener(
        LoadBalancerArn=lb["LoadBalancerArn"], Protocol="HTTP", Port=80,
        DefaultActions=[{"Type": "forward", "TargetGroupArn": tg["TargetGroupArn"]}])
    return lb["LoadBalancerArn"], tg["TargetGroupArn"]

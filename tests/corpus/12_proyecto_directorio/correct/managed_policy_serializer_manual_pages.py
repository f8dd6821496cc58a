"""Other correct paths: customer managed policy and a named index ARN, one authorize call per source, a polling loop instead of the waiter, TypeSerializer/TypeDeserializer, manual ExclusiveStartKey paging, get-then-delete, ForwardConfig, "$Default" and the health check set afterwards, horizontal bars with bar_label, axhline for the EC2 line."""
# %% ej1-respuesta
def create_app_role(iam, role_name, bucket, table_arn):
    trust = {"Version": "2012-10-17", "Statement": {
        "Effect": "Allow", "Principal": {"Service": ["ec2.amazonaws.com"]},
        "Action": ["sts:AssumeRole"]}}
    role = iam.create_role(RoleName=role_name, AssumeRolePolicyDocument=json.dumps(trust))
    statements = [{"Effect": "Allow", "Action": action,
                   "Resource": f"arn:aws:s3:::{bucket}/*"}
                  for action in ("s3:GetObject", "s3:PutObject", "s3:DeleteObject")]
    statements.append({"Effect": "Allow",
                       "Action": ["dynamodb:GetItem", "dynamodb:PutItem",
                                  "dynamodb:UpdateItem", "dynamodb:DeleteItem",
                                  "dynamodb:Scan"], "Resource": table_arn})
    statements.append({"Effect": "Allow", "Action": "dynamodb:Query",
                       "Resource": [table_arn, table_arn + "/index/por_departamento"]})
    policy = iam.create_policy(PolicyName=role_name + "-permisos", PolicyDocument=json.dumps(
        {"Version": "2012-10-17", "Statement": statements}))
    iam.attach_role_policy(RoleName=role["Role"]["RoleName"],
                           PolicyArn=policy["Policy"]["Arn"])
    iam.create_instance_profile(InstanceProfileName=role_name)
    iam.add_role_to_instance_profile(InstanceProfileName=role_name, RoleName=role_name)
    profiles = iam.list_instance_profiles_for_role(RoleName=role_name)["InstanceProfiles"]
    return profiles[0]["Arn"]

# %% ej3-respuesta
def create_security_groups(ec2, vpc_id):
    alb = ec2.create_security_group(GroupName="alb", Description="alb", VpcId=vpc_id)
    app = ec2.create_security_group(GroupName="app", Description="app", VpcId=vpc_id)
    for port in (80, 443):
        ec2.authorize_security_group_ingress(GroupId=alb["GroupId"], IpPermissions=[
            {"IpProtocol": "tcp", "FromPort": port, "ToPort": port,
             "IpRanges": [{"CidrIp": "0.0.0.0/0", "Description": "IPv4"}]}])
        ec2.authorize_security_group_ingress(GroupId=alb["GroupId"], IpPermissions=[
            {"IpProtocol": "tcp", "FromPort": port, "ToPort": port,
             "Ipv6Ranges": [{"CidrIpv6": "::/0"}]}])
    ec2.authorize_security_group_ingress(GroupId=app["GroupId"], IpPermissions=[
        {"IpProtocol": "tcp", "FromPort": 8000, "ToPort": 8000,
         "UserIdGroupPairs": [{"GroupId": alb["GroupId"], "Description": "desde el ALB"}]}])
    return (alb["GroupId"], app["GroupId"])

# %% ej5-respuesta
import time


def create_employee_table(dynamodb, table_name):
    keys = [("departamento", "HASH"), ("nombre", "RANGE")]
    dynamodb.create_table(
        TableName=table_name,
        AttributeDefinitions=[{"AttributeName": "id", "AttributeType": "S"},
                              {"AttributeName": "nombre", "AttributeType": "S"},
                              {"AttributeName": "departamento", "AttributeType": "S"}],
        KeySchema=[{"AttributeName": "id", "KeyType": "HASH"}],
        GlobalSecondaryIndexes=[{"IndexName": "por_departamento",
                                 "KeySchema": [{"AttributeName": a, "KeyType": k}
                                               for a, k in keys],
                                 "Projection": {"ProjectionType": "ALL"}}],
        BillingMode="PAY_PER_REQUEST")
    while True:
        table = dynamodb.describe_table(TableName=table_name)["Table"]
        if table["TableStatus"] == "ACTIVE":
            return table["TableArn"]
        time.sleep(1)

# %% ej6-respuesta
from boto3.dynamodb.types import TypeDeserializer, TypeSerializer


def save_employee(dynamodb, table, employee):
    for required in ("nombre", "departamento"):
        if not employee.get(required):
            raise ValueError(f"falta {required}")
    clean = {k: v for k, v in employee.items()
             if k in ("id", "nombre", "puesto", "departamento", "foto") and v}
    clean.setdefault("id", str(uuid.uuid4()))
    serializer = TypeSerializer()
    dynamodb.put_item(TableName=table,
                      Item={k: serializer.serialize(v) for k, v in clean.items()})
    return clean["id"]


def get_employee(dynamodb, table, employee_id):
    response = dynamodb.get_item(TableName=table, Key={"id": {"S": employee_id}},
                                 ConsistentRead=True)
    if "Item" not in response:
        return None
    deserializer = TypeDeserializer()
    return {k: deserializer.deserialize(v) for k, v in response["Item"].items()}

# %% ej7-respuesta
def list_employees(dynamodb, table, department=None):
    request = {"TableName": table}
    if department is not None:
        request.update(IndexName="por_departamento",
                       KeyConditionExpression="#d = :d",
                       ExpressionAttributeNames={"#d": "departamento"},
                       ExpressionAttributeValues={":d": {"S": department}})
    found = []
    while True:
        page = (dynamodb.scan(**request) if department is None
                else dynamodb.query(**request))
        for item in page["Items"]:
            found.append({k: v["S"] for k, v in item.items()})
        if "LastEvaluatedKey" not in page:
            break
        request["ExclusiveStartKey"] = page["LastEvaluatedKey"]
    found.sort(key=lambda employee: employee["nombre"])
    return found


def delete_employee(dynamodb, s3, table, bucket, employee_id):
    item = dynamodb.get_item(TableName=table, Key={"id": {"S": employee_id}}).get("Item")
    if not item:
        return False
    if item.get("foto"):
        s3.delete_object(Bucket=bucket, Key=item["foto"]["S"])
    dynamodb.delete_item(TableName=table, Key={"id": {"S": employee_id}})
    return True

# %% ej8-respuesta
import io


def upload_photo(s3, bucket, employee_id, data, content_type):
    if content_type == "image/jpeg":
        key = "fotos/" + employee_id + ".jpg"
    elif content_type == "image/png":
        key = "fotos/" + employee_id + ".png"
    else:
        raise ValueError("solo JPEG o PNG")
    s3.upload_fileobj(io.BytesIO(data), bucket, key, ExtraArgs={"ContentType": content_type})
    return key


def photo_url(s3, bucket, key, expires_in=3600):
    session = boto3.session.Session(region_name=s3.meta.region_name)
    signer = session.client("s3", config=Config(signature_version="s3v4"),
                            endpoint_url=s3.meta.endpoint_url)
    return signer.generate_presigned_url(ClientMethod="get_object",
                                         Params={"Bucket": bucket, "Key": key},
                                         ExpiresIn=expires_in)

# %% ej10-respuesta
def create_load_balancer(elbv2, network, alb_sg):
    lb_arn = elbv2.create_load_balancer(
        Name="directorio", Subnets=list(network["public_subnets"]),
        SecurityGroups=[alb_sg])["LoadBalancers"][0]["LoadBalancerArn"]
    tg_arn = elbv2.create_target_group(
        Name="directorio-tg", Protocol="HTTP", Port=8000, VpcId=network["vpc_id"],
        HealthCheckPath="/salud", HealthCheckIntervalSeconds=15)["TargetGroups"][0][
        "TargetGroupArn"]
    elbv2.create_listener(LoadBalancerArn=lb_arn, Protocol="HTTP", Port=80, DefaultActions=[
        {"Type": "forward", "ForwardConfig": {"TargetGroups": [{"TargetGroupArn": tg_arn}]}}])
    return lb_arn, tg_arn

# %% ej11-respuesta
def create_auto_scaling(autoscaling, network, template_id, tg_arn):
    autoscaling.create_auto_scaling_group(
        AutoScalingGroupName="directorio", MinSize=2, MaxSize=4, DesiredCapacity=2,
        LaunchTemplate={"LaunchTemplateId": template_id, "Version": "$Default"},
        VPCZoneIdentifier=network["private_subnets"][0] + "," + network["private_subnets"][1],
        TargetGroupARNs=[tg_arn])
    autoscaling.update_auto_scaling_group(AutoScalingGroupName="directorio",
                                          HealthCheckType="ELB", HealthCheckGracePeriod=120)
    autoscaling.put_scaling_policy(
        AutoScalingGroupName="directorio", PolicyName="cpu",
        PolicyType="TargetTrackingScaling", EstimatedInstanceWarmup=120,
        TargetTrackingConfiguration={
            "PredefinedMetricSpecification": {
                "PredefinedMetricType": "ASGAverageCPUUtilization"},
            "TargetValue": 60})
    return "directorio"

# %% ej14-respuesta
def monthly_cost(arch):
    hours = HOURS_PER_MONTH
    costs = {}
    costs["instancias"] = PRICES["ec2_usd_h"][arch["tipo"]] * hours * arch["instancias"]
    costs["equilibrador"] = PRICES["alb_usd_h"] * hours + PRICES["lcu_usd_h"] * arch["lcu"] * hours
    costs["nat"] = arch["nat"] * hours * PRICES["nat_usd_h"] + PRICES["nat_usd_gb"] * arch["nat_gb"]
    costs["almacenamiento"] = (PRICES["s3_usd_gb_mes"] * arch["fotos_gb"]
                               + PRICES["ebs_usd_gb_mes"] * arch["ebs_gb"] * arch["instancias"])
    costs["tabla"] = (PRICES["dynamodb_usd_millon_lecturas"] * arch["lecturas_millones"]
                      + PRICES["dynamodb_usd_millon_escrituras"] * arch["escrituras_millones"]
                      + PRICES["dynamodb_usd_gb_mes"] * arch["tabla_gb"])
    extra = arch["salida_gb"] - PRICES["salida_gb_gratis"]
    costs["transferencia"] = extra * PRICES["salida_usd_gb"] if extra > 0 else 0.0
    return costs


def cost_chart(costs):
    fig, ax = new_chart("¿Dónde se va el dinero?", "USD al mes", "")
    bars = ax.barh(range(len(costs)), list(costs.values()))
    ax.bar_label(bars, labels=list(costs))
    ax.set_yticks([])
    return fig

# %% ej15-respuesta
def serverless_cost(requests_per_month):
    n = requests_per_month
    cost = SERVERLESS["sitio_estatico_usd_mes"]
    cost += n * PRICES["api_usd_millon"] / 1e6
    billable = n - PRICES["lambda_millones_gratis"] * 1e6
    if billable > 0:
        cost += billable * PRICES["lambda_usd_millon"] / 1e6
    gbs = n * (SERVERLESS["ms_por_peticion"] / 1000) * SERVERLESS["memoria_gb"]
    if gbs > PRICES["lambda_gb_s_gratis"]:
        cost += (gbs - PRICES["lambda_gb_s_gratis"]) * PRICES["lambda_usd_gb_s"]
    cost += n * SERVERLESS["lecturas_por_peticion"] * PRICES["dynamodb_usd_millon_lecturas"] / 1e6
    cost += n * SERVERLESS["escrituras_por_peticion"] * PRICES["dynamodb_usd_millon_escrituras"] / 1e6
    return cost


def crossover_chart(volumes, ec2_monthly):
    fig, ax = new_chart("Coste mensual por volumen de peticiones", "Peticiones/mes",
                        "USD/mes")
    costs = []
    crossing = None
    for volume in volumes:
        cost = serverless_cost(volume)
        costs.append(cost)
        if crossing is None and cost >= ec2_monthly:
            crossing = volume
    ax.plot(volumes, costs, label="sin servidor")
    ax.axhline(ec2_monthly, color="black", label="EC2")
    if crossing is not None:
        ax.axvline(x=crossing, linestyle=":", label="cruce")
    ax.legend()
    return fig, crossing

"""Wrong answers (5 independent exercises): ej1: S3 actions on the bucket ARN, not its objects (/*); ej2: private subnets routed to the internet gateway, not the NAT; ej3: app port 8000 open to the internet instead of the ALB's group; ej4: bucket policy for everyone ("*"); ej5: returns without waiting for ACTIVE (moto is active at once)."""
# fails: ej1-pruebas ej2-pruebas ej3-pruebas ej4-pruebas ej5-pruebas
# message: falta permitir s3:DeleteObject sobre los objetos del bucket
# message: debe salir a Internet por la puerta de enlace NAT
# message: solo desde el grupo del equilibrador
# message: Nunca "*"
# message: espera a que esté ACTIVE
# %% ej1-respuesta
def create_app_role(iam, role_name, bucket, table_arn):
    """Crea el rol de la aplicación y su perfil de instancia; devuelve el ARN del perfil."""
    trust = {"Version": "2012-10-17", "Statement": [{
        "Effect": "Allow", "Principal": {"Service": "ec2.amazonaws.com"},
        "Action": "sts:AssumeRole"}]}
    iam.create_role(RoleName=role_name, AssumeRolePolicyDocument=json.dumps(trust))
    policy = {"Version": "2012-10-17", "Statement": [
        {"Sid": "FotosDelDirectorio", "Effect": "Allow",
         "Action": ["s3:GetObject", "s3:PutObject", "s3:DeleteObject"],
         "Resource": f"arn:aws:s3:::{bucket}"},
        {"Sid": "TablaDeEmpleados", "Effect": "Allow",
         "Action": ["dynamodb:GetItem", "dynamodb:PutItem", "dynamodb:UpdateItem",
                    "dynamodb:DeleteItem", "dynamodb:Scan", "dynamodb:Query"],
         "Resource": [table_arn, f"{table_arn}/index/*"]}]}
    iam.put_role_policy(RoleName=role_name, PolicyName="directorio-minimo",
                        PolicyDocument=json.dumps(policy))
    profile = iam.create_instance_profile(InstanceProfileName=role_name)["InstanceProfile"]
    iam.add_role_to_instance_profile(InstanceProfileName=role_name, RoleName=role_name)
    return profile["Arn"]

# %% ej2-respuesta
def build_network(ec2, cidr):
    """Crea la VPC del directorio; devuelve sus ids (vpc_id, public_subnets, private_subnets)."""
    zones = sorted(z["ZoneName"] for z in ec2.describe_availability_zones(
        Filters=[{"Name": "state", "Values": ["available"]}])["AvailabilityZones"])[:2]
    vpc_id = ec2.create_vpc(CidrBlock=cidr)["Vpc"]["VpcId"]
    blocks = list(ipaddress.ip_network(cidr).subnets(new_prefix=24))
    public = [ec2.create_subnet(VpcId=vpc_id, CidrBlock=str(blocks[n]),
                                AvailabilityZone=zone)["Subnet"]["SubnetId"]
              for n, zone in enumerate(zones)]
    private = [ec2.create_subnet(VpcId=vpc_id, CidrBlock=str(blocks[10 + n]),
                                 AvailabilityZone=zone)["Subnet"]["SubnetId"]
               for n, zone in enumerate(zones)]
    igw = ec2.create_internet_gateway()["InternetGateway"]["InternetGatewayId"]
    ec2.attach_internet_gateway(InternetGatewayId=igw, VpcId=vpc_id)
    public_table = ec2.create_route_table(VpcId=vpc_id)["RouteTable"]["RouteTableId"]
    ec2.create_route(RouteTableId=public_table, DestinationCidrBlock="0.0.0.0/0",
                     GatewayId=igw)
    for subnet_id in public:
        ec2.associate_route_table(RouteTableId=public_table, SubnetId=subnet_id)
    eip = ec2.allocate_address(Domain="vpc")["AllocationId"]
    nat = ec2.create_nat_gateway(SubnetId=public[0], AllocationId=eip)["NatGateway"]
    ec2.get_waiter("nat_gateway_available").wait(NatGatewayIds=[nat["NatGatewayId"]])
    private_table = ec2.create_route_table(VpcId=vpc_id)["RouteTable"]["RouteTableId"]
    ec2.create_route(RouteTableId=private_table, DestinationCidrBlock="0.0.0.0/0",
                     GatewayId=igw)
    for subnet_id in private:
        ec2.associate_route_table(RouteTableId=private_table, SubnetId=subnet_id)
    return {"vpc_id": vpc_id, "public_subnets": public, "private_subnets": private}

# %% ej3-respuesta
def create_security_groups(ec2, vpc_id):
    """Crea los grupos del equilibrador y de la aplicación; devuelve (alb_sg, app_sg)."""
    alb = ec2.create_security_group(GroupName="directorio-alb", VpcId=vpc_id,
                                    Description="Equilibrador: HTTP y HTTPS")["GroupId"]
    ec2.authorize_security_group_ingress(GroupId=alb, IpPermissions=[
        {"IpProtocol": "tcp", "FromPort": port, "ToPort": port,
         "IpRanges": [{"CidrIp": "0.0.0.0/0"}], "Ipv6Ranges": [{"CidrIpv6": "::/0"}]}
        for port in (80, 443)])
    app = ec2.create_security_group(GroupName="directorio-app", VpcId=vpc_id,
                                    Description="Aplicacion: solo desde el equilibrador")
    ec2.authorize_security_group_ingress(GroupId=app["GroupId"], IpPermissions=[
        {"IpProtocol": "tcp", "FromPort": 8000, "ToPort": 8000,
         "IpRanges": [{"CidrIp": "0.0.0.0/0"}]}])
    return alb, app["GroupId"]

# %% ej4-respuesta
def create_photo_bucket(s3, bucket, role_arn):
    """Crea el bucket de fotos privado y cifrado, con una política solo para el rol."""
    region = s3.meta.region_name
    if region == "us-east-1":
        s3.create_bucket(Bucket=bucket)
    else:
        s3.create_bucket(Bucket=bucket,
                         CreateBucketConfiguration={"LocationConstraint": region})
    s3.put_public_access_block(Bucket=bucket, PublicAccessBlockConfiguration={
        "BlockPublicAcls": True, "IgnorePublicAcls": True,
        "BlockPublicPolicy": True, "RestrictPublicBuckets": True})
    s3.put_bucket_encryption(Bucket=bucket, ServerSideEncryptionConfiguration={
        "Rules": [{"ApplyServerSideEncryptionByDefault": {"SSEAlgorithm": "AES256"}}]})
    policy = {"Version": "2012-10-17", "Statement": [{
        "Sid": "SoloLaAplicacion", "Effect": "Allow", "Principal": "*",
        "Action": ["s3:GetObject", "s3:PutObject", "s3:DeleteObject"],
        "Resource": f"arn:aws:s3:::{bucket}/*"}]}
    s3.put_bucket_policy(Bucket=bucket, Policy=json.dumps(policy))

# %% ej5-respuesta
def create_employee_table(dynamodb, table_name):
    """Crea la tabla de empleados con su índice por departamento; devuelve su ARN."""
    dynamodb.create_table(
        TableName=table_name, BillingMode="PAY_PER_REQUEST",
        KeySchema=[{"AttributeName": "id", "KeyType": "HASH"}],
        AttributeDefinitions=[{"AttributeName": name, "AttributeType": "S"}
                              for name in ("id", "departamento", "nombre")],
        GlobalSecondaryIndexes=[{
            "IndexName": "por_departamento",
            "KeySchema": [{"AttributeName": "departamento", "KeyType": "HASH"},
                          {"AttributeName": "nombre", "KeyType": "RANGE"}],
            "Projection": {"ProjectionType": "ALL"}}])
    return f"arn:aws:dynamodb:{dynamodb.meta.region_name}:123456789012:table/{table_name}"

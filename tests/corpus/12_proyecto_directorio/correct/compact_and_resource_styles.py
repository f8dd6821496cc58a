"""Other correct paths: a route table per private subnet and subnets cut by hand, the role as a one-element Principal list and no explicit LocationConstraint branch, network interfaces in the template and a quoted script, a review and a fix written as small rule functions."""
# %% ej2-respuesta
def build_network(ec2, cidr):
    zones = [z["ZoneName"] for z in ec2.describe_availability_zones()["AvailabilityZones"]
             if z["State"] == "available"]
    zones = sorted(zones)[:2]
    first, second = cidr.split(".")[:2]
    vpc = ec2.create_vpc(CidrBlock=cidr)["Vpc"]["VpcId"]
    igw = ec2.create_internet_gateway()["InternetGateway"]["InternetGatewayId"]
    ec2.attach_internet_gateway(VpcId=vpc, InternetGatewayId=igw)
    public, private = [], []
    for n, zone in enumerate(zones):
        public.append(ec2.create_subnet(VpcId=vpc, AvailabilityZone=zone,
                                        CidrBlock=f"{first}.{second}.{n}.0/24")["Subnet"]["SubnetId"])
        private.append(ec2.create_subnet(VpcId=vpc, AvailabilityZone=zone,
                                         CidrBlock=f"{first}.{second}.{100 + n}.0/24")["Subnet"]["SubnetId"])
    rt = ec2.create_route_table(VpcId=vpc)["RouteTable"]["RouteTableId"]
    ec2.create_route(RouteTableId=rt, DestinationCidrBlock="0.0.0.0/0", GatewayId=igw)
    for subnet in public:
        ec2.associate_route_table(RouteTableId=rt, SubnetId=subnet)
    address = ec2.allocate_address(Domain="vpc")
    nat_id = ec2.create_nat_gateway(SubnetId=public[0], AllocationId=address["AllocationId"],
                                    ConnectivityType="public")["NatGateway"]["NatGatewayId"]
    for subnet in private:  # one route table per private subnet
        table = ec2.create_route_table(VpcId=vpc)["RouteTable"]["RouteTableId"]
        ec2.create_route(RouteTableId=table, DestinationCidrBlock="0.0.0.0/0",
                         NatGatewayId=nat_id)
        ec2.associate_route_table(RouteTableId=table, SubnetId=subnet)
    return dict(vpc_id=vpc, public_subnets=public, private_subnets=private)

# %% ej4-respuesta
def create_photo_bucket(s3, bucket, role_arn):
    extra = {}
    if s3.meta.region_name != "us-east-1":
        extra["CreateBucketConfiguration"] = {"LocationConstraint": s3.meta.region_name}
    s3.create_bucket(Bucket=bucket, **extra)
    s3.put_public_access_block(Bucket=bucket, PublicAccessBlockConfiguration=dict.fromkeys(
        ["BlockPublicAcls", "IgnorePublicAcls", "BlockPublicPolicy", "RestrictPublicBuckets"],
        True))
    s3.put_bucket_encryption(Bucket=bucket, ServerSideEncryptionConfiguration={"Rules": [
        {"ApplyServerSideEncryptionByDefault": {"SSEAlgorithm": "AES256"},
         "BucketKeyEnabled": True}]})
    s3.put_bucket_policy(Bucket=bucket, Policy=json.dumps({
        "Version": "2012-10-17",
        "Statement": [{"Effect": "Allow", "Principal": {"AWS": [role_arn]},
                       "Action": ["s3:PutObject", "s3:GetObject", "s3:DeleteObject"],
                       "Resource": [f"arn:aws:s3:::{bucket}/*"]}]}))

# %% ej9-respuesta
import textwrap


def create_launch_template(ec2, name, ami_id, profile_arn, app_sg, bucket, table):
    script = textwrap.dedent(f"""\
        #!/bin/bash
        cat > /etc/directorio.env <<FIN
        PHOTOS_BUCKET="{bucket}"
        DYNAMO_TABLE="{table}"
        AWS_REGION="{ec2.meta.region_name}"
        FIN
        systemctl start directorio
        """)
    data = {
        "ImageId": ami_id, "InstanceType": "t3.micro",
        "IamInstanceProfile": {"Arn": profile_arn},
        "NetworkInterfaces": [{"DeviceIndex": 0, "Groups": [app_sg],
                               "AssociatePublicIpAddress": False}],
        "MetadataOptions": {"HttpTokens": "required"},
        "BlockDeviceMappings": [{"DeviceName": "/dev/xvda",
                                 "Ebs": {"Encrypted": True, "VolumeSize": 8,
                                         "VolumeType": "gp3", "DeleteOnTermination": True}}],
        "UserData": base64.b64encode(script.encode("utf-8")).decode("ascii"),
    }
    response = ec2.create_launch_template(LaunchTemplateName=name, LaunchTemplateData=data,
                                          VersionDescription="primera")
    return response["LaunchTemplate"]["LaunchTemplateId"]

# %% ej12-respuesta
OPEN = {"0.0.0.0/0", "::/0"}


def listify(value):
    if value is None:
        return []
    if isinstance(value, list):
        return value
    return [value]


def reaches_ssh(rule):
    if rule["IpProtocol"] in ("-1", "all"):
        return True
    return rule["IpProtocol"] in ("tcp", "6") and rule["FromPort"] <= 22 <= rule["ToPort"]


def open_sources(rule):
    return OPEN & ({r["CidrIp"] for r in rule.get("IpRanges", [])}
                   | {r["CidrIpv6"] for r in rule.get("Ipv6Ranges", [])})


def is_everyone(principal):
    if principal == "*":
        return True
    return isinstance(principal, dict) and "*" in listify(principal.get("AWS"))


def review_architecture(clients, stack):
    ec2, s3, iam, asg = (clients[k] for k in ("ec2", "s3", "iam", "autoscaling"))
    problems = {}
    for group in ec2.describe_security_groups(
            Filters=[{"Name": "vpc-id", "Values": [stack["vpc_id"]]}])["SecurityGroups"]:
        if any(reaches_ssh(r) and open_sources(r) for r in group["IpPermissions"]):
            problems["ssh_abierto"] = f"SSH abierto a todo Internet en {group['GroupName']}."
    try:
        config = s3.get_public_access_block(Bucket=stack["bucket"])
        flags = config["PublicAccessBlockConfiguration"]
        blocked = len(flags) == 4 and all(flags.values())
    except ClientError:
        blocked = False
    try:
        statements = listify(json.loads(
            s3.get_bucket_policy(Bucket=stack["bucket"])["Policy"])["Statement"])
    except ClientError:
        statements = []
    if not blocked or any(s["Effect"] == "Allow" and is_everyone(s.get("Principal"))
                          for s in statements):
        problems["bucket_publico"] = "El bucket de fotos podría quedar abierto al público."
    role = stack["role_name"]
    docs = [iam.get_role_policy(RoleName=role, PolicyName=p)["PolicyDocument"]
            for p in iam.list_role_policies(RoleName=role)["PolicyNames"]]
    for arn in [a["PolicyArn"] for a in
                iam.list_attached_role_policies(RoleName=role)["AttachedPolicies"]]:
        default = iam.get_policy(PolicyArn=arn)["Policy"]["DefaultVersionId"]
        docs.append(iam.get_policy_version(PolicyArn=arn, VersionId=default)[
            "PolicyVersion"]["Document"])
    for doc in docs:
        for s in listify(doc["Statement"]):
            wild = [a for a in listify(s.get("Action")) if a == "*" or a.split(":")[-1] == "*"]
            if s["Effect"] == "Allow" and (wild or "*" in listify(s.get("Resource"))):
                problems["rol_comodin"] = "El rol de la aplicación tiene permisos con comodín."
    group = asg.describe_auto_scaling_groups(
        AutoScalingGroupNames=[stack["group_name"]])["AutoScalingGroups"][0]
    ids = [s for s in group["VPCZoneIdentifier"].split(",") if s]
    subnets = ec2.describe_subnets(SubnetIds=ids)["Subnets"]
    if len(set(s["AvailabilityZone"] for s in subnets)) == 1:
        problems["una_zona"] = "Todas las instancias del grupo caen en la misma zona."
    for subnet in ids:
        tables = ec2.describe_route_tables(
            Filters=[{"Name": "association.subnet-id", "Values": [subnet]}])["RouteTables"]
        if not tables:
            tables = ec2.describe_route_tables(Filters=[
                {"Name": "vpc-id", "Values": [stack["vpc_id"]]},
                {"Name": "association.main", "Values": ["true"]}])["RouteTables"]
        if any("igw-" in (r.get("GatewayId") or "") for t in tables for r in t["Routes"]):
            problems["subred_publica"] = f"La subred {subnet} del grupo es pública."
    template = group["LaunchTemplate"]
    version = ec2.describe_launch_template_versions(
        LaunchTemplateId=template["LaunchTemplateId"], Versions=[template["Version"]])
    mappings = version["LaunchTemplateVersions"][0]["LaunchTemplateData"].get(
        "BlockDeviceMappings", [])
    ebs = [m["Ebs"] for m in mappings if "Ebs" in m]
    if not ebs or any(v.get("Encrypted") is not True for v in ebs):
        problems["ebs_sin_cifrar"] = "Hay discos de EBS sin cifrar en la plantilla."
    return problems

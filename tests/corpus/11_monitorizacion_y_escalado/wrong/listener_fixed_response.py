"""ej1's listener answers 200 itself instead of forwarding; ej7 ignores case."""
# fails: ej1-pruebas ej7-pruebas
# message: reenviar (forward)
# %% ej1-respuesta
def create_web_tier(ec2, elbv2, network, user_data, name):
    """Crea la plantilla, el grupo de destino, el equilibrador de carga y su oyente."""
    template = ec2.create_launch_template(
        LaunchTemplateName=f"{name}-plantilla",
        LaunchTemplateData={
            "ImageId": network["ami_id"],
            "InstanceType": "t3.micro",
            "SecurityGroupIds": [network["app_sg"]],
            "UserData": base64.b64encode(user_data.encode()).decode(),
        },
    )["LaunchTemplate"]
    group = elbv2.create_target_group(
        Name=f"{name}-destinos", Protocol="HTTP", Port=80, VpcId=network["vpc_id"],
        TargetType="instance", HealthCheckPath="/salud", HealthCheckIntervalSeconds=15,
        HealthyThresholdCount=2, UnhealthyThresholdCount=3,
    )["TargetGroups"][0]
    balancer = elbv2.create_load_balancer(
        Name=f"{name}-alb", Type="application", Scheme="internet-facing",
        Subnets=network["public_subnets"], SecurityGroups=[network["alb_sg"]],
    )["LoadBalancers"][0]
    elbv2.create_listener(
        LoadBalancerArn=balancer["LoadBalancerArn"], Protocol="HTTP", Port=80,
        DefaultActions=[{"Type": "fixed-response", "FixedResponseConfig": {"StatusCode": "200"}}],
    )
    return {"launch_template_id": template["LaunchTemplateId"],
            "target_group_arn": group["TargetGroupArn"],
            "load_balancer_arn": balancer["LoadBalancerArn"]}
# %% ej7-respuesta
def log_matches(pattern, message):
    """¿Cumple `message` el patrón de filtro `pattern`?"""
    required, excluded, options = [], [], []
    for prefix, quoted, plain in re.findall(r'([?-]?)(?:"([^"]*)"|(\S+))', pattern):
        {"": required, "-": excluded, "?": options}[prefix].append(quoted or plain)
    return (all(term.lower() in message.lower() for term in required)
            and not any(term.lower() in message.lower() for term in excluded)
            and (not options or any(term.lower() in message.lower() for term in options)))

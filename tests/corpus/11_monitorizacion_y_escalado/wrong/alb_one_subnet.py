"""ej1 gives the ALB one public subnet (moto accepts it; AWS needs two AZs); ej5 makes a new
target wait for healthy_threshold passes instead of one."""
# fails: ej1-pruebas ej5-pruebas
# message: al menos dos zonas
# message: tras la comprobación 1
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
        Subnets=network["public_subnets"][:1], SecurityGroups=[network["alb_sg"]],
    )["LoadBalancers"][0]
    elbv2.create_listener(
        LoadBalancerArn=balancer["LoadBalancerArn"], Protocol="HTTP", Port=80,
        DefaultActions=[{"Type": "forward", "TargetGroupArn": group["TargetGroupArn"]}],
    )
    return {"launch_template_id": template["LaunchTemplateId"],
            "target_group_arn": group["TargetGroupArn"],
            "load_balancer_arn": balancer["LoadBalancerArn"]}
# %% ej5-respuesta
def target_health_states(probes, healthy_threshold, unhealthy_threshold):
    """Estado del destino tras cada comprobación de estado."""
    state, streak, last = "initial", 0, None
    states = []
    for ok in probes:
        streak = streak + 1 if ok == last else 1
        last = ok
        if ok and streak >= healthy_threshold:
            state = "healthy"
        elif not ok and streak >= unhealthy_threshold:
            state = "unhealthy"
        states.append(state)
    return states

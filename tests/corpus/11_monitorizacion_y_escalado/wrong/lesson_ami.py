"""ej1 copies the lesson's AMI id instead of network["ami_id"]; ej4 reads DatapointsToAlarm
as if it were always there (absent, it is N)."""
# fails: ej1-pruebas ej4-pruebas
# %% ej1-respuesta
def create_web_tier(ec2, elbv2, network, user_data, name):
    """Crea la plantilla, el grupo de destino, el equilibrador de carga y su oyente."""
    template = ec2.create_launch_template(
        LaunchTemplateName=f"{name}-plantilla",
        LaunchTemplateData={
            "ImageId": "ami-0abcdef1234567890",
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
        DefaultActions=[{"Type": "forward", "TargetGroupArn": group["TargetGroupArn"]}],
    )
    return {"launch_template_id": template["LaunchTemplateId"],
            "target_group_arn": group["TargetGroupArn"],
            "load_balancer_arn": balancer["LoadBalancerArn"]}
# %% ej4-respuesta
def evaluate_alarm(datapoints, alarm, current_state):
    """Estado de la alarma tras evaluar el rango de evaluación `datapoints`."""
    threshold = alarm["Threshold"]
    operator = alarm["ComparisonOperator"]
    periods = alarm["EvaluationPeriods"]
    to_alarm = alarm["DatapointsToAlarm"]
    treatment = alarm.get("TreatMissingData", "missing")

    def breaching(value):
        return {"GreaterThanThreshold": value > threshold,
                "GreaterThanOrEqualToThreshold": value >= threshold,
                "LessThanThreshold": value < threshold,
                "LessThanOrEqualToThreshold": value <= threshold}[operator]

    present = [breaching(value) for value in datapoints if value is not None]
    if len(present) >= periods:
        return "ALARM" if sum(present[-periods:]) >= to_alarm else "OK"
    bad = sum(present)
    if treatment == "breaching":
        bad += periods - len(present)
    if bad >= to_alarm:
        return "ALARM"
    if treatment in {"breaching", "notBreaching"} or len(present) > bad:
        return "OK"
    return "INSUFFICIENT_DATA" if treatment == "missing" else current_state

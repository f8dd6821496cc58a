"""ej1 puts the script in the launch template as plain text; ej3 uses the whole ARN as the
LoadBalancer dimension."""
# fails: ej1-pruebas ej3-pruebas
# message: codificado en base64
# message: la parte final del ARN
# %% ej1-respuesta
def create_web_tier(ec2, elbv2, network, user_data, name):
    """Crea la plantilla, el grupo de destino, el equilibrador de carga y su oyente."""
    template = ec2.create_launch_template(
        LaunchTemplateName=f"{name}-plantilla",
        LaunchTemplateData={
            "ImageId": network["ami_id"],
            "InstanceType": "t3.micro",
            "SecurityGroupIds": [network["app_sg"]],
            "UserData": user_data,
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
# %% ej3-respuesta
def create_latency_alarm(cloudwatch, name, load_balancer_arn, topic_arn):
    """Alarma: p99 de TargetResponseTime > 0,5 s en 3 de 5 minutos."""
    dimension = load_balancer_arn
    cloudwatch.put_metric_alarm(
        AlarmName=name, Namespace="AWS/ApplicationELB", MetricName="TargetResponseTime",
        Dimensions=[{"Name": "LoadBalancer", "Value": dimension}],
        ExtendedStatistic="p99", Period=60, EvaluationPeriods=5, DatapointsToAlarm=3,
        Threshold=0.5, ComparisonOperator="GreaterThanThreshold",
        TreatMissingData="notBreaching", AlarmActions=[topic_arn], OKActions=[topic_arn],
    )

"""ej1 makes an internal load balancer; ej2 puts the group in the first private subnet only."""
# fails: ej1-pruebas ej2-pruebas
# message: internet-facing
# message: DOS subredes privadas
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
        Name=f"{name}-alb", Type="application", Scheme="internal",
        Subnets=network["public_subnets"], SecurityGroups=[network["alb_sg"]],
    )["LoadBalancers"][0]
    elbv2.create_listener(
        LoadBalancerArn=balancer["LoadBalancerArn"], Protocol="HTTP", Port=80,
        DefaultActions=[{"Type": "forward", "TargetGroupArn": group["TargetGroupArn"]}],
    )
    return {"launch_template_id": template["LaunchTemplateId"],
            "target_group_arn": group["TargetGroupArn"],
            "load_balancer_arn": balancer["LoadBalancerArn"]}
# %% ej2-respuesta
def create_app_group(autoscaling, name, launch_template_id, target_group_arn, private_subnets):
    """Crea el grupo de Auto Scaling (2 a 4 instancias) y su política al 60 % de CPU."""
    autoscaling.create_auto_scaling_group(
        AutoScalingGroupName=name,
        LaunchTemplate={"LaunchTemplateId": launch_template_id, "Version": "$Latest"},
        MinSize=2, MaxSize=4, DesiredCapacity=2,
        VPCZoneIdentifier=private_subnets[0],
        TargetGroupARNs=[target_group_arn],
        HealthCheckType="ELB", HealthCheckGracePeriod=300,
    )
    autoscaling.put_scaling_policy(
        AutoScalingGroupName=name, PolicyName="cpu-60", PolicyType="TargetTrackingScaling",
        TargetTrackingConfiguration={
            "PredefinedMetricSpecification": {"PredefinedMetricType": "ASGAverageCPUUtilization"},
            "TargetValue": 60.0,
        },
    )

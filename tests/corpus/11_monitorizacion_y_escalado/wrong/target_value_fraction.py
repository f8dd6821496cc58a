"""ej2 writes 60 % as 0.6; ej3 writes half a second as 500 (milliseconds)."""
# fails: ej2-pruebas ej3-pruebas
# message: no 0.6
# message: se mide en segundos
# %% ej2-respuesta
def create_app_group(autoscaling, name, launch_template_id, target_group_arn, private_subnets):
    """Crea el grupo de Auto Scaling (2 a 4 instancias) y su política al 60 % de CPU."""
    autoscaling.create_auto_scaling_group(
        AutoScalingGroupName=name,
        LaunchTemplate={"LaunchTemplateId": launch_template_id, "Version": "$Latest"},
        MinSize=2, MaxSize=4, DesiredCapacity=2,
        VPCZoneIdentifier=",".join(private_subnets),
        TargetGroupARNs=[target_group_arn],
        HealthCheckType="ELB", HealthCheckGracePeriod=300,
    )
    autoscaling.put_scaling_policy(
        AutoScalingGroupName=name, PolicyName="cpu-60", PolicyType="TargetTrackingScaling",
        TargetTrackingConfiguration={
            "PredefinedMetricSpecification": {"PredefinedMetricType": "ASGAverageCPUUtilization"},
            "TargetValue": 0.6,
        },
    )
# %% ej3-respuesta
def create_latency_alarm(cloudwatch, name, load_balancer_arn, topic_arn):
    """Alarma: p99 de TargetResponseTime > 0,5 s en 3 de 5 minutos."""
    dimension = load_balancer_arn.split(":loadbalancer/", 1)[1]
    cloudwatch.put_metric_alarm(
        AlarmName=name, Namespace="AWS/ApplicationELB", MetricName="TargetResponseTime",
        Dimensions=[{"Name": "LoadBalancer", "Value": dimension}],
        ExtendedStatistic="p99", Period=60, EvaluationPeriods=5, DatapointsToAlarm=3,
        Threshold=500, ComparisonOperator="GreaterThanThreshold",
        TreatMissingData="notBreaching", AlarmActions=[topic_arn], OKActions=[topic_arn],
    )

"""ej2 keeps EC2's health check (the default); ej5 counts every check, not a streak."""
# fails: ej2-pruebas ej5-pruebas
# message: Con "ELB"
# %% ej2-respuesta
def create_app_group(autoscaling, name, launch_template_id, target_group_arn, private_subnets):
    """Crea el grupo de Auto Scaling (2 a 4 instancias) y su política al 60 % de CPU."""
    autoscaling.create_auto_scaling_group(
        AutoScalingGroupName=name,
        LaunchTemplate={"LaunchTemplateId": launch_template_id, "Version": "$Latest"},
        MinSize=2, MaxSize=4, DesiredCapacity=2,
        VPCZoneIdentifier=",".join(private_subnets),
        TargetGroupARNs=[target_group_arn],
        HealthCheckType="EC2", HealthCheckGracePeriod=300,
    )
    autoscaling.put_scaling_policy(
        AutoScalingGroupName=name, PolicyName="cpu-60", PolicyType="TargetTrackingScaling",
        TargetTrackingConfiguration={
            "PredefinedMetricSpecification": {"PredefinedMetricType": "ASGAverageCPUUtilization"},
            "TargetValue": 60.0,
        },
    )
# %% ej5-respuesta
def target_health_states(probes, healthy_threshold, unhealthy_threshold):
    """Estado del destino tras cada comprobación de estado."""
    state, streak, last = "initial", 0, None
    states = []
    for ok in probes:
        streak = streak + 1
        last = ok
        if ok and (state == "initial" or streak >= healthy_threshold):
            state = "healthy"
        elif not ok and streak >= unhealthy_threshold:
            state = "unhealthy"
        states.append(state)
    return states

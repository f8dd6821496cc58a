"""ej2 asks for no grace period (moto says 300, AWS's API default is 0); ej7 splits the
pattern on spaces, so a quoted phrase becomes two terms."""
# fails: ej2-pruebas ej7-pruebas
# message: en la API de AWS el valor por defecto es 0
# %% ej2-respuesta
def create_app_group(autoscaling, name, launch_template_id, target_group_arn, private_subnets):
    """Crea el grupo de Auto Scaling (2 a 4 instancias) y su política al 60 % de CPU."""
    autoscaling.create_auto_scaling_group(
        AutoScalingGroupName=name,
        LaunchTemplate={"LaunchTemplateId": launch_template_id, "Version": "$Latest"},
        MinSize=2, MaxSize=4, DesiredCapacity=2,
        VPCZoneIdentifier=",".join(private_subnets),
        TargetGroupARNs=[target_group_arn],
        HealthCheckType="ELB",
    )
    autoscaling.put_scaling_policy(
        AutoScalingGroupName=name, PolicyName="cpu-60", PolicyType="TargetTrackingScaling",
        TargetTrackingConfiguration={
            "PredefinedMetricSpecification": {"PredefinedMetricType": "ASGAverageCPUUtilization"},
            "TargetValue": 60.0,
        },
    )
# %% ej7-respuesta
def log_matches(pattern, message):
    """¿Cumple `message` el patrón de filtro `pattern`?"""
    terms = pattern.split()
    required = [t.strip('"') for t in terms if t[0] not in "?-"]
    excluded = [t[1:].strip('"') for t in terms if t[0] == "-"]
    options = [t[1:].strip('"') for t in terms if t[0] == "?"]
    return (all(t in message for t in required) and not any(t in message for t in excluded)
            and (not options or any(t in message for t in options)))

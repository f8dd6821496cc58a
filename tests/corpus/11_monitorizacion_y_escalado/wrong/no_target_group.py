"""ej2 never attaches the group to the target group; ej6a rounds up with int(x) + 1, one
instance too many when the load is an exact multiple."""
# fails: ej2-pruebas ej6a-pruebas
# message: TargetGroupARNs
# %% ej2-respuesta
def create_app_group(autoscaling, name, launch_template_id, target_group_arn, private_subnets):
    """Crea el grupo de Auto Scaling (2 a 4 instancias) y su política al 60 % de CPU."""
    autoscaling.create_auto_scaling_group(
        AutoScalingGroupName=name,
        LaunchTemplate={"LaunchTemplateId": launch_template_id, "Version": "$Latest"},
        MinSize=2, MaxSize=4, DesiredCapacity=2,
        VPCZoneIdentifier=",".join(private_subnets),
        HealthCheckType="ELB", HealthCheckGracePeriod=300,
    )
    autoscaling.put_scaling_policy(
        AutoScalingGroupName=name, PolicyName="cpu-60", PolicyType="TargetTrackingScaling",
        TargetTrackingConfiguration={
            "PredefinedMetricSpecification": {"PredefinedMetricType": "ASGAverageCPUUtilization"},
            "TargetValue": 60.0,
        },
    )
# %% ej6-respuesta
def simulate_scaling(loads, target, min_size, max_size, start, cooldown):
    """Capacidad del grupo tras cada minuto, con la regla del enunciado."""
    capacity, last_change = start, None
    history = []
    for minute, load in enumerate(loads):
        needed = min(max(int(load / target) + 1, min_size), max_size)
        if needed > capacity or (needed < capacity and (
                last_change is None or minute - last_change >= cooldown)):
            capacity, last_change = needed, minute
        history.append(capacity)
    return history


def scaling_chart(loads, target, min_size, max_size, start, cooldown):
    """Carga (en instancias) y capacidad del grupo, minuto a minuto; devuelve la figura."""
    minutes = list(range(len(loads)))
    capacity = simulate_scaling(loads, target, min_size, max_size, start, cooldown)
    fig, ax = new_chart("Seguimiento de destino: la carga y el grupo", "Minuto", "Instancias")
    ax.plot(minutes, [load / target for load in loads], marker="o",
            label="Instancias que pide la carga")
    ax.step(minutes, capacity, where="post", linewidth=2.5, label="Capacidad del grupo")
    ax.axhline(max_size, color="grey", linestyle="--", linewidth=1)
    ax.axhline(min_size, color="grey", linestyle=":", linewidth=1)
    ax.legend()
    return fig

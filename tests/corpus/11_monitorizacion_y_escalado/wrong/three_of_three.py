"""ej3 alarms on 3 of 3 minutes instead of 3 of 5; ej6a waits more than the cooldown (>)."""
# fails: ej3-pruebas ej6a-pruebas
# message: 3 de los últimos 5 minutos
# %% ej3-respuesta
def create_latency_alarm(cloudwatch, name, load_balancer_arn, topic_arn):
    """Alarma: p99 de TargetResponseTime > 0,5 s en 3 de 5 minutos."""
    dimension = load_balancer_arn.split(":loadbalancer/", 1)[1]
    cloudwatch.put_metric_alarm(
        AlarmName=name, Namespace="AWS/ApplicationELB", MetricName="TargetResponseTime",
        Dimensions=[{"Name": "LoadBalancer", "Value": dimension}],
        ExtendedStatistic="p99", Period=60, EvaluationPeriods=3,
        Threshold=0.5, ComparisonOperator="GreaterThanThreshold",
        TreatMissingData="notBreaching", AlarmActions=[topic_arn], OKActions=[topic_arn],
    )
# %% ej6-respuesta
def simulate_scaling(loads, target, min_size, max_size, start, cooldown):
    """Capacidad del grupo tras cada minuto, con la regla del enunciado."""
    capacity, last_change = start, None
    history = []
    for minute, load in enumerate(loads):
        needed = min(max(math.ceil(load / target), min_size), max_size)
        if needed > capacity or (needed < capacity and (
                last_change is None or minute - last_change > cooldown)):
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

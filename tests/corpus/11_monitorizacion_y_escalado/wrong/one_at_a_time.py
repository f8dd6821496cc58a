"""ej6a scales in one instance at a time; ej3 alarms at exactly half a second (>=); ej7 says
an empty pattern matches nothing."""
# fails: ej3-pruebas ej6a-pruebas ej7-pruebas
# message: GreaterThanThreshold
# %% ej3-respuesta
def create_latency_alarm(cloudwatch, name, load_balancer_arn, topic_arn):
    """Alarma: p99 de TargetResponseTime > 0,5 s en 3 de 5 minutos."""
    dimension = load_balancer_arn.split(":loadbalancer/", 1)[1]
    cloudwatch.put_metric_alarm(
        AlarmName=name, Namespace="AWS/ApplicationELB", MetricName="TargetResponseTime",
        Dimensions=[{"Name": "LoadBalancer", "Value": dimension}],
        ExtendedStatistic="p99", Period=60, EvaluationPeriods=5, DatapointsToAlarm=3,
        Threshold=0.5, ComparisonOperator="GreaterThanOrEqualToThreshold",
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
                last_change is None or minute - last_change >= cooldown)):
            capacity, last_change = (needed if needed > capacity else capacity - 1), minute
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
# %% ej7-respuesta
def log_matches(pattern, message):
    """¿Cumple `message` el patrón de filtro `pattern`?"""
    if not pattern.strip():
        return False
    required, excluded, options = [], [], []
    for prefix, quoted, plain in re.findall(r'([?-]?)(?:"([^"]*)"|(\S+))', pattern):
        {"": required, "-": excluded, "?": options}[prefix].append(quoted or plain)
    return (all(term in message for term in required)
            and not any(term in message for term in excluded)
            and (not options or any(term in message for term in options)))

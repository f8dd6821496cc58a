"""ej3 leaves missing data as missing (no traffic would look like no data); ej7 requires
every ?term instead of one."""
# fails: ej3-pruebas ej7-pruebas
# message: notBreaching
# %% ej3-respuesta
def create_latency_alarm(cloudwatch, name, load_balancer_arn, topic_arn):
    """Alarma: p99 de TargetResponseTime > 0,5 s en 3 de 5 minutos."""
    dimension = load_balancer_arn.split(":loadbalancer/", 1)[1]
    cloudwatch.put_metric_alarm(
        AlarmName=name, Namespace="AWS/ApplicationELB", MetricName="TargetResponseTime",
        Dimensions=[{"Name": "LoadBalancer", "Value": dimension}],
        ExtendedStatistic="p99", Period=60, EvaluationPeriods=5, DatapointsToAlarm=3,
        Threshold=0.5, ComparisonOperator="GreaterThanThreshold",
        AlarmActions=[topic_arn], OKActions=[topic_arn],
    )
# %% ej7-respuesta
def log_matches(pattern, message):
    """¿Cumple `message` el patrón de filtro `pattern`?"""
    required, excluded, options = [], [], []
    for prefix, quoted, plain in re.findall(r'([?-]?)(?:"([^"]*)"|(\S+))', pattern):
        {"": required, "-": excluded, "?": required}[prefix].append(quoted or plain)
    return (all(term in message for term in required)
            and not any(term in message for term in excluded)
            and (not options or any(term in message for term in options)))

"""ej3 alarms on the average, not the 99th percentile; ej5 marks a new target unhealthy at
its first failure."""
# fails: ej3-pruebas ej5-pruebas
# message: ExtendedStatistic
# %% ej3-respuesta
def create_latency_alarm(cloudwatch, name, load_balancer_arn, topic_arn):
    """Alarma: p99 de TargetResponseTime > 0,5 s en 3 de 5 minutos."""
    dimension = load_balancer_arn.split(":loadbalancer/", 1)[1]
    cloudwatch.put_metric_alarm(
        AlarmName=name, Namespace="AWS/ApplicationELB", MetricName="TargetResponseTime",
        Dimensions=[{"Name": "LoadBalancer", "Value": dimension}],
        Statistic="Average", Period=60, EvaluationPeriods=5, DatapointsToAlarm=3,
        Threshold=0.5, ComparisonOperator="GreaterThanThreshold",
        TreatMissingData="notBreaching", AlarmActions=[topic_arn], OKActions=[topic_arn],
    )
# %% ej5-respuesta
def target_health_states(probes, healthy_threshold, unhealthy_threshold):
    """Estado del destino tras cada comprobación de estado."""
    state, streak, last = "initial", 0, None
    states = []
    for ok in probes:
        streak = streak + 1 if ok == last else 1
        last = ok
        if ok and (state == "initial" or streak >= healthy_threshold):
            state = "healthy"
        elif not ok and (state == "initial" or streak >= unhealthy_threshold):
            state = "unhealthy"
        states.append(state)
    return states

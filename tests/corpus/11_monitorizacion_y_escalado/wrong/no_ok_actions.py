"""ej3 does not tell the topic when the alarm is over; ej4 takes notBreaching as the
default treatment."""
# fails: ej3-pruebas ej4-pruebas
# message: OKActions
# %% ej3-respuesta
def create_latency_alarm(cloudwatch, name, load_balancer_arn, topic_arn):
    """Alarma: p99 de TargetResponseTime > 0,5 s en 3 de 5 minutos."""
    dimension = load_balancer_arn.split(":loadbalancer/", 1)[1]
    cloudwatch.put_metric_alarm(
        AlarmName=name, Namespace="AWS/ApplicationELB", MetricName="TargetResponseTime",
        Dimensions=[{"Name": "LoadBalancer", "Value": dimension}],
        ExtendedStatistic="p99", Period=60, EvaluationPeriods=5, DatapointsToAlarm=3,
        Threshold=0.5, ComparisonOperator="GreaterThanThreshold",
        TreatMissingData="notBreaching", AlarmActions=[topic_arn],
    )
# %% ej4-respuesta
def evaluate_alarm(datapoints, alarm, current_state):
    """Estado de la alarma tras evaluar el rango de evaluación `datapoints`."""
    threshold = alarm["Threshold"]
    operator = alarm["ComparisonOperator"]
    periods = alarm["EvaluationPeriods"]
    to_alarm = alarm.get("DatapointsToAlarm", periods)
    treatment = alarm.get("TreatMissingData", "notBreaching")

    def breaching(value):
        return {"GreaterThanThreshold": value > threshold,
                "GreaterThanOrEqualToThreshold": value >= threshold,
                "LessThanThreshold": value < threshold,
                "LessThanOrEqualToThreshold": value <= threshold}[operator]

    present = [breaching(value) for value in datapoints if value is not None]
    if len(present) >= periods:
        return "ALARM" if sum(present[-periods:]) >= to_alarm else "OK"
    bad = sum(present)
    if treatment == "breaching":
        bad += periods - len(present)
    if bad >= to_alarm:
        return "ALARM"
    if treatment in {"breaching", "notBreaching"} or len(present) > bad:
        return "OK"
    return "INSUFFICIENT_DATA" if treatment == "missing" else current_state

"""ej3 writes the visible test's dimension whatever the ARN; ej8 sends Lambda and the
firewall fleet to a Network Load Balancer."""
# fails: ej3-pruebas ej8-pruebas
# message: «lambda_http»
# message: «cortafuegos_virtuales»
# %% ej3-respuesta
def create_latency_alarm(cloudwatch, name, load_balancer_arn, topic_arn):
    """Alarma: p99 de TargetResponseTime > 0,5 s en 3 de 5 minutos."""
    dimension = "app/directorio-alb/50dc6c495c0c9188"
    cloudwatch.put_metric_alarm(
        AlarmName=name, Namespace="AWS/ApplicationELB", MetricName="TargetResponseTime",
        Dimensions=[{"Name": "LoadBalancer", "Value": dimension}],
        ExtendedStatistic="p99", Period=60, EvaluationPeriods=5, DatapointsToAlarm=3,
        Threshold=0.5, ComparisonOperator="GreaterThanThreshold",
        TreatMissingData="notBreaching", AlarmActions=[topic_arn], OKActions=[topic_arn],
    )
# %% ej8-respuesta
LOAD_BALANCER_FOR = {
    "web_por_rutas": "ALB",
    "juego_udp": "NLB",
    "cortafuegos_virtuales": "NLB",
    "ip_estatica": "NLB",
    "lambda_http": "NLB",
}

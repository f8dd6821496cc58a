"""Compact answers: the ALB's AZs from a comprehension, the group's subnets written out, a
partition of the ARN, one pass that counts, a while loop, a regular expression with named
groups."""
# %% ej1-respuesta
def create_web_tier(ec2, elbv2, network, user_data, name):
    lt = ec2.create_launch_template(LaunchTemplateName=f"{name}-plantilla", LaunchTemplateData=dict(
        ImageId=network["ami_id"], InstanceType="t3.micro", SecurityGroupIds=[network["app_sg"]],
        UserData=base64.b64encode(bytes(user_data, "utf-8")).decode()))
    tg = elbv2.create_target_group(Name=f"{name}-destinos", Protocol="HTTP", Port=80,
                                   VpcId=network["vpc_id"], HealthCheckProtocol="HTTP",
                                   HealthCheckPath="/salud", HealthCheckIntervalSeconds=15,
                                   HealthyThresholdCount=2, UnhealthyThresholdCount=3)
    tg_arn = tg["TargetGroups"][0]["TargetGroupArn"]
    lb = elbv2.create_load_balancer(Name=f"{name}-alb", Type="application",
                                    Scheme="internet-facing",
                                    Subnets=[s for s in network["public_subnets"]],
                                    SecurityGroups=[network["alb_sg"]])
    lb_arn = lb["LoadBalancers"][0]["LoadBalancerArn"]
    elbv2.create_listener(LoadBalancerArn=lb_arn, Protocol="HTTP", Port=80,
                          DefaultActions=[dict(Type="forward", TargetGroupArn=tg_arn)])
    return dict(launch_template_id=lt["LaunchTemplate"]["LaunchTemplateId"],
                target_group_arn=tg_arn, load_balancer_arn=lb_arn)
# %% ej2-respuesta
def create_app_group(autoscaling, name, launch_template_id, target_group_arn, private_subnets):
    first, second = private_subnets
    autoscaling.create_auto_scaling_group(
        AutoScalingGroupName=name, MinSize=2, MaxSize=4, DesiredCapacity=2,
        LaunchTemplate=dict(LaunchTemplateId=launch_template_id, Version="$Latest"),
        VPCZoneIdentifier=f"{first},{second}", TargetGroupARNs=[target_group_arn],
        HealthCheckType="ELB", HealthCheckGracePeriod=5 * 60)
    autoscaling.put_scaling_policy(
        AutoScalingGroupName=name, PolicyName="cpu-60", PolicyType="TargetTrackingScaling",
        TargetTrackingConfiguration=dict(
            PredefinedMetricSpecification=dict(PredefinedMetricType="ASGAverageCPUUtilization"),
            TargetValue=60.0, DisableScaleIn=False))
# %% ej3-respuesta
def create_latency_alarm(cloudwatch, name, load_balancer_arn, topic_arn):
    _, _, suffix = load_balancer_arn.partition("loadbalancer/")
    cloudwatch.put_metric_alarm(
        AlarmName=name, AlarmDescription="El directorio va lento", ActionsEnabled=True,
        Namespace="AWS/ApplicationELB", MetricName="TargetResponseTime",
        Dimensions=[dict(Name="LoadBalancer", Value=suffix)], ExtendedStatistic="p99",
        Period=60, EvaluationPeriods=5, DatapointsToAlarm=3, Threshold=0.5, Unit="Seconds",
        ComparisonOperator="GreaterThanThreshold", TreatMissingData="notBreaching",
        AlarmActions=[topic_arn], OKActions=[topic_arn])
# %% ej4-respuesta
def evaluate_alarm(datapoints, alarm, current_state):
    t, op = alarm["Threshold"], alarm["ComparisonOperator"]
    n = alarm["EvaluationPeriods"]
    m = alarm.get("DatapointsToAlarm", n)
    treat = alarm.get("TreatMissingData", "missing")
    good = bad = 0
    for value in reversed(datapoints):
        if value is None or good + bad == n:
            continue
        over = value > t if "Greater" in op else value < t
        if "OrEqual" in op:
            over = over or value == t
        bad += over
        good += not over
    if good + bad < n:
        if treat == "breaching":
            bad += n - good - bad
        elif treat == "notBreaching":
            good += n - good - bad
        elif bad < m and good == 0:
            return "INSUFFICIENT_DATA" if treat == "missing" else current_state
    return "ALARM" if bad >= m else "OK"
# %% ej5-respuesta
def target_health_states(probes, healthy_threshold, unhealthy_threshold):
    states, state, run_value, run_length = [], "initial", None, 0
    i = 0
    while i < len(probes):
        run_length = run_length + 1 if probes[i] is run_value else 1
        run_value = probes[i]
        if run_value:
            if state == "initial" or run_length >= healthy_threshold:
                state = "healthy"
        elif run_length >= unhealthy_threshold:
            state = "unhealthy"
        states.append(state)
        i += 1
    return states
# %% ej6-respuesta
def simulate_scaling(loads, target, min_size, max_size, start, cooldown):
    out, capacity, last = [], start, None
    for minute, load in enumerate(loads):
        wanted = sorted([min_size, math.ceil(load / target), max_size])[1]
        grow = wanted > capacity
        shrink = wanted < capacity and (last is None or minute >= last + cooldown)
        if grow or shrink:
            capacity, last = wanted, minute
        out.append(capacity)
    return out


def scaling_chart(loads, target, min_size, max_size, start, cooldown):
    fig, ax = new_chart("Carga frente a capacidad", "Minuto", "Instancias")
    xs = list(range(len(loads)))
    ax.step(xs, simulate_scaling(loads, target, min_size, max_size, start, cooldown),
            where="mid", label="Capacidad")
    ax.plot(xs, [load / target for load in loads], label="Carga / objetivo")
    ax.fill_between(xs, min_size, max_size, alpha=0.1, label="Entre el mínimo y el máximo")
    ax.legend()
    return fig
# %% ej7-respuesta
TERM = re.compile(r'(?P<kind>[?-]?)(?:"(?P<phrase>[^"]*)"|(?P<word>[^\s"]+))')


def log_matches(pattern, message):
    found = {"": [], "-": [], "?": []}
    for m in TERM.finditer(pattern):
        found[m["kind"]].append(m["phrase"] if m["phrase"] is not None else m["word"])
    if not all(term in message for term in found[""]):
        return False
    if any(term in message for term in found["-"]):
        return False
    return not found["?"] or any(term in message for term in found["?"])
# %% ej8-respuesta
LOAD_BALANCER_FOR = {}
for scenario in ["web_por_rutas", "lambda_http"]:
    LOAD_BALANCER_FOR[scenario] = "ALB"
for scenario in ["juego_udp", "ip_estatica"]:
    LOAD_BALANCER_FOR[scenario] = "NLB"
LOAD_BALANCER_FOR["cortafuegos_virtuales"] = "GWLB"

"""Other API paths: ForwardConfig and AWS's defaults (Scheme, Type, TargetType) left implicit,
the target group attached and the health check set after creating the group, the dimension
rebuilt with "/".join, the operator module, counters instead of a streak, ceil by floor
division, plt.subplots and a stepped plot, shlex for the pattern, quiz letters in capitals."""
# %% ej1-respuesta
def create_web_tier(ec2, elbv2, network, user_data, name):
    group_arn = elbv2.create_target_group(
        Name=name + "-destinos", Protocol="HTTP", Port=80, VpcId=network["vpc_id"],
        HealthCheckPath="/salud", HealthCheckIntervalSeconds=15, HealthyThresholdCount=2,
        UnhealthyThresholdCount=3)["TargetGroups"][0]["TargetGroupArn"]
    balancer_arn = elbv2.create_load_balancer(
        Name=name + "-alb", Subnets=list(reversed(network["public_subnets"])),
        SecurityGroups=[network["alb_sg"]])["LoadBalancers"][0]["LoadBalancerArn"]
    elbv2.create_listener(
        LoadBalancerArn=balancer_arn, Protocol="HTTP", Port=80,
        DefaultActions=[{"Type": "forward",
                         "ForwardConfig": {"TargetGroups": [{"TargetGroupArn": group_arn}]}}])
    encoded = base64.standard_b64encode(user_data.encode("utf-8")).decode("ascii")
    template = ec2.create_launch_template(
        LaunchTemplateName=name + "-plantilla",
        LaunchTemplateData={"ImageId": network["ami_id"], "InstanceType": "t3.micro",
                            "SecurityGroupIds": [network["app_sg"]], "UserData": encoded})
    return {"load_balancer_arn": balancer_arn, "target_group_arn": group_arn,
            "launch_template_id": template["LaunchTemplate"]["LaunchTemplateId"]}
# %% ej2-respuesta
def create_app_group(autoscaling, name, launch_template_id, target_group_arn, private_subnets):
    autoscaling.create_auto_scaling_group(
        AutoScalingGroupName=name, MinSize=2, MaxSize=4,
        LaunchTemplate={"LaunchTemplateId": launch_template_id, "Version": "$Latest"},
        VPCZoneIdentifier=",".join(sorted(private_subnets)))
    autoscaling.attach_load_balancer_target_groups(AutoScalingGroupName=name,
                                                   TargetGroupARNs=[target_group_arn])
    autoscaling.update_auto_scaling_group(AutoScalingGroupName=name, HealthCheckType="ELB",
                                          HealthCheckGracePeriod=300)
    config = {"PredefinedMetricSpecification": {"PredefinedMetricType": "ASGAverageCPUUtilization"},
              "TargetValue": 60}
    autoscaling.put_scaling_policy(AutoScalingGroupName=name, PolicyName="cpu-60",
                                   PolicyType="TargetTrackingScaling",
                                   TargetTrackingConfiguration=config)
    return name
# %% ej3-respuesta
def create_latency_alarm(cloudwatch, name, load_balancer_arn, topic_arn):
    settings = {
        "AlarmName": name, "Namespace": "AWS/ApplicationELB", "MetricName": "TargetResponseTime",
        "Dimensions": [{"Name": "LoadBalancer",
                        "Value": "/".join(load_balancer_arn.split("/")[1:])}],
        "ExtendedStatistic": "p99", "Period": 60, "EvaluationPeriods": 5,
        "DatapointsToAlarm": 3, "Threshold": 0.5, "ComparisonOperator": "GreaterThanThreshold",
        "TreatMissingData": "notBreaching", "AlarmActions": [topic_arn], "OKActions": [topic_arn]}
    cloudwatch.put_metric_alarm(**settings)
# %% ej4-respuesta
import operator

COMPARE = {"GreaterThanThreshold": operator.gt, "GreaterThanOrEqualToThreshold": operator.ge,
           "LessThanThreshold": operator.lt, "LessThanOrEqualToThreshold": operator.le}


def evaluate_alarm(datapoints, alarm, current_state):
    compare = COMPARE[alarm["ComparisonOperator"]]
    n = alarm["EvaluationPeriods"]
    m = alarm.get("DatapointsToAlarm") or n
    treat = alarm.get("TreatMissingData") or "missing"
    real = [compare(p, alarm["Threshold"]) for p in datapoints if p is not None]
    if len(real) >= n:
        breaching = real[len(real) - n:].count(True)
        return "ALARM" if breaching >= m else "OK"
    breaching = real.count(True)
    fill = n - len(real)
    if treat == "breaching":
        return "ALARM" if breaching + fill >= m else "OK"
    if breaching >= m:
        return "ALARM"
    if treat == "notBreaching" or False in real:
        return "OK"
    if treat == "ignore":
        return current_state
    return "INSUFFICIENT_DATA"
# %% ej5-respuesta
def target_health_states(probes, healthy_threshold, unhealthy_threshold):
    state = "initial"
    passes = fails = 0
    out = []
    for probe in probes:
        if probe:
            passes, fails = passes + 1, 0
            if state == "initial" or (state == "unhealthy" and passes == healthy_threshold):
                state = "healthy"
        else:
            passes, fails = 0, fails + 1
            if fails == unhealthy_threshold:
                state = "unhealthy"
        out.append(state)
    return out
# %% ej6-respuesta
import matplotlib.pyplot as plt


def simulate_scaling(loads, target, min_size, max_size, start, cooldown):
    capacity = start
    changed_at = -10**9
    ever_changed = False
    result = []
    for t in range(len(loads)):
        needed = -(-loads[t] // target)
        needed = max(min_size, min(max_size, needed))
        if needed > capacity:
            capacity, changed_at, ever_changed = needed, t, True
        elif needed < capacity and (not ever_changed or t - changed_at >= cooldown):
            capacity, changed_at, ever_changed = needed, t, True
        result.append(capacity)
    return result


def scaling_chart(loads, target, min_size, max_size, start, cooldown):
    fig, ax = plt.subplots(figsize=(9, 4))
    t = range(len(loads))
    ax.plot(t, [x / target for x in loads], "--", label="necesarias")
    ax.plot(t, simulate_scaling(loads, target, min_size, max_size, start, cooldown),
            drawstyle="steps-post", label="en el grupo")
    ax.set_title("Carga y capacidad")
    ax.set_xlabel("minuto")
    ax.set_ylabel("instancias")
    ax.legend(loc="upper left")
    return fig
# %% ej7-respuesta
import shlex


def log_matches(pattern, message):
    words = shlex.split(pattern)
    must = [w for w in words if not w.startswith(("?", "-"))]
    never = [w[1:] for w in words if w.startswith("-")]
    either = [w[1:] for w in words if w.startswith("?")]
    if any(w not in message for w in must):
        return False
    if any(w in message for w in never):
        return False
    if either:
        return any(w in message for w in either)
    return True
# %% ej8-respuesta
LOAD_BALANCER_FOR = dict(web_por_rutas="ALB", juego_udp="NLB", cortafuegos_virtuales="GWLB",
                         ip_estatica="NLB", lambda_http="ALB")
# %% quiz-respuestas
answer_1 = " C"
answer_2 = "B "
answer_3 = "D"
answer_4 = "A"
answer_5 = "b"

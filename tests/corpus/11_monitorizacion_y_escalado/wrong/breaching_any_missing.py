"""ej4 (breaching) alarms whenever a point is missing, without counting; ej7 looks for
whole words, so a phrase or «[ERROR]» never matches."""
# fails: ej4-pruebas ej7-pruebas
# %% ej4-respuesta
def evaluate_alarm(datapoints, alarm, current_state):
    """Estado de la alarma tras evaluar el rango de evaluación `datapoints`."""
    threshold = alarm["Threshold"]
    operator = alarm["ComparisonOperator"]
    periods = alarm["EvaluationPeriods"]
    to_alarm = alarm.get("DatapointsToAlarm", periods)
    treatment = alarm.get("TreatMissingData", "missing")

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
        return "ALARM"
    if bad >= to_alarm:
        return "ALARM"
    if treatment in {"breaching", "notBreaching"} or len(present) > bad:
        return "OK"
    return "INSUFFICIENT_DATA" if treatment == "missing" else current_state
# %% ej7-respuesta
def log_matches(pattern, message):
    """¿Cumple `message` el patrón de filtro `pattern`?"""
    required, excluded, options = [], [], []
    for prefix, quoted, plain in re.findall(r'([?-]?)(?:"([^"]*)"|(\S+))', pattern):
        {"": required, "-": excluded, "?": options}[prefix].append(quoted or plain)
    return (all(term in message.split() for term in required)
            and not any(term in message.split() for term in excluded)
            and (not options or any(term in message.split() for term in options)))

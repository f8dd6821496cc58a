"""ej4 looks at the last N slots (missing ones included) instead of the N most recent real
points; ej5 needs one check more than each threshold (>)."""
# fails: ej4-pruebas ej5-pruebas
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

    present = [breaching(value) for value in datapoints[-periods:] if value is not None]
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
# %% ej5-respuesta
def target_health_states(probes, healthy_threshold, unhealthy_threshold):
    """Estado del destino tras cada comprobación de estado."""
    state, streak, last = "initial", 0, None
    states = []
    for ok in probes:
        streak = streak + 1 if ok == last else 1
        last = ok
        if ok and (state == "initial" or streak > healthy_threshold):
            state = "healthy"
        elif not ok and streak > unhealthy_threshold:
            state = "unhealthy"
        states.append(state)
    return states

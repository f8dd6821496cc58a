"""ej4 (missing/ignore) says OK as soon as there is any real point, even one that breaches;
ej6b has no legend."""
# fails: ej4-pruebas ej6b-pruebas
# message: leyenda
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
        bad += periods - len(present)
    if bad >= to_alarm:
        return "ALARM"
    if treatment in {"breaching", "notBreaching"} or present:
        return "OK"
    return "INSUFFICIENT_DATA" if treatment == "missing" else current_state
# %% ej6-respuesta
def simulate_scaling(loads, target, min_size, max_size, start, cooldown):
    """Capacidad del grupo tras cada minuto, con la regla del enunciado."""
    capacity, last_change = start, None
    history = []
    for minute, load in enumerate(loads):
        needed = min(max(math.ceil(load / target), min_size), max_size)
        if needed > capacity or (needed < capacity and (
                last_change is None or minute - last_change >= cooldown)):
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
    return fig

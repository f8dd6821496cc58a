"""Other shapes: the repository settings in a variable, a size check that treats a CPU missing
from the table as None, the layers collected with add() from a tuple comparison, and a chart
with a list of points built in a loop (every 5 %), EC2's line drawn first."""
# %% ej1-respuesta
def create_repository(ecr, name):
    settings = {"scanOnPush": True}
    response = ecr.create_repository(repositoryName=name,
                                     imageScanningConfiguration=settings,
                                     imageTagMutability="IMMUTABLE")
    uri = response["repository"]["repositoryUri"]
    return uri
# %% ej2-respuesta
def valid_fargate_size(cpu, memory):
    def value(text, unit):
        if unit in text:
            return int(float(text.replace(unit, "")) * 1024)
        return int(text)
    allowed = FARGATE_MEMORY.get(value(cpu, "vCPU"))
    return allowed is not None and value(memory, "GB") in allowed
# %% ej8-respuesta
def handed_over(current, target):
    result = set()
    for row in RESPONSIBILITY:
        if (row[current], row[target]) == ("cliente", "AWS"):
            result.add(row["capa"])
    return result
# %% ej10-respuesta
def plot_cost_vs_utilization(vcpu, memory_gb, ec2_hourly):
    per_hour = vcpu * FARGATE_VCPU_HOUR + memory_gb * FARGATE_GB_HOUR
    xs, fargate = [], []
    for pct in range(0, 101, 5):
        xs.append(pct)
        fargate.append(per_hour * HOURS_PER_MONTH * pct / 100)
    fig, ax = new_chart("Fargate o EC2", "Uso del mes en %", "dólares/mes")
    ax.plot(xs, [ec2_hourly * HOURS_PER_MONTH for _ in xs], label="EC2")
    ax.plot(xs, fargate, label="Fargate")
    ax.axvline(min(100.0, 100 * ec2_hourly / per_hour), color="red")
    ax.legend()
    return fig

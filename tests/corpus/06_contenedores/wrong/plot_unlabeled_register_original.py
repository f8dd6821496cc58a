"""Labels the Fargate line and the crossover but not the EC2 line; and validates the size of the
definition it received (an int cpu in the hidden case) before fixing it."""
# fails: ej4-pruebas ej10-pruebas
# message: Pon etiqueta (label=...) a cada línea (EC2)
# %% ej4-respuesta
def register_fargate_task(ecs, definition):
    if not valid_fargate_size(definition["cpu"], definition["memory"]):
        raise ValueError("Fargate no admite ese tamaño")
    fixed = fix_task_definition(definition)
    return ecs.register_task_definition(**fixed)["taskDefinition"]["taskDefinitionArn"]
# %% ej10-respuesta
def plot_cost_vs_utilization(vcpu, memory_gb, ec2_hourly):
    utilization = list(range(0, 101))
    full_month = fargate_monthly_cost(vcpu, memory_gb, HOURS_PER_MONTH)
    fig, ax = new_chart("Fargate frente a EC2", "Utilización (%)", "Coste del mes ($)")
    ax.plot(utilization, [full_month * u / 100 for u in utilization], label="Fargate")
    ax.plot(utilization, [ec2_hourly * HOURS_PER_MONTH] * len(utilization))
    ax.axvline(breakeven_utilization(vcpu, memory_gb, ec2_hourly) * 100, label="Equilibrio")
    ax.legend()
    return fig

"""Draws utilization from 0 to 1 instead of 0 to 100 %."""
# fails: ej10-pruebas
# message: no en fracción
# %% ej10-respuesta
def plot_cost_vs_utilization(vcpu, memory_gb, ec2_hourly):
    u = [i / 100 for i in range(101)]
    full = fargate_monthly_cost(vcpu, memory_gb, HOURS_PER_MONTH)
    fig, ax = new_chart("Fargate frente a EC2", "Utilización (%)", "Coste ($)")
    ax.plot(u, [full * x for x in u], label="Fargate")
    ax.plot(u, [ec2_hourly * HOURS_PER_MONTH] * len(u), label="EC2")
    ax.axvline(breakeven_utilization(vcpu, memory_gb, ec2_hourly), ls="--")
    ax.legend()
    return fig

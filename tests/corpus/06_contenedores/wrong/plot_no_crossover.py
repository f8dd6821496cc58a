"""Both lines right, but the break-even point is not marked."""
# fails: ej10-pruebas
# message: Marca el punto de equilibrio
# %% ej10-respuesta
def plot_cost_vs_utilization(vcpu, memory_gb, ec2_hourly):
    u = list(range(101))
    full = fargate_monthly_cost(vcpu, memory_gb, HOURS_PER_MONTH)
    fig, ax = new_chart("Fargate frente a EC2", "Utilización (%)", "Coste ($)")
    ax.plot(u, [full * x / 100 for x in u], label="Fargate")
    ax.plot(u, [ec2_hourly * HOURS_PER_MONTH] * len(u), label="EC2")
    ax.legend()
    return fig

"""Returns ratios above 1 when Fargate is always cheaper."""
# fails: ej9b-pruebas
# message: una utilización no pasa del 100 %
# %% ej9b-respuesta
def breakeven_utilization(vcpu, memory_gb, ec2_hourly):
    return ec2_hourly / fargate_monthly_cost(vcpu, memory_gb, 1)

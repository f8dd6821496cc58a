"""Returns a percentage (82.4) instead of a fraction; the chart's marker lands at 8240 %."""
# fails: ej9b-pruebas ej10-pruebas
# message: no un porcentaje
# %% ej9b-respuesta
def breakeven_utilization(vcpu, memory_gb, ec2_hourly):
    return min(100.0, 100 * ec2_hourly / fargate_monthly_cost(vcpu, memory_gb, 1))

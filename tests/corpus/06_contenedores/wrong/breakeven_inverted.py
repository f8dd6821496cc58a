"""Divides Fargate's hourly price by EC2's."""
# fails: ej9b-pruebas ej10-pruebas
# message: has dividido al revés
# %% ej9b-respuesta
def breakeven_utilization(vcpu, memory_gb, ec2_hourly):
    return min(1.0, fargate_monthly_cost(vcpu, memory_gb, 1) / ec2_hourly)

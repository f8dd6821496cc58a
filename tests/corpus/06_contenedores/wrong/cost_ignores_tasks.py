"""Forgets to multiply by the number of tasks."""
# fails: ej9a-pruebas
# message: multiplica por tasks
# %% ej9a-respuesta
def fargate_monthly_cost(vcpu, memory_gb, hours, tasks=1):
    return hours * (vcpu * FARGATE_VCPU_HOUR + memory_gb * FARGATE_GB_HOUR)

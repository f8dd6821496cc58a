"""Bills only the vCPUs (and so the break-even and the chart are wrong too)."""
# fails: ej9a-pruebas ej9b-pruebas ej10-pruebas
# message: Solo cuentas las vCPU
# %% ej9a-respuesta
def fargate_monthly_cost(vcpu, memory_gb, hours, tasks=1):
    return tasks * hours * vcpu * FARGATE_VCPU_HOUR

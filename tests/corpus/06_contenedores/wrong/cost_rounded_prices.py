"""Types the prices rounded (0.04 $ per vCPU-hour, 0.0045 $ per GB-hour) instead of using the
constants: about 1 % off, and the break-even and the chart inherit the error."""
# fails: ej9a-pruebas ej9b-pruebas ej10-pruebas
# message: se admite un error relativo
# %% ej9a-respuesta
def fargate_monthly_cost(vcpu, memory_gb, hours, tasks=1):
    return tasks * hours * (vcpu * 0.04 + memory_gb * 0.0045)

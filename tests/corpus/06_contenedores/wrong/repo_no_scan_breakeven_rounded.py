"""Makes the tags immutable but forgets to scan images on push; and rounds the break-even to
two decimals ("ronda 0,82" is an example, the statement asks for the value)."""
# fails: ej1-pruebas ej9b-pruebas ej10-pruebas
# message: imageScanningConfiguration={'scanOnPush': True}
# %% ej1-respuesta
def create_repository(ecr, name):
    return ecr.create_repository(repositoryName=name, imageTagMutability="IMMUTABLE"
                                 )["repository"]["repositoryUri"]
# %% ej9b-respuesta
def breakeven_utilization(vcpu, memory_gb, ec2_hourly):
    return round(min(1.0, ec2_hourly / fargate_monthly_cost(vcpu, memory_gb, 1)), 2)

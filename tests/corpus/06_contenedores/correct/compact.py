"""Short forms: the URI read back with describe_repositories, a regex for the sizes, a dict
comprehension for the fix, subnets by vpc-id, set algebra for the layers, numpy and axhline
in the chart."""
# %% ej1-respuesta
def create_repository(ecr, name):
    ecr.create_repository(repositoryName=name, imageTagMutability="IMMUTABLE",
                          imageScanningConfiguration={"scanOnPush": True})
    return ecr.describe_repositories(repositoryNames=[name])["repositories"][0]["repositoryUri"]
# %% ej2-respuesta
import re

def valid_fargate_size(cpu, memory):
    def parse(text):
        number, unit = re.fullmatch(r"\s*([\d.]+)\s*([A-Za-z]*)\s*", text).groups()
        return int(float(number) * 1024) if unit else int(number)
    return parse(memory) in FARGATE_MEMORY.get(parse(cpu), ())
# %% ej3-respuesta
def fix_task_definition(definition):
    containers = [{k: int(v) if k in ("cpu", "memory") else v for k, v in c.items()}
                  for c in definition["containerDefinitions"]]
    return {**definition, "containerDefinitions": containers, "cpu": str(definition["cpu"]),
            "memory": str(definition["memory"]), "networkMode": "awsvpc",
            "requiresCompatibilities": ["FARGATE"]}
# %% ej5-respuesta
def create_fargate_service(ecs, ec2, cluster_name, service_name, task_definition,
                           security_group_id, desired_count):
    vpc = ec2.describe_vpcs(Filters=[{"Name": "is-default", "Values": ["true"]}])["Vpcs"][0]
    subnets = ec2.describe_subnets(Filters=[{"Name": "vpc-id", "Values": [vpc["VpcId"]]}])
    cluster = ecs.create_cluster(clusterName=cluster_name)["cluster"]["clusterArn"]
    return ecs.create_service(
        cluster=cluster, serviceName=service_name, taskDefinition=task_definition,
        desiredCount=desired_count, launchType="FARGATE",
        networkConfiguration={"awsvpcConfiguration": {
            "subnets": [s["SubnetId"] for s in subnets["Subnets"]],
            "securityGroups": [security_group_id], "assignPublicIp": "ENABLED"}},
    )["service"]["serviceArn"]
# %% ej8-respuesta
def handed_over(current, target):
    mine = {r["capa"] for r in RESPONSIBILITY if r[current] == "cliente"}
    still_mine = {r["capa"] for r in RESPONSIBILITY if r[target] == "cliente"}
    return mine - still_mine
# %% ej9b-respuesta
def breakeven_utilization(vcpu, memory_gb, ec2_hourly):
    u = ec2_hourly * HOURS_PER_MONTH / fargate_monthly_cost(vcpu, memory_gb, HOURS_PER_MONTH)
    return 1.0 if u > 1 else u
# %% ej10-respuesta
import numpy as np

def plot_cost_vs_utilization(vcpu, memory_gb, ec2_hourly):
    x = np.linspace(0, 100, 21)
    fig, ax = new_chart("Coste mensual", "Utilización (%)", "$ al mes")
    ax.plot(x, fargate_monthly_cost(vcpu, memory_gb, HOURS_PER_MONTH) * x / 100,
            label="Fargate")
    ax.axhline(ec2_hourly * HOURS_PER_MONTH, label="EC2", color="k")
    ax.axvline(100 * breakeven_utilization(vcpu, memory_gb, ec2_hourly), ls=":")
    ax.legend()
    return fig

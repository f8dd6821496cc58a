"""Explicit loops: split() for the units, a hand-written copy of each container, the one-off
task in a single default subnet, the EKS cluster polled by hand until ACTIVE (no waiter) and a
Fargate profile that takes the cluster's private subnets by default, an if/else for the cap,
the quiz answers in capitals."""
# %% ej2-respuesta
def valid_fargate_size(cpu, memory):
    parts_cpu = cpu.split()
    parts_mem = memory.split()
    units = float(parts_cpu[0]) * 1024 if len(parts_cpu) == 2 else int(cpu)
    mib = float(parts_mem[0]) * 1024 if len(parts_mem) == 2 else int(memory)
    if int(units) not in FARGATE_MEMORY:
        return False
    return int(mib) in FARGATE_MEMORY[int(units)]
# %% ej3-respuesta
def fix_task_definition(definition):
    result = {}
    for key, value in definition.items():
        if key != "containerDefinitions":
            result[key] = value
    result["containerDefinitions"] = []
    for container in definition["containerDefinitions"]:
        new = dict(container)
        if "cpu" in new:
            new["cpu"] = int(new["cpu"])
        if "memory" in new:
            new["memory"] = int(new["memory"])
        result["containerDefinitions"].append(new)
    result["cpu"] = str(result["cpu"])
    result["memory"] = str(result["memory"])
    result["networkMode"] = "awsvpc"
    result["requiresCompatibilities"] = ["FARGATE"]
    return result
# %% ej4-respuesta
def register_fargate_task(ecs, definition):
    d = fix_task_definition(definition)
    if valid_fargate_size(d["cpu"], d["memory"]) is False:
        raise ValueError("tamaño no válido en Fargate")
    r = ecs.register_task_definition(
        family=d["family"], containerDefinitions=d["containerDefinitions"],
        networkMode=d["networkMode"], requiresCompatibilities=d["requiresCompatibilities"],
        cpu=d["cpu"], memory=d["memory"])
    return r["taskDefinition"]["taskDefinitionArn"]
# %% ej6-respuesta
def run_fargate_task(ecs, ec2, cluster_name, task_definition, security_group_id):
    subnets = []
    for subnet in ec2.describe_subnets()["Subnets"]:
        if subnet["DefaultForAz"]:
            subnets.append(subnet["SubnetId"])
    response = ecs.run_task(cluster=cluster_name, taskDefinition=task_definition,
                            launchType="FARGATE",
                            networkConfiguration={"awsvpcConfiguration": {
                                "subnets": subnets[:1], "securityGroups": [security_group_id],
                                "assignPublicIp": "ENABLED"}})
    tasks = response["tasks"]
    return tasks[0]["taskArn"]
# %% ej7-respuesta
import time

def create_eks_cluster(eks, ec2, name, role_arn, private_subnets):
    public = []
    for subnet in ec2.describe_subnets()["Subnets"]:
        if subnet["DefaultForAz"]:
            public.append(subnet["SubnetId"])
    arn = eks.create_cluster(name=name, roleArn=role_arn,
                             resourcesVpcConfig={"subnetIds": public + private_subnets}
                             )["cluster"]["arn"]
    while eks.describe_cluster(name=name)["cluster"]["status"] != "ACTIVE":
        time.sleep(30)
    # Without subnets, EKS gives the profile the cluster's private subnets.
    eks.create_fargate_profile(clusterName=name, fargateProfileName=name + "-fargate",
                               podExecutionRoleArn=role_arn,
                               selectors=[{"namespace": "serverless"}])
    eks.create_nodegroup(clusterName=name, nodegroupName=name + "-nodos", nodeRole=role_arn,
                         subnets=public, instanceTypes=["t3.medium"],
                         scalingConfig={"desiredSize": 2, "minSize": 2, "maxSize": 4})
    return arn
# %% ej9a-respuesta
def fargate_monthly_cost(vcpu, memory_gb, hours, tasks=1):
    cpu_cost = vcpu * hours * FARGATE_VCPU_HOUR
    memory_cost = memory_gb * hours * FARGATE_GB_HOUR
    return (cpu_cost + memory_cost) * tasks
# %% ej9b-respuesta
def breakeven_utilization(vcpu, memory_gb, ec2_hourly):
    fargate_hour = vcpu * FARGATE_VCPU_HOUR + memory_gb * FARGATE_GB_HOUR
    if fargate_hour <= ec2_hourly:
        return 1.0
    else:
        return ec2_hourly / fargate_hour
# %% quiz-respuestas
answer_1 = "B"
answer_2 = " c "
answer_3 = "a"
answer_4 = "d"
answer_5 = "c"

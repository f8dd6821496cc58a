"""Thin data: fixes only the first container of the task definition (the study guide's has one),
and gives the service only the first two default subnets (two zones, not all of them)."""
# fails: ej3-pruebas ej5-pruebas
# message: no solo el primero
# message: pásalas todas
# %% ej3-respuesta
def fix_task_definition(definition):
    fixed = copy.deepcopy(definition)
    first = fixed["containerDefinitions"][0]
    for key in ("cpu", "memory"):
        if key in first:
            first[key] = int(first[key])
    fixed["cpu"] = str(fixed["cpu"])
    fixed["memory"] = str(fixed["memory"])
    fixed["networkMode"] = "awsvpc"
    fixed["requiresCompatibilities"] = ["FARGATE"]
    return fixed
# %% ej5-respuesta
def create_fargate_service(ecs, ec2, cluster_name, service_name, task_definition,
                           security_group_id, desired_count):
    ecs.create_cluster(clusterName=cluster_name)
    subnets = ec2.describe_subnets(
        Filters=[{"Name": "default-for-az", "Values": ["true"]}])["Subnets"][:2]
    return ecs.create_service(
        cluster=cluster_name, serviceName=service_name, taskDefinition=task_definition,
        desiredCount=desired_count, launchType="FARGATE",
        networkConfiguration={"awsvpcConfiguration": {
            "subnets": [s["SubnetId"] for s in subnets],
            "securityGroups": [security_group_id], "assignPublicIp": "ENABLED"}},
    )["service"]["serviceArn"]

"""Adds FARGATE to the compatibilities already there (["EC2", "FARGATE"]) instead of setting
["FARGATE"]; and runs the one-off task without a public IP (it could not pull its image)."""
# fails: ej3-pruebas ej6-pruebas
# message: requiresCompatibilities debe ser la lista ['FARGATE']
# message: assignPublicIp='ENABLED'
# %% ej3-respuesta
def fix_task_definition(definition):
    fixed = copy.deepcopy(definition)
    for container in fixed["containerDefinitions"]:
        for key in ("cpu", "memory"):
            if key in container:
                container[key] = int(container[key])
    fixed["cpu"] = str(fixed["cpu"])
    fixed["memory"] = str(fixed["memory"])
    fixed["networkMode"] = "awsvpc"
    compatibilities = fixed.get("requiresCompatibilities", [])
    if "FARGATE" not in compatibilities:
        compatibilities = compatibilities + ["FARGATE"]
    fixed["requiresCompatibilities"] = compatibilities
    return fixed
# %% ej6-respuesta
def run_fargate_task(ecs, ec2, cluster_name, task_definition, security_group_id):
    subnets = ec2.describe_subnets(
        Filters=[{"Name": "default-for-az", "Values": ["true"]}])["Subnets"]
    response = ecs.run_task(cluster=cluster_name, taskDefinition=task_definition,
                            launchType="FARGATE", networkConfiguration={"awsvpcConfiguration": {
                                "subnets": [s["SubnetId"] for s in subnets],
                                "securityGroups": [security_group_id]}})
    return response["tasks"][0]["taskArn"]

"""Gives the subnets but no security groups."""
# fails: ej6-pruebas
# message: necesita también 'securityGroups'
# %% ej6-respuesta
def run_fargate_task(ecs, ec2, cluster_name, task_definition, security_group_id):
    subnets = ec2.describe_subnets(
        Filters=[{"Name": "default-for-az", "Values": ["true"]}])["Subnets"]
    response = ecs.run_task(cluster=cluster_name, taskDefinition=task_definition,
                            launchType="FARGATE",
                            networkConfiguration={"awsvpcConfiguration": {
                                "subnets": [s["SubnetId"] for s in subnets]}})
    return response["tasks"][0]["taskArn"]

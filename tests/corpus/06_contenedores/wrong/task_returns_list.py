"""Returns the list of tasks from the response instead of one ARN."""
# fails: ej6-pruebas
# message: debe devolver el ARN de la tarea (un texto)
# %% ej6-respuesta
def run_fargate_task(ecs, ec2, cluster_name, task_definition, security_group_id):
    subnets = ec2.describe_subnets(
        Filters=[{"Name": "default-for-az", "Values": ["true"]}])["Subnets"]
    return ecs.run_task(cluster=cluster_name, taskDefinition=task_definition,
                        launchType="FARGATE",
                        networkConfiguration={"awsvpcConfiguration": {
                            "subnets": [s["SubnetId"] for s in subnets],
                            "securityGroups": [security_group_id],
                            "assignPublicIp": "ENABLED"}})["tasks"]

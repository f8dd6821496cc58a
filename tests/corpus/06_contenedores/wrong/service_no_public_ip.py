"""Leaves assignPublicIp out: the tasks could not pull their image from a public subnet."""
# fails: ej5-pruebas
# message: assignPublicIp='ENABLED'
# %% ej5-respuesta
def create_fargate_service(ecs, ec2, cluster_name, service_name, task_definition,
                           security_group_id, desired_count):
    ecs.create_cluster(clusterName=cluster_name)
    subnets = ec2.describe_subnets(
        Filters=[{"Name": "default-for-az", "Values": ["true"]}])["Subnets"]
    return ecs.create_service(
        cluster=cluster_name, serviceName=service_name, taskDefinition=task_definition,
        desiredCount=desired_count, launchType="FARGATE",
        networkConfiguration={"awsvpcConfiguration": {
            "subnets": [s["SubnetId"] for s in subnets],
            "securityGroups": [security_group_id]}})["service"]["serviceArn"]

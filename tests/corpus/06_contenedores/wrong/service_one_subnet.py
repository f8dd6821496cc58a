"""Puts the whole service in the first default subnet: one zone."""
# fails: ej5-pruebas
# message: si esa zona cae, cae el servicio
# %% ej5-respuesta
def create_fargate_service(ecs, ec2, cluster_name, service_name, task_definition,
                           security_group_id, desired_count):
    ecs.create_cluster(clusterName=cluster_name)
    subnet = ec2.describe_subnets(
        Filters=[{"Name": "default-for-az", "Values": ["true"]}])["Subnets"][0]["SubnetId"]
    return ecs.create_service(
        cluster=cluster_name, serviceName=service_name, taskDefinition=task_definition,
        desiredCount=desired_count, launchType="FARGATE",
        networkConfiguration={"awsvpcConfiguration": {
            "subnets": [subnet], "securityGroups": [security_group_id],
            "assignPublicIp": "ENABLED"}})["service"]["serviceArn"]

"""Always asks for 2 tasks instead of desired_count (passes the visible case only)."""
# fails: ej5-pruebas
# %% ej5-respuesta
def create_fargate_service(ecs, ec2, cluster_name, service_name, task_definition,
                           security_group_id, desired_count):
    ecs.create_cluster(clusterName=cluster_name)
    subnets = ec2.describe_subnets(
        Filters=[{"Name": "default-for-az", "Values": ["true"]}])["Subnets"]
    return ecs.create_service(
        cluster=cluster_name, serviceName=service_name, taskDefinition=task_definition,
        desiredCount=2, launchType="FARGATE",
        networkConfiguration={"awsvpcConfiguration": {
            "subnets": [s["SubnetId"] for s in subnets], "securityGroups": [security_group_id],
            "assignPublicIp": "ENABLED"}})["service"]["serviceArn"]

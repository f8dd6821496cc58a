"""Creates the cluster and the Fargate profile, forgets the node group."""
# fails: ej7-pruebas
# message: grupo de nodos
# %% ej7-respuesta
def create_eks_cluster(eks, ec2, name, role_arn, private_subnets):
    subnets = [s["SubnetId"] for s in ec2.describe_subnets(
        Filters=[{"Name": "default-for-az", "Values": ["true"]}])["Subnets"]]
    arn = eks.create_cluster(name=name, roleArn=role_arn, resourcesVpcConfig={
        "subnetIds": subnets + private_subnets})["cluster"]["arn"]
    eks.get_waiter("cluster_active").wait(name=name)
    eks.create_fargate_profile(clusterName=name, fargateProfileName=f"{name}-fargate",
                               podExecutionRoleArn=role_arn, subnets=private_subnets,
                               selectors=[{"namespace": "serverless"}])
    return arn

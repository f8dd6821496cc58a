"""Builds the cluster on the default subnets only; the private ones go to the profile alone."""
# fails: ej7-pruebas
# message: debe incluir también las subredes privadas
# %% ej7-respuesta
def create_eks_cluster(eks, ec2, name, role_arn, private_subnets):
    subnets = [s["SubnetId"] for s in ec2.describe_subnets(
        Filters=[{"Name": "default-for-az", "Values": ["true"]}])["Subnets"]]
    arn = eks.create_cluster(name=name, roleArn=role_arn,
                             resourcesVpcConfig={"subnetIds": subnets})["cluster"]["arn"]
    eks.get_waiter("cluster_active").wait(name=name)
    eks.create_nodegroup(clusterName=name, nodegroupName=f"{name}-nodos", nodeRole=role_arn,
                         subnets=subnets, instanceTypes=["t3.medium"],
                         scalingConfig={"minSize": 2, "maxSize": 4, "desiredSize": 2})
    eks.create_fargate_profile(clusterName=name, fargateProfileName=f"{name}-fargate",
                               podExecutionRoleArn=role_arn, subnets=private_subnets,
                               selectors=[{"namespace": "serverless"}])
    return arn

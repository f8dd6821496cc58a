"""Adds the node group and the profile right after create_cluster: moto's cluster is ACTIVE at
once, but in AWS it is CREATING for minutes and create_nodegroup is refused."""
# fails: ej7-pruebas
# message: waiter
# %% ej7-respuesta
def create_eks_cluster(eks, ec2, name, role_arn, private_subnets):
    subnets = [s["SubnetId"] for s in ec2.describe_subnets(
        Filters=[{"Name": "default-for-az", "Values": ["true"]}])["Subnets"]]
    arn = eks.create_cluster(name=name, roleArn=role_arn, resourcesVpcConfig={
        "subnetIds": subnets + private_subnets})["cluster"]["arn"]
    eks.create_nodegroup(clusterName=name, nodegroupName=f"{name}-nodos", nodeRole=role_arn,
                         subnets=subnets, instanceTypes=["t3.medium"],
                         scalingConfig={"minSize": 2, "maxSize": 4, "desiredSize": 2})
    eks.create_fargate_profile(clusterName=name, fargateProfileName=f"{name}-fargate",
                               podExecutionRoleArn=role_arn, subnets=private_subnets,
                               selectors=[{"namespace": "serverless"}])
    return arn

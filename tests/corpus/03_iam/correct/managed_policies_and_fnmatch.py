"""Managed policies (create_policy + attach) named after their owner, fnmatch for wildcards,
a dict turned into JSON, the s3:prefix condition, and disassociate-then-associate."""
# %% ej2-respuesta
def create_group_with_policy(group_name, policy_document, user_names):
    iam = boto3.client("iam")
    iam.create_group(GroupName=group_name)
    arn = iam.create_policy(PolicyName=f"{group_name}-permisos",
                            PolicyDocument=json.dumps(policy_document))["Policy"]["Arn"]
    iam.attach_group_policy(GroupName=group_name, PolicyArn=arn)
    for user in user_names:
        iam.add_user_to_group(GroupName=group_name, UserName=user)
# %% ej3-respuesta
def fixed_seed_policy():
    policy = {
        "Version": "2012-10-17",
        "Statement": {
            "Sid": "SoloSuPropioUsuario",
            "Effect": "Allow",
            "Action": ["iam:GetUser", "iam:ChangePassword"],
            "Resource": "arn:aws:iam::*:user/${aws:username}",
        },
    }
    return json.dumps(policy, indent=2)
# %% ej4a-respuesta
import fnmatch


def wildcard_match(pattern, text, ignore_case=False):
    pattern = pattern.replace("[", "[[]")  # in IAM, [ is an ordinary character
    if ignore_case:
        pattern, text = pattern.lower(), text.lower()
    return fnmatch.fnmatchcase(text, pattern)
# %% ej5-respuesta
def grant_prefix_read(user_name, bucket, prefix):
    iam = boto3.client("iam")
    document = {
        "Version": "2012-10-17",
        "Statement": [
            {"Sid": "ListarSoloElPrefijo", "Effect": "Allow", "Action": ["s3:ListBucket"],
             "Resource": [f"arn:aws:s3:::{bucket}"],
             "Condition": {"StringLike": {"s3:prefix": [f"{prefix}*"]}}},
            {"Sid": "LeerElPrefijo", "Effect": "Allow", "Action": ["s3:GetObject"],
             "Resource": [f"arn:aws:s3:::{bucket}/{prefix}*"]},
        ],
    }
    arn = iam.create_policy(PolicyName=f"{user_name}-lectura-{bucket}",
                            PolicyDocument=json.dumps(document))["Policy"]["Arn"]
    iam.attach_user_policy(UserName=user_name, PolicyArn=arn)
# %% ej6-respuesta
def create_instance_role(role_name, bucket, table):
    iam = boto3.client("iam")
    trust = {"Version": "2012-10-17", "Statement": [{
        "Effect": "Allow", "Principal": {"Service": ["ec2.amazonaws.com"]},
        "Action": ["sts:AssumeRole"]}]}
    iam.create_role(RoleName=role_name, AssumeRolePolicyDocument=json.dumps(trust),
                    Description="Rol de la aplicación del directorio de empleados")
    statements = [{"Effect": "Allow", "Action": action, "Resource": f"arn:aws:s3:::{bucket}/*"}
                  for action in APP_S3_ACTIONS]
    statements.append({"Effect": "Allow", "Action": APP_DYNAMODB_ACTIONS,
                       "Resource": f"arn:aws:dynamodb:*:*:table/{table}"})
    arn = iam.create_policy(PolicyName=f"{role_name}-permisos", PolicyDocument=json.dumps(
        {"Version": "2012-10-17", "Statement": statements}))["Policy"]["Arn"]
    iam.attach_role_policy(RoleName=role_name, PolicyArn=arn)
    iam.create_instance_profile(InstanceProfileName=role_name)
    iam.add_role_to_instance_profile(InstanceProfileName=role_name, RoleName=role_name)
    return iam.get_instance_profile(InstanceProfileName=role_name)["InstanceProfile"]["Arn"]
# %% ej7-respuesta
def attach_instance_profile(instance_id, profile_name):
    ec2 = boto3.client("ec2", region_name=REGION)
    found = ec2.describe_iam_instance_profile_associations(
        Filters=[{"Name": "instance-id", "Values": [instance_id]}])
    for association in found["IamInstanceProfileAssociations"]:
        if association["State"] == "associated":
            ec2.disassociate_iam_instance_profile(AssociationId=association["AssociationId"])
    new = ec2.associate_iam_instance_profile(IamInstanceProfile={"Name": profile_name},
                                             InstanceId=instance_id)
    return new["IamInstanceProfileAssociation"]["AssociationId"]

"""Returns the whole response where one field was asked for, twice: create_access_key's
response, and the profile's ARN instead of the association id."""
# fails: ej1-pruebas ej7-pruebas
# message: Devuelves la respuesta entera de create_access_key
# message: debe devolver el identificador de la asociación
# %% ej1-respuesta
def create_user_with_access_key(user_name):
    iam = boto3.client("iam")
    iam.create_user(UserName=user_name)
    return iam.create_access_key(UserName=user_name)
# %% ej7-respuesta
def attach_instance_profile(instance_id, profile_name):
    ec2 = boto3.client("ec2")
    current = ec2.describe_iam_instance_profile_associations(
        Filters=[{"Name": "instance-id", "Values": [instance_id]}])["IamInstanceProfileAssociations"]
    current = [a for a in current if a["State"] == "associated"]
    if current:
        response = ec2.replace_iam_instance_profile_association(
            IamInstanceProfile={"Name": profile_name}, AssociationId=current[0]["AssociationId"])
    else:
        response = ec2.associate_iam_instance_profile(
            IamInstanceProfile={"Name": profile_name}, InstanceId=instance_id)
    return response["IamInstanceProfileAssociation"]["IamInstanceProfile"]["Arn"]

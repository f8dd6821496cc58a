"""Always calls associate_iam_instance_profile: fails when the instance already has a profile."""
# fails: ej7-pruebas
# message: hay que sustituirlo con replace_iam_instance_profile_association
# %% ej7-respuesta
def attach_instance_profile(instance_id, profile_name):
    response = boto3.client("ec2").associate_iam_instance_profile(
        IamInstanceProfile={"Name": profile_name}, InstanceId=instance_id)
    return response["IamInstanceProfileAssociation"]["AssociationId"]

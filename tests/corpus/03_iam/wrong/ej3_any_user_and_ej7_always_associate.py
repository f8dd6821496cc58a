"""Two independent mistakes: ej3's policy is valid but on every user ("*"); ej7 always calls
associate_iam_instance_profile, which fails when the instance already has a profile."""
# fails: ej3-pruebas ej7-pruebas
# message: El recurso debe ser el propio usuario
# message: hay que sustituirlo con replace_iam_instance_profile_association
# %% ej3-respuesta
def fixed_seed_policy():
    return json.dumps({"Version": "2012-10-17", "Statement": [{
        "Effect": "Allow", "Action": ["iam:ChangePassword", "iam:GetUser"], "Resource": "*"}]})
# %% ej7-respuesta
def attach_instance_profile(instance_id, profile_name):
    response = boto3.client("ec2").associate_iam_instance_profile(
        IamInstanceProfile={"Name": profile_name}, InstanceId=instance_id)
    return response["IamInstanceProfileAssociation"]["AssociationId"]

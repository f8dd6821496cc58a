"""Two independent mistakes: ej4a anchors the regex with ^...$ and re.match (a final "\n" still
matches: "$" accepts a trailing newline); ej7 lists every association of the account and replaces
the first one, which may belong to another instance."""
# fails: ej4a-pruebas ej7-pruebas
# message: ha cambiado el perfil de otra instancia
# %% ej4a-respuesta
def wildcard_match(pattern, text, ignore_case=False):
    regex = "".join(".*" if c == "*" else "." if c == "?" else re.escape(c) for c in pattern)
    flags = re.DOTALL | (re.IGNORECASE if ignore_case else 0)
    return re.match("^" + regex + "$", text, flags) is not None
# %% ej7-respuesta
def attach_instance_profile(instance_id, profile_name):
    ec2 = boto3.client("ec2")
    current = ec2.describe_iam_instance_profile_associations()["IamInstanceProfileAssociations"]
    profile = {"Name": profile_name}
    if current:
        reply = ec2.replace_iam_instance_profile_association(
            IamInstanceProfile=profile, AssociationId=current[0]["AssociationId"])
    else:
        reply = ec2.associate_iam_instance_profile(IamInstanceProfile=profile,
                                                   InstanceId=instance_id)
    return reply["IamInstanceProfileAssociation"]["AssociationId"]

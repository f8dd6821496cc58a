"""Answers that lean on the course's own package instead of boto3: ej7 finds the current
association with the checks' helper; ej8 assumes the role with iam_access.session_as_role, which
does it as the administrator (not with the developer's session) and would pass every call."""
# fails: ej7-pruebas ej8-pruebas
# message: attach_instance_profile usa fundamentos_aws.checks.iam
# message: assume_role_session usa fundamentos_aws.iam_access
# %% ej7-respuesta
def attach_instance_profile(instance_id, profile_name):
    ec2 = boto3.client("ec2")
    current = check03.profile_associations(instance_id)
    if current:
        reply = ec2.replace_iam_instance_profile_association(
            IamInstanceProfile={"Name": profile_name}, AssociationId=current[0]["AssociationId"])
    else:
        reply = ec2.associate_iam_instance_profile(IamInstanceProfile={"Name": profile_name},
                                                   InstanceId=instance_id)
    return reply["IamInstanceProfileAssociation"]["AssociationId"]
# %% ej8-respuesta
from fundamentos_aws.iam_access import session_as_role


def assume_role_session(session, role_arn, session_name):
    return session_as_role(role_arn, session_name, session.region_name)

"""A hand-written recursive matcher, an evaluator that collects effects first, a key dict
built by hand, explicit loops, and a session built from the client's region."""
# %% ej1-respuesta
def create_user_with_access_key(user_name):
    iam = boto3.client("iam")
    user = iam.create_user(UserName=user_name)["User"]
    key = iam.create_access_key(UserName=user["UserName"])["AccessKey"]
    return {"AccessKeyId": key["AccessKeyId"], "SecretAccessKey": key["SecretAccessKey"]}
# %% ej4a-respuesta
from functools import lru_cache


def wildcard_match(pattern, text, ignore_case=False):
    if ignore_case:
        pattern, text = pattern.casefold(), text.casefold()

    @lru_cache(maxsize=None)
    def match(i, j):
        if i == len(pattern):
            return j == len(text)
        if pattern[i] == "*":
            return match(i + 1, j) or (j < len(text) and match(i, j + 1))
        if j < len(text) and (pattern[i] == "?" or pattern[i] == text[j]):
            return match(i + 1, j + 1)
        return False

    return match(0, 0)
# %% ej4b-respuesta
def is_allowed(policies, action, resource, username):
    effects = set()
    for policy in policies:
        block = policy["Statement"]
        if isinstance(block, dict):
            block = [block]
        for statement in block:
            actions = statement["Action"]
            if isinstance(actions, str):
                actions = [actions]
            resources = statement["Resource"]
            if isinstance(resources, str):
                resources = [resources]
            action_ok = False
            for pattern in actions:
                if wildcard_match(pattern, action, ignore_case=True):
                    action_ok = True
            resource_ok = False
            for pattern in resources:
                if "${aws:username}" in pattern and username is None:
                    continue
                if wildcard_match(pattern.replace("${aws:username}", username or ""), resource):
                    resource_ok = True
            if action_ok and resource_ok:
                effects.add(statement["Effect"])
    return "Deny" not in effects and "Allow" in effects
# %% ej7-respuesta
def attach_instance_profile(instance_id, profile_name):
    ec2 = boto3.client("ec2")
    associations = ec2.describe_iam_instance_profile_associations()["IamInstanceProfileAssociations"]
    mine = [a["AssociationId"] for a in associations
            if a["InstanceId"] == instance_id and a["State"] != "disassociated"]
    profile = {"Name": profile_name}
    if mine:
        reply = ec2.replace_iam_instance_profile_association(IamInstanceProfile=profile,
                                                             AssociationId=mine[0])
    else:
        reply = ec2.associate_iam_instance_profile(IamInstanceProfile=profile,
                                                   InstanceId=instance_id)
    return reply["IamInstanceProfileAssociation"]["AssociationId"]
# %% ej8-respuesta
def assume_role_session(session, role_arn, session_name):
    sts = session.client("sts")
    credentials = sts.assume_role(RoleArn=role_arn, RoleSessionName=session_name,
                                  DurationSeconds=900)["Credentials"]
    keys = {"aws_access_key_id": credentials["AccessKeyId"],
            "aws_secret_access_key": credentials["SecretAccessKey"],
            "aws_session_token": credentials["SessionToken"]}
    return boto3.Session(region_name=sts.meta.region_name, **keys)

"""Puts the policy on each user instead of on the group: newcomers would get nothing."""
# fails: ej2-pruebas
# message: La política debe ir en el grupo, no en cada usuario
# %% ej2-respuesta
def create_group_with_policy(group_name, policy_document, user_names):
    iam = boto3.client("iam")
    iam.create_group(GroupName=group_name)
    for user_name in user_names:
        iam.add_user_to_group(GroupName=group_name, UserName=user_name)
        iam.put_user_policy(UserName=user_name, PolicyName="permisos",
                            PolicyDocument=json.dumps(policy_document))

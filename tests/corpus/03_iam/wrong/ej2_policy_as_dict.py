"""Passes the policy to IAM as a Python dict, not as JSON text."""
# fails: ej2-pruebas
# message: usa json.dumps(politica)
# %% ej2-respuesta
def create_group_with_policy(group_name, policy_document, user_names):
    iam = boto3.client("iam")
    iam.create_group(GroupName=group_name)
    iam.put_group_policy(GroupName=group_name, PolicyName="permisos",
                         PolicyDocument=policy_document)
    for user_name in user_names:
        iam.add_user_to_group(GroupName=group_name, UserName=user_name)

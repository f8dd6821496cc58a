"""A managed policy with a fixed name: the second group cannot be created."""
# fails: ej2-pruebas
# message: usa un nombre que dependa del usuario, grupo o rol
# %% ej2-respuesta
def create_group_with_policy(group_name, policy_document, user_names):
    iam = boto3.client("iam")
    iam.create_group(GroupName=group_name)
    arn = iam.create_policy(PolicyName="permisos-del-equipo",
                            PolicyDocument=json.dumps(policy_document))["Policy"]["Arn"]
    iam.attach_group_policy(GroupName=group_name, PolicyArn=arn)
    for user_name in user_names:
        iam.add_user_to_group(GroupName=group_name, UserName=user_name)

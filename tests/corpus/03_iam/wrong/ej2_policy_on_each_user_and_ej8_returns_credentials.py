"""Two independent mistakes: ej2 puts the policy on each user instead of on the group (newcomers get
nothing); ej8 returns STS's credentials instead of a session built from them."""
# fails: ej2-pruebas ej8-pruebas
# message: La política debe ir en el grupo, no en cada usuario
# message: Devuelves las credenciales
# %% ej2-respuesta
def create_group_with_policy(group_name, policy_document, user_names):
    iam = boto3.client("iam")
    iam.create_group(GroupName=group_name)
    for user_name in user_names:
        iam.add_user_to_group(GroupName=group_name, UserName=user_name)
        iam.put_user_policy(UserName=user_name, PolicyName="permisos",
                            PolicyDocument=json.dumps(policy_document))
# %% ej8-respuesta
def assume_role_session(session, role_arn, session_name):
    return session.client("sts").assume_role(
        RoleArn=role_arn, RoleSessionName=session_name)["Credentials"]

"""Returns STS's credentials instead of a session built from them."""
# fails: ej8-pruebas
# message: Devuelves las credenciales
# %% ej8-respuesta
def assume_role_session(session, role_arn, session_name):
    return session.client("sts").assume_role(
        RoleArn=role_arn, RoleSessionName=session_name)["Credentials"]

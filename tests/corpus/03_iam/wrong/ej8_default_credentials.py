"""Calls STS with boto3.client instead of the developer's session: the call is not the developer's."""
# fails: ej8-pruebas
# message: haz las llamadas con la sesión que recibe
# %% ej8-respuesta
def assume_role_session(session, role_arn, session_name):
    credentials = boto3.client("sts").assume_role(
        RoleArn=role_arn, RoleSessionName=session_name)["Credentials"]
    return boto3.Session(aws_access_key_id=credentials["AccessKeyId"],
                         aws_secret_access_key=credentials["SecretAccessKey"],
                         aws_session_token=credentials["SessionToken"],
                         region_name=session.region_name)

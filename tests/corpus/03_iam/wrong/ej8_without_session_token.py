"""Builds the session with two of the three parts of the temporary credentials."""
# fails: ej8-pruebas
# message: aws_session_token
# %% ej8-respuesta
def assume_role_session(session, role_arn, session_name):
    credentials = session.client("sts").assume_role(
        RoleArn=role_arn, RoleSessionName=session_name)["Credentials"]
    return boto3.Session(aws_access_key_id=credentials["AccessKeyId"],
                         aws_secret_access_key=credentials["SecretAccessKey"],
                         region_name=session.region_name)

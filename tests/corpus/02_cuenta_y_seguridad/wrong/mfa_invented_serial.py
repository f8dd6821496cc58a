"""Enables a serial number it never created."""
# fails: ej6-pruebas
# message: No existe ningún dispositivo MFA virtual con el número de serie
# %% ej6-respuesta
def enable_mfa(user_name):
    serial = f"arn:aws:iam::123456789012:mfa/{user_name}"
    boto3.client("iam").enable_mfa_device(UserName=user_name, SerialNumber=serial,
                                          AuthenticationCode1="123456",
                                          AuthenticationCode2="234567")
    return serial

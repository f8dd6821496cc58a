"""Two independent mistakes. Enables a serial number it never created. And: Does not quote values with spaces."""
# fails: ej6-pruebas ej1-pruebas
# message: No existe ningún dispositivo MFA virtual con el número de serie
# message: un valor con espacios debe ir entre comillas
# %% ej6-respuesta
def enable_mfa(user_name):
    serial = f"arn:aws:iam::123456789012:mfa/{user_name}"
    boto3.client("iam").enable_mfa_device(UserName=user_name, SerialNumber=serial,
                                          AuthenticationCode1="123456",
                                          AuthenticationCode2="234567")
    return serial
# %% ej1-respuesta
import shlex

from botocore import xform_name


def cli_command(service, operation, params):
    words = ["aws", service, operation.replace("_", "-")]
    for name, value in params.items():
        option = xform_name(name, "-")
        if value is True:
            words.append(f"--{option}")
        elif value is False:
            words.append(f"--no-{option}")
        else:
            words += [f"--{option}", str(value)]
    return " ".join(words)

"""Sends codes 60 s apart: not consecutive."""
# fails: ej6-pruebas
# message: no son dos códigos consecutivos y actuales
# %% ej6-respuesta
def enable_mfa(user_name):
    iam = boto3.client("iam")
    device = iam.create_virtual_mfa_device(VirtualMFADeviceName=user_name)["VirtualMFADevice"]
    seed, now = device["Base32StringSeed"], time.time()
    iam.enable_mfa_device(UserName=user_name, SerialNumber=device["SerialNumber"],
                          AuthenticationCode1=totp_code(seed, now), AuthenticationCode2=totp_code(seed, now + 60))
    return device["SerialNumber"]

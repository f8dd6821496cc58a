"""Trusts that any 6 digits work, as they do in moto."""
# fails: ej6-pruebas
# message: moto los aceptaría igual, pero AWS respondería InvalidAuthenticationCode
# %% ej6-respuesta
def enable_mfa(user_name):
    iam = boto3.client("iam")
    device = iam.create_virtual_mfa_device(VirtualMFADeviceName=user_name)["VirtualMFADevice"]
    seed, now = device["Base32StringSeed"], time.time()
    iam.enable_mfa_device(UserName=user_name, SerialNumber=device["SerialNumber"],
                          AuthenticationCode1="123456", AuthenticationCode2="654321")
    return device["SerialNumber"]

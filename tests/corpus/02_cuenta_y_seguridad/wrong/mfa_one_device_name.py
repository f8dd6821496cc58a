"""Names every device 'mfa': the second user's fails."""
# fails: ej6-pruebas
# message: el dispositivo debe llamarse como el usuario
# %% ej6-respuesta
def enable_mfa(user_name):
    iam = boto3.client("iam")
    device = iam.create_virtual_mfa_device(VirtualMFADeviceName="mfa")["VirtualMFADevice"]
    seed, now = device["Base32StringSeed"], time.time()
    iam.enable_mfa_device(UserName=user_name, SerialNumber=device["SerialNumber"],
                          AuthenticationCode1=totp_code(seed, now), AuthenticationCode2=totp_code(seed, now + 30))
    return device["SerialNumber"]

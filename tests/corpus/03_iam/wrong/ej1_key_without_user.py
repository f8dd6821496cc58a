"""Creates the access key without UserName (in AWS it would belong to the caller)."""
# fails: ej1-pruebas
# message: Pasa UserName=user_name a create_access_key
# %% ej1-respuesta
def create_user_with_access_key(user_name):
    iam = boto3.client("iam")
    iam.create_user(UserName=user_name)
    return iam.create_access_key()["AccessKey"]

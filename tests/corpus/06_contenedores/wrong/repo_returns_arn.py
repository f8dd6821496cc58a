"""Returns the repository's ARN instead of its URI."""
# fails: ej1-pruebas
# message: Devuelves el ARN del repositorio
# %% ej1-respuesta
def create_repository(ecr, name):
    return ecr.create_repository(repositoryName=name, imageTagMutability="IMMUTABLE",
                                 imageScanningConfiguration={"scanOnPush": True}
                                 )["repository"]["repositoryArn"]

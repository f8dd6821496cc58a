"""Scans on push but leaves the tags mutable (the default)."""
# fails: ej1-pruebas
# message: imageTagMutability='IMMUTABLE'
# %% ej1-respuesta
def create_repository(ecr, name):
    return ecr.create_repository(repositoryName=name,
                                 imageScanningConfiguration={"scanOnPush": True}
                                 )["repository"]["repositoryUri"]

"""Creates the function with the python3.9 runtime (copied from an old example) instead of the
python3.12 the statement asks for."""
# fails: ej6-pruebas
# message: el enunciado pide 'python3.12'
# %% ej6-respuesta
def deploy_function(iam, lam, name, zip_bytes, handler, memory_mb, timeout_s, env):
    trust = {"Version": "2012-10-17", "Statement": [{
        "Effect": "Allow", "Principal": {"Service": "lambda.amazonaws.com"},
        "Action": "sts:AssumeRole"}]}
    role = iam.create_role(RoleName=f"{name}-rol", AssumeRolePolicyDocument=json.dumps(trust))
    return lam.create_function(
        FunctionName=name, Runtime="python3.9", Role=role["Role"]["Arn"], Handler=handler,
        Code={"ZipFile": zip_bytes}, MemorySize=memory_mb, Timeout=timeout_s,
        Environment={"Variables": env})["FunctionArn"]

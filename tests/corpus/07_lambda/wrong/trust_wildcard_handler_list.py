"""Allows "sts:*" in the trust policy instead of sts:AssumeRole; and returns the handler's
parts as a list where the statement asks for a tuple."""
# fails: ej1-pruebas ej6-pruebas
# message: debe devolver una tupla (archivo, función)
# message: exactamente la acción "sts:AssumeRole"
# %% ej1-respuesta
def handler_parts(handler):
    module, dot, function = handler.rpartition(".")
    if not dot or not module or not function:
        raise ValueError(f"«{handler}» no tiene la forma archivo.función")
    return [module.replace(".", "/") + ".py", function]
# %% ej6-respuesta
def deploy_function(iam, lam, name, zip_bytes, handler, memory_mb, timeout_s, env):
    trust = {"Version": "2012-10-17", "Statement": [{
        "Effect": "Allow", "Principal": {"Service": "lambda.amazonaws.com"},
        "Action": "sts:*"}]}
    role = iam.create_role(RoleName=f"{name}-rol", AssumeRolePolicyDocument=json.dumps(trust))
    return lam.create_function(
        FunctionName=name, Runtime="python3.12", Role=role["Role"]["Arn"], Handler=handler,
        Code={"ZipFile": zip_bytes}, MemorySize=memory_mb, Timeout=timeout_s,
        Environment={"Variables": env})["FunctionArn"]

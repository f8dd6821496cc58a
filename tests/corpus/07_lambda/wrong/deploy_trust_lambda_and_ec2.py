"""Reuses a trust policy that lets both Lambda and EC2 assume the role: more than the
statement's single principal."""
# fails: ej6-pruebas
# message: deja asumir el rol también a ['ec2.amazonaws.com']
# %% ej6-respuesta
def deploy_function(iam, lam, name, zip_bytes, handler, memory_mb, timeout_s, env):
    trust = {"Version": "2012-10-17", "Statement": [{
        "Effect": "Allow",
        "Principal": {"Service": ["lambda.amazonaws.com", "ec2.amazonaws.com"]},
        "Action": "sts:AssumeRole"}]}
    role = iam.create_role(RoleName=f"{name}-rol", AssumeRolePolicyDocument=json.dumps(trust))
    return lam.create_function(
        FunctionName=name, Runtime="python3.12", Role=role["Role"]["Arn"], Handler=handler,
        Code={"ZipFile": zip_bytes}, MemorySize=memory_mb, Timeout=timeout_s,
        Environment={"Variables": env})["FunctionArn"]

"""Action names and their case, twice: ej4b compares them case-sensitively as moto does (AWS ignores
case); ej5 writes them in lower case, fine in AWS but refused by moto, as the statement warns."""
# fails: ej4b-pruebas ej5a-pruebas ej5b-pruebas
# message: Los nombres de las acciones no distinguen mayúsculas
# message: AWS no distingue mayúsculas en las acciones, pero moto sí
# %% ej4b-respuesta
def is_allowed(policies, action, resource, username):
    def as_list(value):
        return [value] if isinstance(value, str | dict) else list(value)

    allowed = False
    for policy in policies:
        for statement in as_list(policy["Statement"]):
            resources = [r.replace("${aws:username}", username or "\0") for r in as_list(statement["Resource"])]
            applies = (any(wildcard_match(a, action) for a in as_list(statement["Action"]))
                       and any(wildcard_match(r, resource) for r in resources))
            if applies and statement["Effect"] == "Deny":
                return False
            allowed = allowed or applies
    return allowed
# %% ej5-respuesta
def grant_prefix_read(user_name, bucket, prefix):
    policy = {"Version": "2012-10-17", "Statement": [
        {"Effect": "Allow", "Action": "s3:listbucket", "Resource": f"arn:aws:s3:::{bucket}"},
        {"Effect": "Allow", "Action": "s3:getobject", "Resource": f"arn:aws:s3:::{bucket}/{prefix}*"},
    ]}
    boto3.client("iam").put_user_policy(UserName=user_name, PolicyName="leer",
                                        PolicyDocument=json.dumps(policy))

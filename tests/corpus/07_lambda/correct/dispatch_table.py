"""A dispatch table by HTTP method, a trust policy with a list of services and an
Action list, and the monthly bill written as one expression."""
# %% ej2-respuesta
def _name_from_query(event):
    return (event.get("queryStringParameters") or {}).get("nombre")


def _name_from_body(event):
    return json.loads(event["body"]).get("nombre") if event.get("body") else None


def greeting_handler(event, context):
    readers = {"GET": _name_from_query, "POST": _name_from_body}
    reader = readers.get(event["httpMethod"])
    if reader is None:
        status, body = 405, {"error": "Método no permitido"}
    else:
        status = 200
        body = {"mensaje": "Hola, " + (reader(event) or "mundo"),
                "request_id": context.aws_request_id}
    return {"statusCode": status, "headers": {"content-type": "application/json; charset=utf-8"},
            "body": json.dumps(body, ensure_ascii=False)}
# %% ej6-respuesta
def deploy_function(iam, lam, name, zip_bytes, handler, memory_mb, timeout_s, env):
    policy = {"Version": "2012-10-17", "Statement": {
        "Effect": "Allow", "Principal": {"Service": ["lambda.amazonaws.com"]},
        "Action": ["sts:AssumeRole"]}}
    arn = iam.create_role(RoleName=name + "-rol",
                          AssumeRolePolicyDocument=json.dumps(policy))["Role"]["Arn"]
    config = dict(MemorySize=memory_mb, Timeout=timeout_s, Environment={"Variables": env})
    return lam.create_function(FunctionName=name, Runtime="python3.12", Role=arn,
                               Handler=handler, Code={"ZipFile": zip_bytes},
                               **config)["FunctionArn"]
# %% ej9-respuesta
def monthly_cost(requests, duration_ms, memory_mb):
    return (max(0, requests - FREE_REQUESTS) / 1e6 * PRICE_PER_MILLION_REQUESTS
            + max(0, requests * billed_duration_ms(duration_ms, 1) * memory_mb / 1024 / 1000
                  - FREE_GB_SECONDS) * PRICE_PER_GB_SECOND)

"""Greets "Hola, None" when no name arrives instead of "mundo"; and accepts "app." or ".main"
as handlers (it only checks that there is a dot)."""
# fails: ej1-pruebas ej2-pruebas
# message: no es válido: lanza ValueError
# message: el mensaje debe ser 'Hola, mundo'
# %% ej1-respuesta
def handler_parts(handler):
    if "." not in handler:
        raise ValueError("falta el punto")
    module, function = handler.rsplit(".", 1)
    return module.replace(".", "/") + ".py", function
# %% ej2-respuesta
def greeting_handler(event, context):
    headers = {"Content-Type": "application/json"}
    method = event.get("httpMethod")
    if method == "GET":
        name = (event.get("queryStringParameters") or {}).get("nombre")
    elif method == "POST":
        name = json.loads(event.get("body") or "{}").get("nombre")
    else:
        return {"statusCode": 405, "headers": headers,
                "body": json.dumps({"error": "Método no permitido"})}
    body = {"mensaje": f"Hola, {name}", "request_id": context.aws_request_id}
    return {"statusCode": 200, "headers": headers, "body": json.dumps(body)}

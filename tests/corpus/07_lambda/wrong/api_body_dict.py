"""Returns the body as a dictionary instead of a JSON string."""
# fails: ej2-pruebas
# message: body debe ser TEXTO
# %% ej2-respuesta
def greeting_handler(event, context):
    headers = {"Content-Type": "application/json"}
    if event["httpMethod"] == "GET":
        name = (event.get("queryStringParameters") or {}).get("nombre")
    elif event["httpMethod"] == "POST":
        name = json.loads(event.get("body") or "{}").get("nombre")
    else:
        return {"statusCode": 405, "headers": headers, "body": {"error": "Método no permitido"}}
    return {"statusCode": 200, "headers": headers,
            "body": {"mensaje": f"Hola, {name or 'mundo'}", "request_id": context.aws_request_id}}

"""Assumes queryStringParameters is always a dictionary (it is None without parameters)."""
# fails: ej2-pruebas
# message: queryStringParameters es None
# %% ej2-respuesta
def greeting_handler(event, context):
    headers = {"Content-Type": "application/json"}
    if event["httpMethod"] == "GET":
        name = event["queryStringParameters"].get("nombre")
    elif event["httpMethod"] == "POST":
        name = json.loads(event.get("body") or "{}").get("nombre")
    else:
        return {"statusCode": 405, "headers": headers,
                "body": json.dumps({"error": "Método no permitido"})}
    return {"statusCode": 200, "headers": headers,
            "body": json.dumps({"mensaje": f"Hola, {name or 'mundo'}",
                                "request_id": context.aws_request_id})}

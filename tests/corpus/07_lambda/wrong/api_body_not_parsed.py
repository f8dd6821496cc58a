"""Reads the POST body as if it were a dictionary (it is a JSON string)."""
# fails: ej2-pruebas
# message: llega como TEXTO con JSON dentro
# %% ej2-respuesta
def greeting_handler(event, context):
    headers = {"Content-Type": "application/json"}
    if event["httpMethod"] == "GET":
        name = (event.get("queryStringParameters") or {}).get("nombre")
    elif event["httpMethod"] == "POST":
        name = event["body"].get("nombre")
    else:
        return {"statusCode": 405, "headers": headers,
                "body": json.dumps({"error": "Método no permitido"})}
    return {"statusCode": 200, "headers": headers,
            "body": json.dumps({"mensaje": f"Hola, {name or 'mundo'}",
                                "request_id": context.aws_request_id})}

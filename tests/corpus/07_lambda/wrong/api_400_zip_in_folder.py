"""Answers 400 (not 405) to a method other than GET or POST; and puts every file of the zip in
a folder, where Lambda does not look for the handler."""
# fails: ej2-pruebas ej5-pruebas
# message: debe responder 405
# message: sin carpeta delante
# %% ej2-respuesta
def greeting_handler(event, context):
    headers = {"Content-Type": "application/json"}
    method = event.get("httpMethod")
    if method == "GET":
        name = (event.get("queryStringParameters") or {}).get("nombre")
    elif method == "POST":
        name = json.loads(event.get("body") or "{}").get("nombre")
    else:
        return {"statusCode": 400, "headers": headers,
                "body": json.dumps({"error": "Método no permitido"})}
    body = {"mensaje": f"Hola, {name or 'mundo'}", "request_id": context.aws_request_id}
    return {"statusCode": 200, "headers": headers, "body": json.dumps(body)}
# %% ej5-respuesta
def zip_code(files):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, text in files.items():
            archive.writestr("codigo/" + name, text)
    return buffer.getvalue()

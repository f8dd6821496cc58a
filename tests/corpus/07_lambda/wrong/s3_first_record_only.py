"""Reads only the first record of the event."""
# fails: ej3-pruebas ej4a-pruebas
# message: recórrelos todos
# %% ej3-respuesta
def s3_objects(event):
    record = event["Records"][0]
    return [(record["s3"]["bucket"]["name"],
             urllib.parse.unquote_plus(record["s3"]["object"]["key"]),
             record["s3"]["object"]["size"])]

"""Returns each object as a list [bucket, key, size] where the statement asks for tuples."""
# fails: ej3-pruebas
# message: debe devolver una lista de TUPLAS
# %% ej3-respuesta
def s3_objects(event):
    return [[r["s3"]["bucket"]["name"], urllib.parse.unquote_plus(r["s3"]["object"]["key"]),
             r["s3"]["object"]["size"]] for r in event["Records"]]

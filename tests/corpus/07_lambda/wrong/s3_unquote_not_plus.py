"""Decodes with unquote, which leaves the «+» that stand for spaces."""
# fails: ej3-pruebas ej4a-pruebas ej4b-pruebas
# message: unquote no convierte «+» en espacio
# %% ej3-respuesta
def s3_objects(event):
    return [(r["s3"]["bucket"]["name"], urllib.parse.unquote(r["s3"]["object"]["key"]),
             r["s3"]["object"]["size"]) for r in event["Records"]]

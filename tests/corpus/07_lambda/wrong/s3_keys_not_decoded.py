"""Returns the keys as they arrive, URL-encoded; the thumbnails then miss keys with spaces."""
# fails: ej3-pruebas ej4a-pruebas ej4b-pruebas
# message: Decodifícalas con urllib.parse.unquote_plus
# %% ej3-respuesta
def s3_objects(event):
    return [(r["s3"]["bucket"]["name"], r["s3"]["object"]["key"], r["s3"]["object"]["size"])
            for r in event["Records"]]

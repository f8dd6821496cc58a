"""Saves every thumbnail as JPEG, whatever the original format."""
# fails: ej4a-pruebas
# message: guárdala en el mismo formato
# %% ej4-respuesta
s3 = boto3.client("s3")


def resize_handler(event, context):
    written = []
    for bucket, key, _ in s3_objects(event):
        if key.startswith(THUMBNAIL_PREFIX) or os.path.splitext(key)[1].lower() not in IMAGE_EXTENSIONS:
            continue
        image = Image.open(io.BytesIO(s3.get_object(Bucket=bucket, Key=key)["Body"].read()))
        image.thumbnail((THUMBNAIL_MAX, THUMBNAIL_MAX))
        out = io.BytesIO()
        image.convert("RGB").save(out, format="JPEG")
        s3.put_object(Bucket=bucket, Key=THUMBNAIL_PREFIX + key, Body=out.getvalue(),
                      ContentType="image/jpeg")
        written.append(THUMBNAIL_PREFIX + key)
    return written

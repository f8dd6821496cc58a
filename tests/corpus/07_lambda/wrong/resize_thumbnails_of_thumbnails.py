"""Skips non-images but not the thumbnails prefix: in AWS, an endless loop."""
# fails: ej4b-pruebas
# message: has hecho una miniatura de una miniatura
# %% ej4-respuesta
s3 = boto3.client("s3")


def resize_handler(event, context):
    written = []
    for bucket, key, _ in s3_objects(event):
        if os.path.splitext(key)[1].lower() not in IMAGE_EXTENSIONS:
            continue
        image = Image.open(io.BytesIO(s3.get_object(Bucket=bucket, Key=key)["Body"].read()))
        fmt = image.format
        image.thumbnail((THUMBNAIL_MAX, THUMBNAIL_MAX))
        out = io.BytesIO()
        image.save(out, format=fmt)
        s3.put_object(Bucket=bucket, Key=THUMBNAIL_PREFIX + key, Body=out.getvalue(),
                      ContentType=CONTENT_TYPES[fmt])
        written.append(THUMBNAIL_PREFIX + key)
    return written

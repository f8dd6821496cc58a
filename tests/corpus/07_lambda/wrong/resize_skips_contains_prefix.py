"""Skips every key that CONTAINS the thumbnails prefix, so fotos/miniaturas/gato.jpg, a real
photo, never gets its thumbnail."""
# fails: ej4b-pruebas
# message: no EMPIEZA por ello
# %% ej4-respuesta
s3 = boto3.client("s3")


def resize_handler(event, context):
    written = []
    for bucket, key, _size in s3_objects(event):
        if THUMBNAIL_PREFIX in key:
            continue
        if os.path.splitext(key)[1].lower() not in IMAGE_EXTENSIONS:
            continue
        image = Image.open(io.BytesIO(s3.get_object(Bucket=bucket, Key=key)["Body"].read()))
        image_format = image.format
        image.thumbnail((THUMBNAIL_MAX, THUMBNAIL_MAX))
        out = io.BytesIO()
        image.save(out, format=image_format)
        s3.put_object(Bucket=bucket, Key=THUMBNAIL_PREFIX + key, Body=out.getvalue(),
                      ContentType=CONTENT_TYPES[image_format])
        written.append(THUMBNAIL_PREFIX + key)
    return written

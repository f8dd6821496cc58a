"""Resizes every image to a 128×128 square, distorting it."""
# fails: ej4a-pruebas
# message: la has deformado
# %% ej4-respuesta
s3 = boto3.client("s3")


def resize_handler(event, context):
    written = []
    for bucket, key, _ in s3_objects(event):
        if key.startswith(THUMBNAIL_PREFIX) or os.path.splitext(key)[1].lower() not in IMAGE_EXTENSIONS:
            continue
        image = Image.open(io.BytesIO(s3.get_object(Bucket=bucket, Key=key)["Body"].read()))
        fmt = image.format
        small = image.resize((THUMBNAIL_MAX, THUMBNAIL_MAX))
        out = io.BytesIO()
        small.save(out, format=fmt)
        s3.put_object(Bucket=bucket, Key=THUMBNAIL_PREFIX + key, Body=out.getvalue(),
                      ContentType=CONTENT_TYPES[fmt])
        written.append(THUMBNAIL_PREFIX + key)
    return written

"""Scales every image so that its longest side is exactly THUMBNAIL_MAX, keeping the
proportion: images smaller than that are enlarged."""
# fails: ej4a-pruebas
# message: la has agrandado
# %% ej4-respuesta
s3 = boto3.client("s3")


def resize_handler(event, context):
    written = []
    for bucket, key, _size in s3_objects(event):
        if key.startswith(THUMBNAIL_PREFIX):
            continue
        if os.path.splitext(key)[1].lower() not in IMAGE_EXTENSIONS:
            continue
        image = Image.open(io.BytesIO(s3.get_object(Bucket=bucket, Key=key)["Body"].read()))
        image_format = image.format
        scale = THUMBNAIL_MAX / max(image.size)
        image = image.resize((max(1, round(image.width * scale)),
                              max(1, round(image.height * scale))))
        out = io.BytesIO()
        image.save(out, format=image_format)
        s3.put_object(Bucket=bucket, Key=THUMBNAIL_PREFIX + key, Body=out.getvalue(),
                      ContentType=CONTENT_TYPES[image_format])
        written.append(THUMBNAIL_PREFIX + key)
    return written

"""Saves the thumbnails without ContentType (S3 then serves binary/octet-stream); and tries to
open every object that is not a thumbnail, so a PDF in the event makes Pillow fail."""
# fails: ej4a-pruebas ej4b-pruebas
# message: se guardó con ContentType
# message: cannot identify image file
# %% ej4-respuesta
s3 = boto3.client("s3")


def resize_handler(event, context):
    written = []
    for bucket, key, _size in s3_objects(event):
        if key.startswith(THUMBNAIL_PREFIX):
            continue
        image = Image.open(io.BytesIO(s3.get_object(Bucket=bucket, Key=key)["Body"].read()))
        image_format = image.format
        image.thumbnail((THUMBNAIL_MAX, THUMBNAIL_MAX))
        out = io.BytesIO()
        image.save(out, format=image_format)
        s3.put_object(Bucket=bucket, Key=THUMBNAIL_PREFIX + key, Body=out.getvalue())
        written.append(THUMBNAIL_PREFIX + key)
    return written

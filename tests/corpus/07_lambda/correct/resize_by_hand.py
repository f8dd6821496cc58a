"""Thumbnail size computed by hand with resize(), pathlib for the extension, an uncompressed
zip, and the wiring by function ARN (read with get_function) with a SourceAccount condition
besides the SourceArn."""
# %% ej4-respuesta
import pathlib

s3 = boto3.client("s3")


def resize_handler(event, context):
    done = []
    for record in event["Records"]:
        bucket = record["s3"]["bucket"]["name"]
        key = urllib.parse.unquote_plus(record["s3"]["object"]["key"])
        if key.startswith(THUMBNAIL_PREFIX):
            continue
        if pathlib.PurePosixPath(key).suffix.lower() not in IMAGE_EXTENSIONS:
            continue
        image = Image.open(s3.get_object(Bucket=bucket, Key=key)["Body"])
        fmt = image.format
        scale = min(1, THUMBNAIL_MAX / max(image.size))
        small = image.resize((max(1, round(image.width * scale)),
                              max(1, round(image.height * scale))))
        out = io.BytesIO()
        small.save(out, fmt)
        s3.put_object(Bucket=bucket, Key=f"{THUMBNAIL_PREFIX}{key}", Body=out.getvalue(),
                      ContentType=CONTENT_TYPES[fmt])
        done.append(f"{THUMBNAIL_PREFIX}{key}")
    return done
# %% ej5-respuesta
def zip_code(files):
    buffer = io.BytesIO()
    archive = zipfile.ZipFile(buffer, mode="w")
    for name in sorted(files):
        archive.writestr(name, files[name].encode("utf-8"))
    archive.close()
    return buffer.getvalue()
# %% ej7-respuesta
def connect_bucket(lam, s3, function_name, bucket, prefix):
    arn = lam.get_function(FunctionName=function_name)["Configuration"]["FunctionArn"]
    lam.add_permission(FunctionName=arn, StatementId="permitir-s3",
                       Action="lambda:InvokeFunction", Principal="s3.amazonaws.com",
                       SourceArn="arn:aws:s3:::" + bucket, SourceAccount="123456789012")
    config = {"LambdaFunctionArn": arn, "Events": ["s3:ObjectCreated:*"],
              "Filter": {"Key": {"FilterRules": [{"Name": "prefix", "Value": prefix}]}}}
    s3.put_bucket_notification_configuration(
        Bucket=bucket, NotificationConfiguration={"LambdaFunctionConfigurations": [config]})

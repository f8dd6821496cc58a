"""Gives SourceArn the bucket's objects (arn:aws:s3:::bucket/*) instead of the bucket: it
contains the bucket's ARN as text, but S3 invokes as the bucket and never matches it."""
# fails: ej7-pruebas
# message: SourceArn debe ser exactamente el ARN del bucket
# %% ej7-respuesta
def connect_bucket(lam, s3, function_name, bucket, prefix):
    function_arn = lam.get_function_configuration(FunctionName=function_name)["FunctionArn"]
    lam.add_permission(FunctionName=function_name, StatementId="s3-invoca",
                       Action="lambda:InvokeFunction", Principal="s3.amazonaws.com",
                       SourceArn=f"arn:aws:s3:::{bucket}/*")
    s3.put_bucket_notification_configuration(Bucket=bucket, NotificationConfiguration={
        "LambdaFunctionConfigurations": [{
            "LambdaFunctionArn": function_arn, "Events": ["s3:ObjectCreated:*"],
            "Filter": {"Key": {"FilterRules": [{"Name": "prefix", "Value": prefix}]}}}]})

"""Listens to s3:ObjectCreated:Put only: multipart uploads, POST and copies would not invoke the
function (the statement asks for s3:ObjectCreated:*)."""
# fails: ej7-pruebas
# message: debe escuchar ["s3:ObjectCreated:*"]
# %% ej7-respuesta
def connect_bucket(lam, s3, function_name, bucket, prefix):
    function_arn = lam.get_function_configuration(FunctionName=function_name)["FunctionArn"]
    lam.add_permission(FunctionName=function_name, StatementId="s3-invoca",
                       Action="lambda:InvokeFunction", Principal="s3.amazonaws.com",
                       SourceArn=f"arn:aws:s3:::{bucket}")
    s3.put_bucket_notification_configuration(Bucket=bucket, NotificationConfiguration={
        "LambdaFunctionConfigurations": [{
            "LambdaFunctionArn": function_arn, "Events": ["s3:ObjectCreated:Put"],
            "Filter": {"Key": {"FilterRules": [{"Name": "prefix", "Value": prefix}]}}}]})

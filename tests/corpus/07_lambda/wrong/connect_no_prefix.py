"""Wires the bucket without the prefix filter."""
# fails: ej7-pruebas
# message: debe filtrar por el prefijo
# %% ej7-respuesta
def connect_bucket(lam, s3, function_name, bucket, prefix):
    arn = lam.get_function_configuration(FunctionName=function_name)["FunctionArn"]
    lam.add_permission(FunctionName=function_name, StatementId="s3",
                       Action="lambda:InvokeFunction", Principal="s3.amazonaws.com",
                       SourceArn=f"arn:aws:s3:::{bucket}")
    s3.put_bucket_notification_configuration(Bucket=bucket, NotificationConfiguration={
        "LambdaFunctionConfigurations": [{"LambdaFunctionArn": arn,
                                          "Events": ["s3:ObjectCreated:*"]}]})

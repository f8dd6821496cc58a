"""Creates the notification but forgets the function's permission for S3."""
# fails: ej7-pruebas
# message: la función no tiene ningún permiso
# %% ej7-respuesta
def connect_bucket(lam, s3, function_name, bucket, prefix):
    arn = lam.get_function_configuration(FunctionName=function_name)["FunctionArn"]
    s3.put_bucket_notification_configuration(Bucket=bucket, NotificationConfiguration={
        "LambdaFunctionConfigurations": [{
            "LambdaFunctionArn": arn, "Events": ["s3:ObjectCreated:*"],
            "Filter": {"Key": {"FilterRules": [{"Name": "prefix", "Value": prefix}]}}}]})

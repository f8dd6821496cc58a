"""Saves the bucket notification first and adds the permission afterwards: moto accepts it,
AWS refuses the notification because S3 cannot invoke the function yet."""
# fails: ej7-pruebas
# message: antes de dar permiso a S3
# %% ej7-respuesta
def connect_bucket(lam, s3, function_name, bucket, prefix):
    function_arn = lam.get_function_configuration(FunctionName=function_name)["FunctionArn"]
    s3.put_bucket_notification_configuration(Bucket=bucket, NotificationConfiguration={
        "LambdaFunctionConfigurations": [{
            "LambdaFunctionArn": function_arn, "Events": ["s3:ObjectCreated:*"],
            "Filter": {"Key": {"FilterRules": [{"Name": "prefix", "Value": prefix}]}}}]})
    lam.add_permission(FunctionName=function_name, StatementId="s3-invoca",
                       Action="lambda:InvokeFunction", Principal="s3.amazonaws.com",
                       SourceArn=f"arn:aws:s3:::{bucket}")

"""ej3 changes the type and then the IOPS in two calls (AWS allows one modification every
6 hours); ej9 signs both URLs for get_object."""
# fails: ej3-pruebas ej9-pruebas
# message: llama a modify_volume una sola vez
# message: firmar la operación put_object
# %% ej3-respuesta
def migrate_to_gp3(ec2, volume_id):
    volume = ec2.describe_volumes(VolumeIds=[volume_id])["Volumes"][0]
    if volume["VolumeType"] != "gp2":
        return None
    iops = max(3000, min(3 * volume["Size"], 16000))
    throughput = 250 if volume["Size"] > 170 else 125
    ec2.modify_volume(VolumeId=volume_id, VolumeType="gp3")
    ec2.modify_volume(VolumeId=volume_id, Iops=iops, Throughput=throughput)
    return {"Iops": iops, "Throughput": throughput}
# %% ej9-respuesta
def presigned_links(bucket, key, expires_in):
    if not 1 <= expires_in <= 604800:
        raise ValueError("fuera de rango")
    client = boto3.client("s3", config=Config(signature_version="s3v4"))
    params = {"Bucket": bucket, "Key": key}
    download = client.generate_presigned_url("get_object", Params=params, ExpiresIn=expires_in)
    upload = client.generate_presigned_url("get_object", Params=params, ExpiresIn=expires_in)
    return download, upload

"""ej9 rejects exactly 7 days (604,800 s is allowed) and accepts 0 seconds; ej7b forgets to
return the figure."""
# fails: ej9-pruebas ej7b-pruebas
# message: ¿Has olvidado el return fig?
# %% ej7-respuesta
def s3_cost(storage_class, gb, months, gb_read_per_month):
    prices = S3_CLASSES[storage_class]
    billed = max(months, prices["dias_minimos"] / DAYS_PER_MONTH)
    return gb * prices["usd_gb_mes"] * billed + gb_read_per_month * months * prices["usd_gb_recuperado"]


def cost_chart(gb, months, gb_read_per_month):
    names = list(S3_CLASSES)
    fig, ax = new_chart("Coste por clase", "Clase", "Coste (USD)")
    ax.bar(names, [s3_cost(n, gb, months, gb_read_per_month) for n in names])
# %% ej9-respuesta
def presigned_links(bucket, key, expires_in):
    if expires_in >= 604800 or expires_in < 0:
        raise ValueError("fuera de rango")
    client = boto3.client("s3", config=Config(signature_version="s3v4"))
    download = client.generate_presigned_url("get_object", Params={"Bucket": bucket, "Key": key},
                                             ExpiresIn=expires_in)
    upload = client.generate_presigned_url("put_object", Params={"Bucket": bucket, "Key": key,
                                                                 "ContentType": "image/jpeg"},
                                           ExpiresIn=expires_in)
    return download, upload

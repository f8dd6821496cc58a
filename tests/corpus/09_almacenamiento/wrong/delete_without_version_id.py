"""ej4 calls delete_object without VersionId, which adds one more delete marker; ej7a ignores
the minimum storage duration."""
# fails: ej4-pruebas ej7a-pruebas ej7b-pruebas
# message: delete_object sin VersionId AÑADE un marcador
# %% ej4-respuesta
def undelete(s3, bucket, key):
    page = s3.list_object_versions(Bucket=bucket, Prefix=key)
    markers = [m for m in page.get("DeleteMarkers", []) if m["Key"] == key and m["IsLatest"]]
    versions = [v for v in page.get("Versions", []) if v["Key"] == key]
    if not versions:
        return None
    if markers:
        s3.delete_object(Bucket=bucket, Key=key)
    return versions[0]["VersionId"]
# %% ej7-respuesta
def s3_cost(storage_class, gb, months, gb_read_per_month):
    prices = S3_CLASSES[storage_class]
    return (gb * prices["usd_gb_mes"] * months
            + gb_read_per_month * months * prices["usd_gb_recuperado"])


def cost_chart(gb, months, gb_read_per_month):
    names = sorted(S3_CLASSES, key=lambda n: s3_cost(n, gb, months, gb_read_per_month))
    fig, ax = new_chart("Coste por clase", "Clase", "Coste (USD)")
    ax.bar(names, [s3_cost(n, gb, months, gb_read_per_month) for n in names])
    return fig

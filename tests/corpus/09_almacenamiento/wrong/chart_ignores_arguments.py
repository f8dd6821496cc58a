"""ej7b draws the visible test's numbers (100 GB, 12 months, 10 GB/month) whatever it is
given; ej1 keeps the 7-year backups on EFS."""
# fails: ej7b-pruebas ej1-pruebas
# message: «copias_7_anos»
# %% ej1-respuesta
STORAGE_FOR = {
    "procesado_temporal": "almacen_instancias",
    "base_de_datos": "ebs",
    "web_compartida": "efs",
    "fotos_usuarios": "s3",
    "volumen_raiz": "ebs",
    "copias_7_anos": "efs",
}
# %% ej7-respuesta
def s3_cost(storage_class, gb, months, gb_read_per_month):
    prices = S3_CLASSES[storage_class]
    billed = max(months, prices["dias_minimos"] / DAYS_PER_MONTH)
    return gb * prices["usd_gb_mes"] * billed + gb_read_per_month * months * prices["usd_gb_recuperado"]


def cost_chart(gb, months, gb_read_per_month):
    names = list(S3_CLASSES)
    fig, ax = new_chart("Coste por clase", "Clase", "Coste (USD)")
    ax.bar(names, [s3_cost(n, 100, 12, 10) for n in names])
    return fig

"""ej3 answers a deleted table with a read replica (it copies the deletion at once) and
fifteen readers behind one reader endpoint with read replicas (that is Aurora); ej9b labels
its lines but shows no legend."""
# fails: ej3-pruebas ej9b-pruebas
# message: no es la opción adecuada
# message: leyenda
# %% ej3-respuesta
HA_CHOICE = {
    "caida_de_zona": "multi_az",
    "informes_nocturnos": "replica_lectura",
    "tabla_borrada": "replica_lectura",
    "lectores_en_europa": "replica_lectura",
    "quince_lectores": "replica_lectura",
}
# %% ej9b-respuesta
def cost_chart(reads_per_second, writes_per_second, item_kb, hours):
    fig, ax = new_chart("Coste de DynamoDB", "Horas de tráfico al mes", "USD al mes")
    costs = [monthly_costs(reads_per_second, writes_per_second, item_kb, h) for h in hours]
    ax.plot(hours, [c["bajo_demanda"] for c in costs], label="bajo demanda")
    ax.plot(hours, [c["aprovisionada"] for c in costs], label="aprovisionada")
    return fig

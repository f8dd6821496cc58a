"""ej3 answers a zone failure with a read replica (no automatic failover) and Europe's
readers with Aurora; ej8 doubles only the reads in transactional mode."""
# fails: ej3-pruebas ej8-pruebas
# message: no es lo adecuado
# %% ej3-respuesta
HA_CHOICE = {
    "caida_de_zona": "replica_lectura",
    "informes_nocturnos": "replica_lectura",
    "tabla_borrada": "restauracion_pitr",
    "lectores_en_europa": "aurora",
    "quince_lectores": "aurora",
}
# %% ej8-respuesta
def capacity_units(item_kb, reads_per_second, writes_per_second, mode):
    factors = {"eventual": 0.5, "fuerte": 1, "transaccional": 2}
    if mode not in factors:
        raise ValueError(mode)
    return (math.ceil(reads_per_second * math.ceil(item_kb / 4) * factors[mode]),
            math.ceil(writes_per_second * math.ceil(item_kb)))

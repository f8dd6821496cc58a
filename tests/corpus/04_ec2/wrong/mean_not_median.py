"""Averages the ratios instead of taking their median."""
# fails: ej4a-pruebas
# message: se pide la mediana
# %% ej4a-respuesta
def memory_per_vcpu(instance_types):
    groups = {}
    for t in instance_types:
        c = instance_category(t["InstanceType"])
        if c is not None:
            groups.setdefault(c, []).append(
                t["MemoryInfo"]["SizeInMiB"] / 1024 / t["VCpuInfo"]["DefaultVCpus"])
    return {c: sum(v) / len(v) for c, v in groups.items()}

"""Divides MiB by vCPUs and forgets to convert to GiB."""
# fails: ej4a-pruebas
# message: no has pasado los MiB a GiB
# %% ej4a-respuesta
def memory_per_vcpu(instance_types):
    groups = {}
    for t in instance_types:
        c = instance_category(t["InstanceType"])
        if c is not None:
            groups.setdefault(c, []).append(
                t["MemoryInfo"]["SizeInMiB"] / t["VCpuInfo"]["DefaultVCpus"])
    return {c: statistics.median(v) for c, v in groups.items()}

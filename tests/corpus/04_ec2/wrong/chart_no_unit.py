"""Leaves the y axis without its unit (GiB); charges the public IPv4 only while running
(the instance also holds it while pending, stopping and shutting down)."""
# fails: ej4b-pruebas ej10-pruebas
# message: El eje y debe decir la unidad
# %% ej4b-respuesta
def plot_memory_per_vcpu(ratios):
    order = sorted(ratios, key=ratios.get, reverse=True)
    fig, ax = new_chart("Memoria por vCPU", "Categoría", "Memoria por vCPU")
    ax.bar([CATEGORY_NAMES[c] for c in order], [ratios[c] for c in order])
    return fig
# %% ej10-respuesta
def billed_cost(timeline, price_per_hour, ebs_gb, elastic_ip):
    total = 0.0
    for state, hours in timeline:
        if state == "running":
            total += (price_per_hour + PUBLIC_IPV4_PER_HOUR) * hours
        elif elastic_ip and state != "terminated":
            total += PUBLIC_IPV4_PER_HOUR * hours
        if state != "terminated":
            total += ebs_gb * EBS_PRICE_GB_MONTH / HOURS_PER_MONTH * hours
    return total

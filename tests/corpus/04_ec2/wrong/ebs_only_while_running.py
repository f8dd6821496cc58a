"""Charges the EBS volume only while the instance runs, as if a stopped disk were free."""
# fails: ej10-pruebas
# message: cobras el EBS solo mientras la instancia está en marcha
# %% ej10-respuesta
def billed_cost(timeline, price_per_hour, ebs_gb, elastic_ip):
    total = 0.0
    for state, hours in timeline:
        if state == "running":
            total += (price_per_hour + ebs_gb * EBS_PRICE_GB_MONTH / HOURS_PER_MONTH) * hours
        if state != "terminated" and (elastic_ip or state != "stopped"):
            total += PUBLIC_IPV4_PER_HOUR * hours
    return total

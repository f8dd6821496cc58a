"""Charges the EBS volume only while the instance runs, as if a stopped disk were free."""
# fails: ej10-pruebas
# message: Cobras el EBS solo mientras la instancia está en marcha
# %% ej10-respuesta
def billed_cost(timeline, price_per_hour, ebs_gb):
    hours = sum(h for s, h in timeline if s in ("running", "rebooting"))
    return hours * (price_per_hour + ebs_gb * EBS_PRICE_GB_MONTH / HOURS_PER_MONTH)

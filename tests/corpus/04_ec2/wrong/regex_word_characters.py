"""Decodes with a regex of letters only after the generation and a word after the dot
(m7i-flex loses "-flex", metal-48xl becomes "metal"); rounds the bill to cents."""
# fails: ej1-pruebas ej10-pruebas
# message: debería dar
# %% ej1-respuesta
def decode_instance_type(name):
    family, generation, attributes, size = re.match(
        r"([a-z]+)(\d+)([a-z]*)[^.]*\.(\w+)", name).groups()
    return {"family": family, "generation": int(generation), "attributes": attributes,
            "size": size}
# %% ej10-respuesta
def billed_cost(timeline, price_per_hour, ebs_gb, elastic_ip):
    total = 0.0
    for state, hours in timeline:
        if state == "running":
            total += price_per_hour * hours
        if state != "terminated":
            total += ebs_gb * EBS_PRICE_GB_MONTH / HOURS_PER_MONTH * hours
        if state != "terminated" and (elastic_ip or state != "stopped"):
            total += PUBLIC_IPV4_PER_HOUR * hours
    return round(total, 2)

"""Gives the whole remainder to the first zone: unbalanced."""
# fails: ej7-pruebas ej8-pruebas
# message: dos zonas llevan 1 y la otra 0
# %% ej7-respuesta
def plan_spread(n, zones):
    plan = {zone: n // len(zones) for zone in zones}
    plan[zones[0]] += n % len(zones)
    return plan

"""Leaves zones with no instance out of the plan."""
# fails: ej7-pruebas
# message: y aparece con 0
# %% ej7-respuesta
def plan_spread(n, zones):
    plan = {}
    for i in range(n):
        zone = zones[i % len(zones)]
        plan[zone] = plan.get(zone, 0) + 1
    return plan

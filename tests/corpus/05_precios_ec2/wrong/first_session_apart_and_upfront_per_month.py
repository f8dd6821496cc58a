"""Bills the first session apart, so an empty list crashes (ej2); spreads the upfront payment over months, not hours (ej3)."""
# fails: ej2-pruebas ej3-pruebas
# message: sessions_cost(0.096, []) lanzó IndexError
# message: Has repartido el pago inicial entre 12 meses
# %% ej2-respuesta
def sessions_cost(hourly, sessions):
    total = on_demand_cost(hourly, sessions[0])
    for seconds in sessions[1:]:
        total += on_demand_cost(hourly, seconds)
    return total
# %% ej3-respuesta
def effective_hourly(upfront, hourly, years):
    return upfront / (12 * years) + hourly

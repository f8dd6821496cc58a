"""Waits until the reservation is strictly cheaper: one month late on an exact tie."""
# fails: ej5-pruebas
# %% ej5-respuesta
def break_even_month(on_demand_hourly, upfront, hourly):
    if hourly >= on_demand_hourly:
        return None
    month = 1
    while upfront + hourly * 730 * month >= on_demand_hourly * 730 * month:
        month += 1
    return month

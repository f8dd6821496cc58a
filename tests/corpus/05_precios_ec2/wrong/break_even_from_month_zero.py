"""Counts months from 0: with no upfront payment it answers month 0."""
# fails: ej5-pruebas
# message: los meses se cuentan desde 1
# %% ej5-respuesta
def break_even_month(on_demand_hourly, upfront, hourly):
    if hourly >= on_demand_hourly:
        return None
    month = 0
    while upfront + hourly * 730 * month > on_demand_hourly * 730 * month:
        month += 1
    return month

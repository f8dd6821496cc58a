"""Truncates the number of months (7.08 -> 7): one month too early."""
# fails: ej5-pruebas
# message: Redondea hacia ARRIBA
# %% ej5-respuesta
def break_even_month(on_demand_hourly, upfront, hourly):
    saved = (on_demand_hourly - hourly) * HOURS_PER_MONTH
    if saved <= 0:
        return None
    return max(1, int(upfront / saved))

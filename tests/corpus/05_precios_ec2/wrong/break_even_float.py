"""Returns the exact number of months (7.08) instead of a whole month."""
# fails: ej5-pruebas
# message: número ENTERO de mes
# %% ej5-respuesta
def break_even_month(on_demand_hourly, upfront, hourly):
    saved = (on_demand_hourly - hourly) * HOURS_PER_MONTH
    return upfront / saved if saved > 0 else None

"""Loops instead of formulas: whole seconds by hand, break-even month by month, if/elif."""
# %% ej1-respuesta
def on_demand_cost(hourly, seconds):
    if seconds <= 0:
        return 0
    whole = int(seconds)
    if whole < seconds:
        whole += 1
    if whole < MINIMUM_SECONDS:
        whole = MINIMUM_SECONDS
    return whole * hourly / 3600
# %% ej2-respuesta
def sessions_cost(hourly, sessions):
    total = 0
    for seconds in sessions:
        total += on_demand_cost(hourly, seconds)
    return total
# %% ej5-respuesta
def break_even_month(on_demand_hourly, upfront, hourly):
    if hourly >= on_demand_hourly:
        return None
    month = 1
    while upfront + hourly * HOURS_PER_MONTH * month > on_demand_hourly * HOURS_PER_MONTH * month:
        month += 1
    return month
# %% ej8-respuesta
def choose_purchase_option(profile):
    hours, months = profile["hours_per_day"], profile["months"]
    if profile["interruptible"]:
        option = "spot"
        reason = "El trabajo tolera que lo interrumpan, así que conviene el precio de spot."
    elif hours >= 16 and months >= 12:
        option = "reservada"
        reason = "Uso continuo durante más de un año: compensa comprometerse con una reserva."
    else:
        option = "bajo_demanda"
        reason = "Uso corto o a ratos: mejor pagar por segundo sin compromiso."
    return option, reason

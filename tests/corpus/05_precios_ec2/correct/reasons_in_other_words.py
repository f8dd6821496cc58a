"""Other words and other structures: reasons without the statement's key words, rules in a loop,
a break-even loop with no month limit, map(), 1 − p/r savings, a labelled-after chart."""
# %% ej1-respuesta
def on_demand_cost(hourly, seconds):
    billed = max(MINIMUM_SECONDS, math.ceil(seconds)) if seconds else 0
    return billed * (hourly / 3600)
# %% ej2-respuesta
def sessions_cost(hourly, sessions):
    return sum(map(lambda seconds: on_demand_cost(hourly, seconds), sessions))
# %% ej4-respuesta
def savings_percent(reference_hourly, hourly):
    return (1 - hourly / reference_hourly) * 100
# %% ej5-respuesta
def break_even_month(on_demand_hourly, upfront, hourly):
    if hourly >= on_demand_hourly:
        return None
    month, on_demand, reserved = 1, on_demand_hourly * 730, upfront + hourly * 730
    while reserved > on_demand:
        month += 1
        on_demand += on_demand_hourly * 730
        reserved += hourly * 730
    return month
# %% ej6-respuesta
def plot_cumulative_cost(on_demand_hourly, upfront, hourly, months):
    fig, ax = plt.subplots()
    meses = [m for m in range(0, months + 1)]
    (linea_od,) = ax.plot(meses, [m * HOURS_PER_MONTH * on_demand_hourly for m in meses])
    (linea_ri,) = ax.plot(meses, [upfront + m * HOURS_PER_MONTH * hourly for m in meses])
    linea_od.set_label("Bajo demanda")
    linea_ri.set_label("Reservada")
    fig.suptitle("¿Cuándo sale a cuenta reservar?")
    ax.set_xlabel("Meses desde la compra")
    ax.set_ylabel("Dólares gastados")
    ax.legend(loc="upper left")
    return fig
# %% ej8-respuesta
def choose_purchase_option(profile):
    rules = [
        (profile["interruptible"], "spot",
         "Puede pararse en cualquier momento y volver a empezar sin daño: lo más barato."),
        (profile["hours_per_day"] >= 16 and profile["months"] >= 12, "reservada",
         "Está encendida casi siempre y durante años, así que reservar sale más barato."),
        (True, "bajo_demanda",
         "Dura poco o se usa a ratos: mejor pagar por segundo lo que se use."),
    ]
    for applies, option, reason in rules:
        if applies:
            return option, reason

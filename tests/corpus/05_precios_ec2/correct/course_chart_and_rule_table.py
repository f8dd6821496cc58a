"""The course's new_chart with the break-even marked, rules as data, answers in capitals."""
# %% ej6-respuesta
from fundamentos_aws import new_chart


def plot_cumulative_cost(on_demand_hourly, upfront, hourly, months):
    fig, ax = new_chart("Gasto acumulado por mes", "Mes", "USD acumulados")
    months_list = range(months + 1)
    ax.plot(list(months_list), [upfront + hourly * 730 * m for m in months_list],
            label="Reservada")
    ax.plot(list(months_list), [on_demand_hourly * 730 * m for m in months_list],
            label="Bajo demanda")
    month = break_even_month(on_demand_hourly, upfront, hourly)
    if month is not None:
        ax.axvline(month, ls="--", color="grey", label=f"Compensa en el mes {month}")
    ax.legend()
    return fig
# %% ej8-respuesta
RULES = [
    (lambda p: p["interruptible"], "spot",
     "Puede sufrir interrupciones sin daño: spot es lo más barato."),
    (lambda p: p["hours_per_day"] >= 16 and p["months"] >= 12, "reservada",
     "Se usa casi todo el día más de un año: la reserva de 1 o 3 años sale a cuenta."),
    (lambda p: True, "bajo_demanda",
     "Trabajo corto o irregular que no puede cortarse: bajo demanda, sin compromiso."),
]


def choose_purchase_option(profile):
    for applies, option, reason in RULES:
        if applies(profile):
            return (option, reason)
# %% quiz-respuestas
answer_1 = "B"
answer_2 = " b"
answer_3 = "c "
answer_4 = "b"
answer_5 = "D"
answer_6 = "a"

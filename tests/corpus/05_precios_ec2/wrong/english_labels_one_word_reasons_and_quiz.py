"""Lines labelled in English (ej6a, ej6b); one-word reasons (ej8b); quiz answers 1, 2, 5 and 6 wrong."""
# fails: ej6a-pruebas ej6b-pruebas ej8b-pruebas quiz-p1 quiz-p2 quiz-p5 quiz-p6
# message: No encuentro una línea con la etiqueta «Bajo demanda»
# message: al menos 20 caracteres
# message: Pregunta 05.1: «a» no es la respuesta correcta
# %% ej6-respuesta
def plot_cumulative_cost(on_demand_hourly, upfront, hourly, months):
    fig, ax = plt.subplots()
    x = list(range(months + 1))
    ax.plot(x, [on_demand_hourly * 730 * m for m in x], label="On-Demand")
    ax.plot(x, [upfront + hourly * 730 * m for m in x], label="Reserved")
    ax.set_title("Gasto acumulado")
    ax.set_xlabel("Mes")
    ax.set_ylabel("USD")
    ax.legend()
    return fig
# %% ej8-respuesta
def choose_purchase_option(profile):
    if profile["interruptible"]:
        return ("spot", "Interrupciones.")
    if profile["hours_per_day"] >= 16 and profile["months"] >= 12:
        return ("reservada", "Compromiso.")
    return ("bajo_demanda", "Corto.")
# %% quiz-respuestas
answer_1 = "a"
answer_2 = "c"
answer_3 = "c"
answer_4 = "b"
answer_5 = "b"
answer_6 = "b"

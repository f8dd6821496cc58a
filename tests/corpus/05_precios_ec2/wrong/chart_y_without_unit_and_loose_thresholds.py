"""The y axis says what but not in which unit (ej6b); the reservation thresholds as > 15 h and > 11 months, which lets 15.5 h and 11.5 months in (ej8a)."""
# fails: ej6b-pruebas ej8a-pruebas
# message: El eje y debe decir la unidad
# %% ej6-respuesta
def plot_cumulative_cost(on_demand_hourly, upfront, hourly, months):
    fig, ax = plt.subplots()
    x = list(range(months + 1))
    ax.plot(x, [on_demand_hourly * 730 * m for m in x], label="Bajo demanda")
    ax.plot(x, [upfront + hourly * 730 * m for m in x], label="Reservada")
    ax.set_title("Gasto acumulado")
    ax.set_xlabel("Mes")
    ax.set_ylabel("Gasto acumulado")
    ax.legend()
    return fig
# %% ej8-respuesta
def choose_purchase_option(profile):
    if profile["interruptible"]:
        return ("spot", "Admite interrupciones: si la cortan, se repite.")
    if profile["hours_per_day"] > 15 and profile["months"] > 11:
        return ("reservada", "Uso continuo durante un año: compensa el compromiso.")
    return ("bajo_demanda", "Es corto o irregular: no compensa comprometerse.")

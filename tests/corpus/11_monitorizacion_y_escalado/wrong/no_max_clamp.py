"""ej6a lets the group grow past max_size; ej6b always draws the visible test's series."""
# fails: ej6a-pruebas ej6b-pruebas
# %% ej6-respuesta
def simulate_scaling(loads, target, min_size, max_size, start, cooldown):
    """Capacidad del grupo tras cada minuto, con la regla del enunciado."""
    capacity, last_change = start, None
    history = []
    for minute, load in enumerate(loads):
        needed = max(math.ceil(load / target), min_size)
        if needed > capacity or (needed < capacity and (
                last_change is None or minute - last_change >= cooldown)):
            capacity, last_change = needed, minute
        history.append(capacity)
    return history


def scaling_chart(loads, target, min_size, max_size, start, cooldown):
    """Carga (en instancias) y capacidad del grupo, minuto a minuto; devuelve la figura."""
    loads, target = [900, 2500, 2600, 1200, 1100, 1000, 900, 3900], 1000
    minutes = list(range(len(loads)))
    capacity = simulate_scaling(loads, target, 2, 4, 2, 3)
    fig, ax = new_chart("Seguimiento de destino: la carga y el grupo", "Minuto", "Instancias")
    ax.plot(minutes, [load / target for load in loads], marker="o",
            label="Instancias que pide la carga")
    ax.step(minutes, capacity, where="post", linewidth=2.5, label="Capacidad del grupo")
    ax.axhline(max_size, color="grey", linestyle="--", linewidth=1)
    ax.axhline(min_size, color="grey", linestyle=":", linewidth=1)
    ax.legend()
    return fig

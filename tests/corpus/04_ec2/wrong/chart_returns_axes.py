"""Returns the Axes instead of the Figure."""
# fails: ej4b-pruebas
# message: ¿Has olvidado el return fig?
# %% ej4b-respuesta
def plot_memory_per_vcpu(ratios):
    order = sorted(ratios, key=ratios.get, reverse=True)
    fig, ax = new_chart("Memoria por vCPU", "Categoría", "GiB por vCPU")
    ax.bar([CATEGORY_NAMES[c] for c in order], [ratios[c] for c in order])
    return ax

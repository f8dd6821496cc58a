"""Draws the bars in the dictionary's order, not from highest to lowest."""
# fails: ej4b-pruebas
# message: de la categoría con más GiB por vCPU a la de menos
# %% ej4b-respuesta
def plot_memory_per_vcpu(ratios):
    fig, ax = new_chart("Memoria por vCPU", "Categoría", "GiB por vCPU")
    ax.bar([CATEGORY_NAMES[c] for c in ratios], list(ratios.values()))
    return fig

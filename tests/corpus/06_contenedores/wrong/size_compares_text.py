"""Looks the text up in the table without converting it: nothing is ever valid."""
# fails: ej2-pruebas ej4-pruebas
# message: debería ser True
# %% ej2-respuesta
def valid_fargate_size(cpu, memory):
    return memory in FARGATE_MEMORY.get(cpu, ())

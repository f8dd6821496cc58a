"""Only understands plain units: int("1 vCPU") raises ValueError (and register fails too)."""
# fails: ej2-pruebas ej4-pruebas
# message: ValueError
# %% ej2-respuesta
def valid_fargate_size(cpu, memory):
    return int(memory) in FARGATE_MEMORY.get(int(cpu), ())

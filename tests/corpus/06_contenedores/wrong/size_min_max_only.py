"""Checks only the smallest and largest memory of each CPU value, so 256/1536 passes."""
# fails: ej2-pruebas
# message: solo admite 512, 1024 y 2048 MiB
# %% ej2-respuesta
def valid_fargate_size(cpu, memory):
    def units(text, unit):
        text = text.strip()
        if text.endswith(unit):
            return round(float(text[: -len(unit)]) * 1024)
        return int(text)
    allowed = FARGATE_MEMORY.get(units(cpu, "vCPU"))
    return allowed is not None and min(allowed) <= units(memory, "GB") <= max(allowed)

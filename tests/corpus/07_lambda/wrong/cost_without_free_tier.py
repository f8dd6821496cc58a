"""Forgets the free tier (and the break-even, built on it, comes too early)."""
# fails: ej9-pruebas ej10-pruebas
# message: no descuentas la capa gratuita
# %% ej9-respuesta
def monthly_cost(requests, duration_ms, memory_mb):
    gb_seconds = requests * billed_duration_ms(duration_ms, 1) / 1000 * memory_mb / 1024
    return requests * PRICE_PER_MILLION_REQUESTS / 1_000_000 + gb_seconds * PRICE_PER_GB_SECOND

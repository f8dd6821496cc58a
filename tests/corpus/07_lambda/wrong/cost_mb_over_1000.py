"""Converts MB to GB dividing by 1000."""
# fails: ej9-pruebas ej10-pruebas
# message: divide entre 1024, no entre 1000
# %% ej9-respuesta
def monthly_cost(requests, duration_ms, memory_mb):
    gb_seconds = requests * billed_duration_ms(duration_ms, 1) / 1000 * memory_mb / 1000
    return (max(0, requests - FREE_REQUESTS) * PRICE_PER_MILLION_REQUESTS / 1_000_000
            + max(0, gb_seconds - FREE_GB_SECONDS) * PRICE_PER_GB_SECOND)

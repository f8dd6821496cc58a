"""Types the GB-second price rounded (0.0000167 $) instead of using PRICE_PER_GB_SECOND: 0.2 %
off wherever the duration is billed."""
# fails: ej9-pruebas ej10-pruebas
# message: se admite un error relativo
# %% ej9-respuesta
def monthly_cost(requests, duration_ms, memory_mb):
    gb_seconds = requests * billed_duration_ms(duration_ms, 1) / 1000 * memory_mb / 1024
    return (max(0, requests - FREE_REQUESTS) * PRICE_PER_MILLION_REQUESTS / 1_000_000
            + max(0, gb_seconds - FREE_GB_SECONDS) * 0.0000167)

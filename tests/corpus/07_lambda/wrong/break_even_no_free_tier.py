"""Solves the break-even as one straight line through zero, ignoring the free tier."""
# fails: ej10-pruebas
# message: has olvidado la capa gratuita
# %% ej10-respuesta
def break_even_requests(duration_ms, memory_mb, ec2_hourly):
    gb_s = math.ceil(duration_ms) / 1000 * memory_mb / 1024
    per_request = PRICE_PER_MILLION_REQUESTS / 1_000_000 + gb_s * PRICE_PER_GB_SECOND
    return ec2_hourly * HOURS_PER_MONTH / per_request

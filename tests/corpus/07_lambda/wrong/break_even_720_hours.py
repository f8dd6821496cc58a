"""Takes a month as 30 days of 24 hours (720 h) instead of 730 h."""
# fails: ej10-pruebas
# message: no 720
# %% ej10-respuesta
def break_even_requests(duration_ms, memory_mb, ec2_hourly):
    target = ec2_hourly * 24 * 30
    low, high = 0, 1e12
    for _ in range(200):
        middle = (low + high) / 2
        if monthly_cost(middle, duration_ms, memory_mb) < target:
            low = middle
        else:
            high = middle
    return high

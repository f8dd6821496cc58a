"""Short forms: split with a length check, a list comprehension over the records, ceil by
negative floor division, and the break-even solved by hand, segment by segment."""
# %% ej1-respuesta
def handler_parts(handler):
    parts = handler.split(".")
    if len(parts) < 2 or not all(parts[-2:]) or not parts[0]:
        raise ValueError("el handler debe ser archivo.función")
    return "/".join(parts[:-1]) + ".py", parts[-1]
# %% ej3-respuesta
def s3_objects(event):
    return [(r["s3"]["bucket"]["name"], urllib.parse.unquote_plus(r["s3"]["object"]["key"]),
             r["s3"]["object"]["size"]) for r in event.get("Records", [])]
# %% ej8-respuesta
def billed_duration_ms(duration_ms, granularity_ms):
    return -(-duration_ms // granularity_ms) * granularity_ms
# %% ej10-respuesta
def break_even_requests(duration_ms, memory_mb, ec2_hourly):
    target = ec2_hourly * HOURS_PER_MONTH
    per_request = PRICE_PER_MILLION_REQUESTS / 1_000_000
    gb_s = math.ceil(duration_ms) / 1000 * memory_mb / 1024
    for pay_requests in (False, True):
        for pay_duration in (False, True):
            slope = per_request * pay_requests + PRICE_PER_GB_SECOND * gb_s * pay_duration
            if slope == 0:
                continue
            n = (target + per_request * FREE_REQUESTS * pay_requests
                 + PRICE_PER_GB_SECOND * FREE_GB_SECONDS * pay_duration) / slope
            if (n > FREE_REQUESTS) == pay_requests and (n * gb_s > FREE_GB_SECONDS) == pay_duration:
                return n

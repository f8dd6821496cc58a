"""Loops instead of comprehensions, a Session per region, explicit sorting."""
# %% ej1-respuesta
def availability_zones(region):
    session = boto3.Session(region_name=region)
    names = []
    for zone in session.client("ec2").describe_availability_zones()["AvailabilityZones"]:
        names.append(zone["ZoneName"])
    names.sort()
    return names
# %% ej2-respuesta
def zone_ids(region):
    result = {}
    response = boto3.client("ec2", region_name=region).describe_availability_zones()
    for zone in response["AvailabilityZones"]:
        result[zone["ZoneName"]] = zone["ZoneId"]
    return result
# %% ej3-respuesta
def regions_offering(services):
    session = boto3.session.Session()
    offered = [set(session.get_available_regions(s)) for s in services]
    everywhere = [r for r in sorted(offered[0]) if all(r in o for o in offered)]
    return everywhere
# %% ej5-respuesta
def nearest_region(lat, lon, regions):
    best, best_km = None, float("inf")
    for region in regions:
        km = distance_km(lat, lon, region["lat"], region["lon"])
        if km < best_km:
            best, best_km = region["region"], km
    return best
# %% ej6a-respuesta
def choose_region(candidates, requirements):
    valid = []
    for c in candidates:
        if requirements.get("countries") is not None and c["country"] not in requirements["countries"]:
            continue
        limit = requirements.get("max_latency_ms")
        if limit is not None and c["latency_ms"] > limit:
            continue
        if any(s not in c["services"] for s in requirements.get("services") or []):
            continue
        valid.append(c)
    valid.sort(key=lambda c: (c["price_per_hour"], c["latency_ms"], c["region"]))
    return valid[0]["region"] if valid else None
# %% ej7-respuesta
def plan_spread(n, zones):
    plan = dict.fromkeys(zones, 0)
    for i in range(n):
        plan[zones[i % len(zones)]] += 1
    return plan
# %% ej8-respuesta
def launch_spread(region, ami_id, n):
    ec2 = boto3.client("ec2", region_name=region)
    zones = availability_zones(region)
    ids = []
    for i in range(n):
        reservation = ec2.run_instances(ImageId=ami_id, InstanceType="t3.micro", MinCount=1,
                                        MaxCount=1,
                                        Placement={"AvailabilityZone": zones[i % len(zones)]})
        ids.append(reservation["Instances"][0]["InstanceId"])
    return ids

"""set.intersection over all the lists, sorted()[0] to choose, all() for the services, and
MinCount=1 with MaxCount=count per zone (AWS may launch fewer, never zero)."""
# %% ej3-respuesta
def regions_offering(services):
    session = boto3.session.Session()
    first, *rest = [set(session.get_available_regions(s)) for s in services]
    return sorted(first.intersection(*rest))
# %% ej6a-respuesta
def choose_region(candidates, requirements):
    def meets(c):
        if requirements.get("countries") is not None and c["country"] not in requirements["countries"]:
            return False
        if requirements.get("max_latency_ms") is not None and c["latency_ms"] > requirements["max_latency_ms"]:
            return False
        return all(s in c["services"] for s in requirements.get("services") or ())
    ranked = sorted((c for c in candidates if meets(c)),
                    key=lambda c: (c["price_per_hour"], c["latency_ms"], c["region"]))
    return ranked[0]["region"] if ranked else None
# %% ej8-respuesta
def launch_spread(region, ami_id, n):
    ec2 = boto3.client("ec2", region_name=region)
    ids = []
    for zone, count in plan_spread(n, availability_zones(region)).items():
        if count:
            reservation = ec2.run_instances(ImageId=ami_id, InstanceType="t3.micro", MinCount=1,
                                            MaxCount=count,
                                            Placement={"AvailabilityZone": zone})
            ids.extend(i["InstanceId"] for i in reservation["Instances"])
    return ids

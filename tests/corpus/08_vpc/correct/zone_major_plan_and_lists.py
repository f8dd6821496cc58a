"""El plan reparte zona a zona, la ACL se ordena con sort en una copia y los grupos se recorren con any; coste en otro orden de operaciones; punto de conexión con bucle."""
# %% ej1b-respuesta
def plan_subnets(vpc_cidr, zones, tiers, hosts):
    prefix = 28
    while usable_addresses(f"10.0.0.0/{prefix}") < hosts:
        if prefix == 16:
            raise ValueError("más de lo que admite una subred")
        prefix -= 1
    vpc = ipaddress.ip_network(vpc_cidr)
    if prefix < vpc.prefixlen:
        raise ValueError("la subred no cabe en la VPC")
    free = list(vpc.subnets(new_prefix=prefix))
    wanted = [(tier, zone) for zone in zones for tier in tiers]
    if len(wanted) > len(free):
        raise ValueError("no caben")
    return {pair: block.with_prefixlen for pair, block in zip(wanted, free)}
# %% ej5a-respuesta
def nacl_allows(entries, egress, ip, port):
    rules = [e for e in entries if e["Egress"] == egress]
    rules.sort(key=lambda e: e["RuleNumber"])
    for rule in rules:
        block = rule["CidrBlock"] if "CidrBlock" in rule else rule["Ipv6CidrBlock"]
        if ipaddress.ip_address(ip) not in ipaddress.ip_network(block):
            continue
        if rule["Protocol"] == "-1":
            return rule["RuleAction"] == "allow"
        if rule["Protocol"] == "6" and rule["PortRange"]["From"] <= port <= rule["PortRange"]["To"]:
            return rule["RuleAction"] == "allow"
    return False
# %% ej5b-respuesta
def _rule_matches(rule, address, port, source_group_ids):
    protocol = rule["IpProtocol"]
    if protocol == "-1":
        ports_ok = True
    elif protocol in ("tcp", "6"):
        ports_ok = rule["FromPort"] <= port <= rule["ToPort"]
    else:
        return False
    sources = [ipaddress.ip_network(r["CidrIp"]) for r in rule.get("IpRanges", [])]
    sources += [ipaddress.ip_network(r["CidrIpv6"]) for r in rule.get("Ipv6Ranges", [])]
    by_block = any(address in block for block in sources)
    by_group = any(p["GroupId"] in source_group_ids for p in rule.get("UserIdGroupPairs", []))
    return ports_ok and (by_block or by_group)


def sg_allows(groups, ip, port, source_group_ids):
    address = ipaddress.ip_address(ip)
    return any(_rule_matches(rule, address, port, source_group_ids)
               for group in groups for rule in group["IpPermissions"])
# %% ej6a-respuesta
def monthly_network_cost(gb_to_s3, gb_to_internet, nat_gateways, s3_endpoint, hours=HOURS_PER_MONTH):
    gb = gb_to_internet if s3_endpoint else gb_to_internet + gb_to_s3
    return gb * NAT_PER_GB + nat_gateways * hours * NAT_HOURLY + nat_gateways * hours * PUBLIC_IPV4_HOURLY
# %% ej7-respuesta
def add_s3_endpoint(ec2, vpc_id):
    region = ec2.meta.region_name
    chosen = []
    for table in ec2.describe_route_tables(Filters=[{"Name": "vpc-id", "Values": [vpc_id]}])["RouteTables"]:
        for route in table["Routes"]:
            if route.get("DestinationCidrBlock") == "0.0.0.0/0" and "NatGatewayId" in route:
                chosen.append(table["RouteTableId"])
    answer = ec2.create_vpc_endpoint(VpcId=vpc_id, ServiceName="com.amazonaws." + region + ".s3",
                                     RouteTableIds=chosen, VpcEndpointType="Gateway")
    return answer["VpcEndpoint"]["VpcEndpointId"]

"""El puerto final de la ACL no cuenta (range) (5a, y 5c); en los grupos lee FromPort también en las reglas de todos los protocolos (5b)."""
# fails: ej5a-pruebas ej5b-pruebas ej5c-pruebas
# %% ej5a-respuesta
def nacl_allows(entries, egress, ip, port):
    """True si las reglas `entries` dejan pasar un paquete TCP en ese sentido."""
    address = ipaddress.ip_address(ip)
    for entry in sorted(entries, key=lambda e: e["RuleNumber"]):
        if entry["Egress"] != egress or entry["Protocol"] not in ("-1", "6"):
            continue
        if address not in ipaddress.ip_network(entry.get("CidrBlock") or entry.get("Ipv6CidrBlock")):
            continue
        ports = entry.get("PortRange")
        if entry["Protocol"] == "6" and port not in range(ports["From"], ports["To"]):
            continue
        return entry["RuleAction"] == "allow"
    return False
# %% ej5b-respuesta
def sg_allows(groups, ip, port, source_group_ids):
    """True si alguna regla de entrada de `groups` deja entrar TCP a `port` desde `ip`."""
    address = ipaddress.ip_address(ip)
    for group in groups:
        for rule in group["IpPermissions"]:
            if rule["IpProtocol"] not in ("tcp", "6", "-1"):
                continue
            if not rule["FromPort"] <= port <= rule["ToPort"]:
                continue
            blocks = ([r["CidrIp"] for r in rule.get("IpRanges", [])]
                      + [r["CidrIpv6"] for r in rule.get("Ipv6Ranges", [])])
            if any(address in ipaddress.ip_network(block) for block in blocks):
                return True
            if any(pair.get("GroupId") in source_group_ids
                   for pair in rule.get("UserIdGroupPairs", [])):
                return True
    return False

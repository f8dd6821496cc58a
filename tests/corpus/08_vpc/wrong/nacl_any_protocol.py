"""Una regla UDP de la ACL también encaja con TCP (5a); ignora las reglas que admiten a otro grupo (5b)."""
# fails: ej5a-pruebas ej5b-pruebas
# %% ej5a-respuesta
def nacl_allows(entries, egress, ip, port):
    """True si las reglas `entries` dejan pasar un paquete TCP en ese sentido."""
    address = ipaddress.ip_address(ip)
    for entry in sorted(entries, key=lambda e: e["RuleNumber"]):
        if entry["Egress"] != egress:
            continue
        if address not in ipaddress.ip_network(entry.get("CidrBlock") or entry.get("Ipv6CidrBlock")):
            continue
        ports = entry.get("PortRange")
        if ports and not ports["From"] <= port <= ports["To"]:
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
            if rule["IpProtocol"] != "-1" and not rule["FromPort"] <= port <= rule["ToPort"]:
                continue
            blocks = ([r["CidrIp"] for r in rule.get("IpRanges", [])]
                      + [r["CidrIpv6"] for r in rule.get("Ipv6Ranges", [])])
            if any(address in ipaddress.ip_network(block) for block in blocks):
                return True
    return False

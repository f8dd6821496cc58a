"""Evalúa las reglas de la ACL en el orden en que vienen, sin ordenar por número (5a, y por eso 5c); solo mira el primer grupo de seguridad (5b)."""
# fails: ej5a-pruebas ej5b-pruebas ej5c-pruebas
# message: se evalúan de menor a mayor
# %% ej5a-respuesta
def nacl_allows(entries, egress, ip, port):
    """True si las reglas `entries` dejan pasar un paquete TCP en ese sentido."""
    address = ipaddress.ip_address(ip)
    for entry in entries:
        if entry["Egress"] != egress or entry["Protocol"] not in ("-1", "6"):
            continue
        if address not in ipaddress.ip_network(entry.get("CidrBlock") or entry.get("Ipv6CidrBlock")):
            continue
        ports = entry.get("PortRange")
        if entry["Protocol"] == "6" and not ports["From"] <= port <= ports["To"]:
            continue
        return entry["RuleAction"] == "allow"
    return False
# %% ej5b-respuesta
def sg_allows(groups, ip, port, source_group_ids):
    """True si alguna regla de entrada de `groups` deja entrar TCP a `port` desde `ip`."""
    address = ipaddress.ip_address(ip)
    for group in groups[:1]:
        for rule in group["IpPermissions"]:
            if rule["IpProtocol"] not in ("tcp", "6", "-1"):
                continue
            if rule["IpProtocol"] != "-1" and not rule["FromPort"] <= port <= rule["ToPort"]:
                continue
            blocks = ([r["CidrIp"] for r in rule.get("IpRanges", [])]
                      + [r["CidrIpv6"] for r in rule.get("Ipv6Ranges", [])])
            if any(address in ipaddress.ip_network(block) for block in blocks):
                return True
            if any(pair.get("GroupId") in source_group_ids
                   for pair in rule.get("UserIdGroupPairs", [])):
                return True
    return False

"""Compara el bloque de la ACL como texto (startswith de los octetos del prefijo) (5a); en los grupos, una regla UDP también abre TCP (5b)."""
# fails: ej5a-pruebas ej5b-pruebas
# %% ej5a-respuesta
def nacl_allows(entries, egress, ip, port):
    """True si las reglas `entries` dejan pasar un paquete TCP en ese sentido."""
    address = ipaddress.ip_address(ip)
    for entry in sorted(entries, key=lambda e: e["RuleNumber"]):
        if entry["Egress"] != egress or entry["Protocol"] not in ("-1", "6"):
            continue
        block = entry.get("CidrBlock") or entry.get("Ipv6CidrBlock")
        base, bits = block.split("/")
        octets = base.split(".")[: int(bits) // 8]
        if ":" in block and ":" not in ip or ":" in ip and ":" not in block:
            continue
        if not ip.startswith(".".join(octets)):
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
    for group in groups:
        for rule in group["IpPermissions"]:
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

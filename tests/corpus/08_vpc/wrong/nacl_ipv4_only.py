"""Solo entiende las reglas IPv4 de la ACL (lee CidrBlock) (5a)."""
# fails: ej5a-pruebas
# message: Ipv6CidrBlock
# %% ej5a-respuesta
def nacl_allows(entries, egress, ip, port):
    """True si las reglas `entries` dejan pasar un paquete TCP en ese sentido."""
    address = ipaddress.ip_address(ip)
    for entry in sorted(entries, key=lambda e: e["RuleNumber"]):
        if entry["Egress"] != egress or entry["Protocol"] not in ("-1", "6"):
            continue
        if address not in ipaddress.ip_network(entry["CidrBlock"]):
            continue
        ports = entry.get("PortRange")
        if entry["Protocol"] == "6" and not ports["From"] <= port <= ports["To"]:
            continue
        return entry["RuleAction"] == "allow"
    return False

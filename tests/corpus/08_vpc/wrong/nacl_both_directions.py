"""Mezcla las reglas de entrada y de salida de la ACL (5a; las redes de 5c no lo delatan); en la pregunta 4 cree que permitir gana a denegar."""
# fails: ej5a-pruebas quiz-p4
# %% ej5a-respuesta
def nacl_allows(entries, egress, ip, port):
    """True si las reglas `entries` dejan pasar un paquete TCP en ese sentido."""
    address = ipaddress.ip_address(ip)
    for entry in sorted(entries, key=lambda e: e["RuleNumber"]):
        if entry["Protocol"] not in ("-1", "6"):
            continue
        if address not in ipaddress.ip_network(entry.get("CidrBlock") or entry.get("Ipv6CidrBlock")):
            continue
        ports = entry.get("PortRange")
        if entry["Protocol"] == "6" and not ports["From"] <= port <= ports["To"]:
            continue
        return entry["RuleAction"] == "allow"
    return False
# %% quiz-respuestas
# Escribe la letra de cada respuesta entre comillas, por ejemplo: answer_1 = "a"
answer_1 = "c"
answer_2 = "a"
answer_3 = "d"
answer_4 = "c"
answer_5 = "c"

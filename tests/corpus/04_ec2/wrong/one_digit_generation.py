"""Reads a one-digit generation (p10 would be generation 1, attributes "0"); opens SSH to
admin_cidr but also to the whole IPv6 Internet (::/0)."""
# fails: ej1-pruebas ej5-pruebas
# message: El puerto 22 (SSH) queda abierto a ::/0
# %% ej1-respuesta
def decode_instance_type(name):
    prefix, size = name.split(".", 1)
    family = ""
    for c in prefix:
        if not c.isalpha():
            break
        family += c
    return {"family": family, "generation": int(prefix[len(family)]),
            "attributes": prefix[len(family) + 1:], "size": size}
# %% ej5-respuesta
def create_web_security_group(ec2, name, admin_cidr):
    gid = ec2.create_security_group(GroupName=name, Description="web")["GroupId"]
    ec2.authorize_security_group_ingress(GroupId=gid, IpPermissions=[
        {"IpProtocol": "tcp", "FromPort": 80, "ToPort": 80, "IpRanges": [{"CidrIp": "0.0.0.0/0"}]},
        {"IpProtocol": "tcp", "FromPort": 22, "ToPort": 22, "IpRanges": [{"CidrIp": admin_cidr}],
         "Ipv6Ranges": [{"CidrIpv6": "::/0"}]}])
    return gid

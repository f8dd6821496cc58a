"""Opens SSH to the whole Internet as well as HTTP."""
# fails: ej5-pruebas
# message: El puerto 22 (SSH) queda abierto a 0.0.0.0/0
# %% ej5-respuesta
def create_web_security_group(ec2, name, admin_cidr):
    gid = ec2.create_security_group(GroupName=name, Description="web")["GroupId"]
    ec2.authorize_security_group_ingress(GroupId=gid, IpPermissions=[
        {"IpProtocol": "tcp", "FromPort": p, "ToPort": p, "IpRanges": [{"CidrIp": "0.0.0.0/0"}]}
        for p in (80, 22)])
    return gid

"""boto3's resource API (Instance objects, their waiters and reload; the image waited for
with the exists waiter filtered on state=available), a regex with the size in it, quiz
answers in capitals with spaces."""
# %% ej1-respuesta
def decode_instance_type(name):
    m = re.match(r"^(?P<family>[a-z]+)(?P<generation>[0-9]+)(?P<attributes>[^.]*)\.(?P<size>.+)$",
                 name)
    parts = m.groupdict()
    parts["generation"] = int(parts["generation"])
    return parts
# %% ej2-respuesta
def traits(name):
    return set(map(TRAITS.get, set(decode_instance_type(name)["attributes"]) & set(TRAITS)))
# %% ej6-respuesta
def launch_ha_pair(ec2, ami_id, security_group_id, key_name):
    resource = boto3.resource("ec2", region_name=ec2.meta.region_name)
    vpc = next(iter(resource.vpcs.filter(Filters=[{"Name": "isDefault", "Values": ["true"]}])))
    subnets = sorted(vpc.subnets.all(), key=lambda s: s.availability_zone)
    made = []
    for subnet in subnets[:2]:
        made += subnet.create_instances(ImageId=ami_id, InstanceType="t3.micro", MinCount=1,
                                        MaxCount=1, SecurityGroupIds=[security_group_id],
                                        KeyName=key_name)
    return [i.id for i in made]
# %% ej7-respuesta
def observe_lifecycle(ec2, instance_id):
    instance = boto3.resource("ec2", region_name=ec2.meta.region_name).Instance(instance_id)
    out = []

    def note(action):
        instance.reload()
        out.append(dict(action=action, state=instance.state["Name"],
                        public_ip=instance.public_ip_address,
                        private_ip=instance.private_ip_address))

    instance.reboot()
    note("reboot")
    instance.stop()
    instance.wait_until_stopped()
    note("stop")
    instance.start()
    instance.wait_until_running()
    note("start")
    return out
# %% ej8-respuesta
def resize_instance(ec2, instance_id, new_type):
    instance = boto3.resource("ec2", region_name=ec2.meta.region_name).Instance(instance_id)
    instance.stop()
    instance.wait_until_stopped()
    instance.modify_attribute(InstanceType={"Value": new_type})
    instance.start()
    instance.wait_until_running()
# %% ej9-respuesta
def clone_instance(ec2, instance_id, image_name):
    instance = boto3.resource("ec2", region_name=ec2.meta.region_name).Instance(instance_id)
    image = instance.create_image(Name=image_name)
    image.wait_until_exists(Filters=[{"Name": "state", "Values": ["available"]}])
    copies = image.meta.client.run_instances(ImageId=image.id,
                                             InstanceType=instance.instance_type,
                                             MinCount=1, MaxCount=1)["Instances"]
    return image.id, copies[0]["InstanceId"]
# %% quiz-respuestas
answer_1 = " B "
answer_2 = "C"
answer_3 = "c "
answer_4 = "C"
answer_5 = "b"

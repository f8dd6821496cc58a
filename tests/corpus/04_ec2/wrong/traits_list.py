"""Returns the traits as a list and the clone as a list (the statement asks for a set and a
tuple); resizes to a fixed t3.large whatever new_type says."""
# fails: ej2-pruebas ej8-pruebas ej9-pruebas
# message: debe devolver un conjunto (set)
# %% ej2-respuesta
def traits(name):
    return [TRAITS[c] for c in decode_instance_type(name)["attributes"] if c in TRAITS]
# %% ej8-respuesta
def resize_instance(ec2, instance_id, new_type):
    ec2.stop_instances(InstanceIds=[instance_id])
    ec2.get_waiter("instance_stopped").wait(InstanceIds=[instance_id])
    ec2.modify_instance_attribute(InstanceId=instance_id, InstanceType={"Value": "t3.large"})
    ec2.start_instances(InstanceIds=[instance_id])
# %% ej9-respuesta
def clone_instance(ec2, instance_id, image_name):
    original = ec2.describe_instances(InstanceIds=[instance_id])["Reservations"][0]["Instances"][0]
    image_id = ec2.create_image(InstanceId=instance_id, Name=image_name)["ImageId"]
    ec2.get_waiter("image_available").wait(ImageIds=[image_id])
    r = ec2.run_instances(ImageId=image_id, InstanceType=original["InstanceType"],
                          MinCount=1, MaxCount=1)
    return [image_id, r["Instances"][0]["InstanceId"]]

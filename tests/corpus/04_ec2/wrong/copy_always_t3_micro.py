"""Launches the copy as a t3.micro whatever the original is: passes the visible case only."""
# fails: ej9-pruebas
# message: debe tener el mismo tipo que la original
# %% ej9-respuesta
def clone_instance(ec2, instance_id, image_name):
    image_id = ec2.create_image(InstanceId=instance_id, Name=image_name)["ImageId"]
    ec2.get_waiter("image_available").wait(ImageIds=[image_id])
    r = ec2.run_instances(ImageId=image_id, InstanceType="t3.micro", MinCount=1, MaxCount=1)
    return image_id, r["Instances"][0]["InstanceId"]

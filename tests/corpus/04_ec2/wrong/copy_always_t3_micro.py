"""Launches the copy as a t3.micro whatever the original is: passes the visible case only."""
# fails: ej9-pruebas
# %% ej9-respuesta
def clone_instance(ec2, instance_id, image_name):
    image_id = ec2.create_image(InstanceId=instance_id, Name=image_name)["ImageId"]
    r = ec2.run_instances(ImageId=image_id, InstanceType="t3.micro", MinCount=1, MaxCount=1)
    return image_id, r["Instances"][0]["InstanceId"]

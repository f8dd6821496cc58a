"""Creates the image but launches the copy from the AMI the original was launched with."""
# fails: ej9-pruebas
# message: debe arrancar con la AMI nueva
# %% ej9-respuesta
def clone_instance(ec2, instance_id, image_name):
    original = ec2.describe_instances(InstanceIds=[instance_id])["Reservations"][0]["Instances"][0]
    image_id = ec2.create_image(InstanceId=instance_id, Name=image_name)["ImageId"]
    r = ec2.run_instances(ImageId=original["ImageId"], InstanceType=original["InstanceType"],
                          MinCount=1, MaxCount=1)
    return image_id, r["Instances"][0]["InstanceId"]

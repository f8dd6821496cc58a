"""Stops and resizes the instance, then forgets to start it again."""
# fails: ej8-pruebas
# message: vuelve a arrancarla con start_instances
# %% ej8-respuesta
def resize_instance(ec2, instance_id, new_type):
    ec2.stop_instances(InstanceIds=[instance_id])
    ec2.get_waiter("instance_stopped").wait(InstanceIds=[instance_id])
    ec2.modify_instance_attribute(InstanceId=instance_id, InstanceType={"Value": new_type})

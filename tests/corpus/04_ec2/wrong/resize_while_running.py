"""Changes the type without stopping: moto lets it through, AWS refuses it."""
# fails: ej8-pruebas
# message: IncorrectInstanceState
# %% ej8-respuesta
def resize_instance(ec2, instance_id, new_type):
    ec2.modify_instance_attribute(InstanceId=instance_id, InstanceType={"Value": new_type})

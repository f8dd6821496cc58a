"""ej2 checks only the range, so 7.5 days reaches AWS (which wants a whole number); ej9b
draws a fixed set of hours instead of the list it receives."""
# fails: ej2-pruebas ej9b-pruebas
# %% ej2-respuesta
def create_employee_db(rds, identifier, subnet_group, sg_id, backup_days):
    if backup_days < 1 or backup_days > 35:
        raise ValueError("retención fuera de rango")
    rds.create_db_instance(
        DBInstanceIdentifier=identifier, Engine="mysql", DBInstanceClass="db.t3.micro",
        AllocatedStorage=20, StorageType="gp3", MasterUsername="admin",
        ManageMasterUserPassword=True, DBSubnetGroupName=subnet_group,
        VpcSecurityGroupIds=[sg_id], PubliclyAccessible=False, MultiAZ=True,
        StorageEncrypted=True, BackupRetentionPeriod=backup_days)
    rds.get_waiter("db_instance_available").wait(DBInstanceIdentifier=identifier)
    endpoint = rds.describe_db_instances(DBInstanceIdentifier=identifier)["DBInstances"][0]["Endpoint"]
    return endpoint["Address"], endpoint["Port"]
# %% ej9b-respuesta
def cost_chart(reads_per_second, writes_per_second, item_kb, hours):
    fig, ax = new_chart("Coste de DynamoDB", "Horas de tráfico al mes", "USD al mes")
    fixed = [0, 100, 200, 300, 730]
    costs = [monthly_costs(reads_per_second, writes_per_second, item_kb, h) for h in fixed]
    ax.plot(fixed, [c["bajo_demanda"] for c in costs], label="bajo demanda")
    ax.plot(fixed, [c["aprovisionada"] for c in costs], label="aprovisionada")
    ax.legend()
    return fig

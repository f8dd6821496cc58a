"""ej6 applies disabled rules too; ej8 lets the role do everything (s3:*) on photos; ej1 puts
the shared web files on EBS."""
# fails: ej6-pruebas ej8-pruebas ej1-pruebas
# message: «web_compartida»
# %% ej1-respuesta
STORAGE_FOR = {
    "procesado_temporal": "almacen_instancias",
    "base_de_datos": "ebs",
    "web_compartida": "ebs",
    "fotos_usuarios": "s3",
    "volumen_raiz": "ebs",
    "copias_7_anos": "s3",
}
# %% ej6-respuesta
def storage_class_on_day(rules, key, size_bytes, day):
    applying = [r for r in rules if key.startswith((r.get("Filter") or {}).get("Prefix", ""))]
    if any(day >= r["Expiration"]["Days"] for r in applying if "Days" in r.get("Expiration", {})):
        return None
    if size_bytes < TRANSITION_MIN_BYTES:
        return "STANDARD"
    reached = [t["StorageClass"] for r in applying for t in r.get("Transitions", []) if day >= t["Days"]]
    return max(reached, key=CHEAPEST_LAST.index, default="STANDARD")
# %% ej8-respuesta
def photo_bucket_policy(bucket, role_arn):
    return {"Version": "2012-10-17", "Statement": [{
        "Effect": "Allow", "Principal": {"AWS": role_arn}, "Action": "s3:*",
        "Resource": f"arn:aws:s3:::{bucket}/fotos/*"}]}

"""The Flask application: pages, forms, /info and /salud over a data layer.

``create_app(settings, layer)``: ``layer`` is any object with the data-layer functions of the
project (``save_employee``, ``get_employee``, ``list_employees``, ``delete_employee``,
``upload_photo``, ``photo_url``), the student's or the course's reference.
"""

from __future__ import annotations

import os
import urllib.request
from dataclasses import dataclass, field
from typing import Any

import boto3
from flask import Flask, abort, flash, redirect, render_template_string, request, url_for

PHOTO_SECONDS = 3600
MAX_PHOTO_BYTES = 5 * 1024 * 1024


@dataclass
class Settings:
    """The app's configuration, read from the environment as on an EC2 instance."""

    bucket: str
    table: str
    region: str
    endpoint_url: str | None = None
    local: bool = False          # True on the course's local AWS (moto): say it on the page
    stack: str = "referencia"    # "estudiante" or "referencia": which data layer, for the footer
    stack_origin: str = ""
    extra: dict[str, Any] = field(default_factory=dict)

    @classmethod
    def from_environment(cls, **overrides: Any) -> Settings:
        missing = [v for v in ("PHOTOS_BUCKET", "DYNAMO_TABLE") if not os.environ.get(v)]
        if missing and not {"bucket", "table"} <= set(overrides):
            raise SystemExit(f"Faltan variables de entorno: {', '.join(missing)}. La "
                             "aplicación necesita PHOTOS_BUCKET y DYNAMO_TABLE.")
        values = {"bucket": os.environ.get("PHOTOS_BUCKET", ""),
                  "table": os.environ.get("DYNAMO_TABLE", ""),
                  "region": os.environ.get("AWS_REGION")
                  or os.environ.get("AWS_DEFAULT_REGION", "us-east-1"),
                  "endpoint_url": os.environ.get("AWS_ENDPOINT_URL") or None}
        values.update(overrides)
        return cls(**values)


BASE = """<!doctype html>
<html lang="es"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Directorio de empleados</title>
<style>
 body{font-family:system-ui,sans-serif;margin:0;background:#f4f5f7;color:#16191f}
 header{background:#232f3e;color:#fff;padding:14px 28px;display:flex;gap:24px;align-items:center}
 header a{color:#fff;text-decoration:none} header h1{font-size:20px;margin:0;flex:1}
 main{max-width:980px;margin:24px auto;padding:0 20px}
 .boton{background:#ff9900;color:#16191f;border:0;border-radius:4px;padding:8px 14px;
        font-weight:600;text-decoration:none;cursor:pointer}
 .rejilla{display:grid;grid-template-columns:repeat(auto-fill,minmax(210px,1fr));gap:18px}
 .ficha{background:#fff;border-radius:8px;padding:14px;box-shadow:0 1px 3px #0002}
 .ficha img,.sinfoto{width:100%;height:190px;object-fit:cover;border-radius:6px;background:#dde}
 .sinfoto{display:flex;align-items:center;justify-content:center;color:#667}
 .ficha h2{font-size:17px;margin:10px 0 2px} .ficha p{margin:2px 0;color:#445}
 .acciones{display:flex;gap:8px;margin-top:10px} .acciones form{margin:0}
 .acciones a,.acciones button{font-size:13px;padding:5px 10px}
 .secundario{background:#e9ebed} .peligro{background:#d13212;color:#fff}
 form.datos label{display:block;margin:12px 0 4px;font-weight:600}
 form.datos input{width:100%;max-width:420px;padding:7px;box-sizing:border-box}
 .avisos{background:#fff3cd;padding:10px 14px;border-radius:6px;margin-bottom:14px}
 footer{max-width:980px;margin:30px auto;padding:12px 20px;color:#556;font-size:13px;
        border-top:1px solid #ccd}
 table.info td{padding:6px 12px;background:#fff}
</style></head><body>
<header><h1><a href="{{ url_for('index') }}">Directorio de empleados</a></h1>
<a href="{{ url_for('new_employee') }}" class="boton">Añadir empleado</a>
<a href="{{ url_for('info') }}">Info</a></header>
<main>
{% with messages = get_flashed_messages() %}{% if messages %}
<div class="avisos">{% for m in messages %}<div>{{ m }}</div>{% endfor %}</div>
{% endif %}{% endwith %}
{{ body|safe }}
</main>
<footer id="pie">
{% if settings.stack == "estudiante" %}Pila: <strong>la tuya</strong> (tu capa de datos del
proyecto, {{ settings.stack_origin }}).{% else %}Pila: <strong>la de referencia del curso</strong>
{% if settings.stack_origin %}({{ settings.stack_origin }}){% endif %}.{% endif %}
Bucket <code>{{ settings.bucket }}</code>, tabla <code>{{ settings.table }}</code>,
región {{ settings.region }}.
{% if settings.local %}AWS local emulada (moto) en {{ settings.endpoint_url }}: nada sale a la
nube real.{% endif %}
</footer></body></html>"""

LIST = """
<form method="get" style="margin-bottom:16px">
 <label>Departamento: <input name="departamento" value="{{ department or '' }}"
  placeholder="todos"></label> <button class="boton secundario">Filtrar</button>
</form>
{% if not employees %}<p>No hay empleados{% if department %} en {{ department }}{% endif %}.
 <a href="{{ url_for('new_employee') }}">Añade el primero</a>.</p>{% endif %}
<div class="rejilla">
{% for e in employees %}
 <div class="ficha" data-id="{{ e.id }}">
  {% if e.url %}<img src="{{ e.url }}" alt="Foto de {{ e.nombre }}">
  {% else %}<div class="sinfoto">Sin foto</div>{% endif %}
  <h2>{{ e.nombre }}</h2><p>{{ e.puesto }}</p><p><em>{{ e.departamento }}</em></p>
  <div class="acciones">
   <a class="boton secundario" href="{{ url_for('edit_employee', employee_id=e.id) }}">Editar</a>
   <form method="post" action="{{ url_for('delete', employee_id=e.id) }}">
    <button class="boton peligro" type="submit">Borrar</button></form>
  </div>
 </div>
{% endfor %}
</div>"""

FORM = """
<h2>{{ title }}</h2>
<form class="datos" method="post" enctype="multipart/form-data">
 <label for="nombre">Nombre</label><input id="nombre" name="nombre" required
  value="{{ employee.nombre or '' }}">
 <label for="puesto">Puesto</label><input id="puesto" name="puesto"
  value="{{ employee.puesto or '' }}">
 <label for="departamento">Departamento</label><input id="departamento" name="departamento"
  required value="{{ employee.departamento or '' }}">
 <label for="foto">Foto (JPEG o PNG){% if employee.foto %}: deja vacío para conservar la
  actual{% endif %}</label><input id="foto" name="foto" type="file" accept="image/jpeg,image/png">
 <p><button class="boton" type="submit">Guardar</button>
 <a href="{{ url_for('index') }}">Cancelar</a></p>
</form>"""

INFO = """
<h2>Información de la instancia</h2>
<table class="info">
<tr><td>Id de instancia</td><td id="instancia">{{ instance }}</td></tr>
<tr><td>Zona de disponibilidad</td><td id="zona">{{ zone }}</td></tr>
</table>
{% if settings.local %}<p>En la AWS local estos datos son <strong>simulados</strong>: la
aplicación corre en tu ordenador, no en una instancia EC2. En AWS, detrás del equilibrador de
carga, cada recarga puede mostrar otra instancia y otra zona.</p>{% endif %}"""


def _metadata(path: str) -> str | None:
    """Read the EC2 instance metadata service with IMDSv2 (a token first); None off EC2."""
    try:
        token_request = urllib.request.Request(
            "http://169.254.169.254/latest/api/token", method="PUT",
            headers={"X-aws-ec2-metadata-token-ttl-seconds": "60"})
        token = urllib.request.urlopen(token_request, timeout=1).read().decode()
        data = urllib.request.Request(f"http://169.254.169.254/latest/meta-data/{path}",
                                      headers={"X-aws-ec2-metadata-token": token})
        return urllib.request.urlopen(data, timeout=1).read().decode()
    except OSError:
        return None


def create_app(settings: Settings, layer: Any) -> Flask:
    app = Flask("directorio")
    app.secret_key = os.environ.get("SECRET_KEY") or os.urandom(16).hex()
    app.config["MAX_CONTENT_LENGTH"] = MAX_PHOTO_BYTES
    options = {"region_name": settings.region}
    if settings.endpoint_url:
        options["endpoint_url"] = settings.endpoint_url
    dynamodb = boto3.client("dynamodb", **options)
    s3 = boto3.client("s3", **options)

    def page(body_template: str, **context: Any) -> str:
        body = render_template_string(body_template, settings=settings, **context)
        return render_template_string(BASE, body=body, settings=settings)

    def save_photo(employee_id: str) -> str | None:
        upload = request.files.get("foto")
        if upload is None or not upload.filename:
            return None
        return layer.upload_photo(s3, settings.bucket, employee_id, upload.read(),
                                  upload.mimetype)

    def form_employee() -> dict[str, str]:
        return {k: request.form.get(k, "").strip() for k in ("nombre", "puesto",
                                                             "departamento")}

    @app.get("/")
    def index() -> str:
        department = request.args.get("departamento", "").strip() or None
        employees = layer.list_employees(dynamodb, settings.table, department)
        for employee in employees:
            employee["url"] = (layer.photo_url(s3, settings.bucket, employee["foto"],
                                               PHOTO_SECONDS) if employee.get("foto") else None)
        return page(LIST, employees=employees, department=department)

    @app.route("/empleados/nuevo", methods=["GET", "POST"])
    def new_employee() -> Any:
        if request.method == "GET":
            return page(FORM, title="Nuevo empleado", employee={})
        employee = form_employee()
        try:
            employee_id = layer.save_employee(dynamodb, settings.table, dict(employee))
            key = save_photo(employee_id)
            if key:
                layer.save_employee(dynamodb, settings.table,
                                    {**employee, "id": employee_id, "foto": key})
        except ValueError as error:
            flash(f"No se ha guardado: {error}")
            return page(FORM, title="Nuevo empleado", employee=employee), 400
        flash(f"Añadido: {employee['nombre']}.")
        return redirect(url_for("index"))

    @app.route("/empleados/<employee_id>/editar", methods=["GET", "POST"])
    def edit_employee(employee_id: str) -> Any:
        current = layer.get_employee(dynamodb, settings.table, employee_id)
        if current is None:
            abort(404)
        if request.method == "GET":
            return page(FORM, title=f"Editar a {current['nombre']}", employee=current)
        employee = {**form_employee(), "id": employee_id}
        try:
            key = save_photo(employee_id)
            if key and current.get("foto") and current["foto"] != key:
                s3.delete_object(Bucket=settings.bucket, Key=current["foto"])
            if key or current.get("foto"):
                employee["foto"] = key or current["foto"]
            layer.save_employee(dynamodb, settings.table, employee)
        except ValueError as error:
            flash(f"No se ha guardado: {error}")
            return page(FORM, title="Editar", employee={**current, **employee}), 400
        flash(f"Guardado: {employee['nombre']}.")
        return redirect(url_for("index"))

    @app.post("/empleados/<employee_id>/borrar")
    def delete(employee_id: str) -> Any:
        existed = layer.delete_employee(dynamodb, s3, settings.table, settings.bucket,
                                        employee_id)
        flash("Empleado borrado." if existed else "Ese empleado ya no existía.")
        return redirect(url_for("index"))

    @app.get("/info")
    def info() -> str:
        if settings.local:
            instance = "i-simulada (AWS local: no hay instancia EC2)"
            zone = f"{settings.region}a (simulada)"
        else:
            instance = _metadata("instance-id") or "desconocido (no es una instancia EC2)"
            zone = _metadata("placement/availability-zone") or "desconocida"
        return page(INFO, instance=instance, zone=zone)

    @app.get("/salud")
    def health() -> Any:
        try:
            layer.get_employee(dynamodb, settings.table, "comprobacion-de-estado")
        except Exception as error:  # the load balancer only needs a status code
            return {"estado": "mal", "motivo": str(error)}, 503
        return {"estado": "ok", "pila": settings.stack}

    @app.errorhandler(413)
    def too_big(_: Any) -> Any:
        flash("La foto pesa más de 5 MB.")
        return redirect(url_for("index"))

    return app

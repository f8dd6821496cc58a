"""The employee directory app of the final project (directorio/, module 12): pages, forms,
photos through presigned URLs, /info and /salud, the student's data layer or the reference one,
and the answer-free package (the app lives outside fundamentos_aws)."""

from __future__ import annotations

import importlib
import os
import re
import struct
import sys
import textwrap
import zlib

import pytest
from course import REPO

sys.path.insert(0, str(REPO))  # `make directorio` runs from the course root

from directorio import __main__ as cli  # noqa: E402
from directorio import referencia  # noqa: E402
from directorio.app import Settings, create_app  # noqa: E402


def png_bytes(size: int = 8) -> bytes:
    """A real PNG image (orange square), so that a browser can decode it."""
    raw = b"".join(b"\x00" + b"\xff\x99\x00" * size for _ in range(size))

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (struct.pack(">I", len(data)) + kind + data
                + struct.pack(">I", zlib.crc32(kind + data)))

    header = struct.pack(">IIBBBBB", size, size, 8, 2, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(raw))
            + chunk(b"IEND", b""))


@pytest.fixture
def app(monkeypatch):
    """The app on the reference stack, against moto in memory."""
    from fundamentos_aws.local_aws import reset_local_aws, start_local_aws, stop_local_aws

    start_local_aws()
    reset_local_aws()
    import boto3

    referencia.create_photo_bucket(boto3.client("s3"), "fotos-prueba-app",
                                   "arn:aws:iam::123456789012:role/directorio-app")
    referencia.create_employee_table(boto3.client("dynamodb"), "Empleados")
    settings = Settings(bucket="fotos-prueba-app", table="Empleados", region="us-east-1",
                        local=True, stack="referencia", stack_origin="directorio/referencia.py")
    flask_app = create_app(settings, referencia)
    flask_app.config["TESTING"] = True
    yield flask_app
    stop_local_aws()


def test_add_list_edit_and_delete_an_employee_with_a_photo(app):
    client = app.test_client()
    assert "No hay empleados" in client.get("/").get_data(as_text=True)
    import io

    done = client.post("/empleados/nuevo", data={
        "nombre": "Ana Ruiz", "puesto": "Analista", "departamento": "Datos",
        "foto": (io.BytesIO(png_bytes()), "ana.png", "image/png")},
        content_type="multipart/form-data")
    assert done.status_code == 302
    page = client.get("/").get_data(as_text=True)
    assert "Ana Ruiz" in page and "Analista" in page
    src = re.search(r'<img src="([^"]+)"', page).group(1).replace("&amp;", "&")
    assert "X-Amz-Algorithm=AWS4-HMAC-SHA256" in src and "X-Amz-Expires=3600" in src
    assert "/fotos/" in src and src.split("?")[0].endswith(".png")
    employee_id = re.search(r'data-id="([^"]+)"', page).group(1)
    # The photo is in the private bucket with its content type.
    import boto3

    stored = boto3.client("s3").get_object(Bucket="fotos-prueba-app",
                                           Key=f"fotos/{employee_id}.png")
    assert stored["ContentType"] == "image/png" and stored["Body"].read() == png_bytes()

    form = client.get(f"/empleados/{employee_id}/editar").get_data(as_text=True)
    assert 'value="Analista"' in form
    client.post(f"/empleados/{employee_id}/editar", data={
        "nombre": "Ana Ruiz", "puesto": "Jefa de datos", "departamento": "Datos"},
        content_type="multipart/form-data")
    page = client.get("/?departamento=Datos").get_data(as_text=True)
    assert "Jefa de datos" in page and "<img" in page, "editing without a photo keeps it"
    assert "Ana Ruiz" not in client.get("/?departamento=Ventas").get_data(as_text=True)

    assert client.post(f"/empleados/{employee_id}/borrar").status_code == 302
    assert "Ana Ruiz" not in client.get("/").get_data(as_text=True)
    keys = boto3.client("s3").list_objects_v2(Bucket="fotos-prueba-app").get("Contents", [])
    assert keys == [], "deleting an employee deletes the photo"


def test_refuses_what_is_not_a_photo_and_a_missing_department(app):
    import io

    client = app.test_client()
    page = client.post("/empleados/nuevo", data={
        "nombre": "Leo", "puesto": "x", "departamento": "Datos",
        "foto": (io.BytesIO(b"GIF89a"), "leo.gif", "image/gif")},
        content_type="multipart/form-data")
    assert page.status_code == 400
    assert "Solo fotos JPEG o PNG" in page.get_data(as_text=True)
    page = client.post("/empleados/nuevo", data={"nombre": "Leo", "departamento": ""},
                       content_type="multipart/form-data")
    assert page.status_code == 400 and "nombre y departamento" in page.get_data(as_text=True)


def test_info_health_and_footer_say_what_is_simulated(app):
    client = app.test_client()
    info = client.get("/info").get_data(as_text=True)
    assert "simulad" in info and "i-simulada" in info
    assert client.get("/salud").get_json() == {"estado": "ok", "pila": "referencia"}
    assert "la de referencia del curso" in client.get("/").get_data(as_text=True)


def test_settings_come_from_the_environment(monkeypatch):
    monkeypatch.setenv("PHOTOS_BUCKET", "fotos-x")
    monkeypatch.setenv("DYNAMO_TABLE", "Tabla")
    monkeypatch.setenv("AWS_REGION", "eu-south-2")
    monkeypatch.delenv("AWS_ENDPOINT_URL", raising=False)
    settings = Settings.from_environment()
    assert (settings.bucket, settings.table, settings.region, settings.endpoint_url) == (
        "fotos-x", "Tabla", "eu-south-2", None)
    monkeypatch.delenv("PHOTOS_BUCKET")
    with pytest.raises(SystemExit, match="PHOTOS_BUCKET"):
        Settings.from_environment()


def test_student_data_layer_is_loaded_or_refused_with_a_reason(tmp_path, capsys):
    good = tmp_path / "directorio_estudiante.py"
    good.write_text(textwrap.dedent("""\
        from directorio.referencia import *  # noqa: F403
        """))
    module = cli.load_student(good)
    assert module is not None and module.photo_url is referencia.photo_url
    broken = tmp_path / "roto.py"
    broken.write_text("def save_employee(:\n")
    assert cli.load_student(broken) is None
    assert "no se puede cargar" in capsys.readouterr().out
    partial = tmp_path / "parcial.py"
    partial.write_text("def save_employee(dynamodb, table, employee):\n    return '1'\n")
    assert cli.load_student(partial) is None
    assert "le faltan" in capsys.readouterr().out
    assert cli.load_student(tmp_path / "no-existe.py") is None


def test_the_notebook_saves_a_data_layer_the_app_can_load(tmp_path):
    """save_data_layer writes the functions, their helpers, constants and imports."""
    from fundamentos_aws.checks import project

    main = type(sys)("__main__")
    source = textwrap.dedent("""\
        import uuid
        from botocore.config import Config
        FIELDS = ("nombre", "puesto")
        def helper(x):
            return [x, FIELDS, Config]
        def save_employee(dynamodb, table, employee):
            return helper(uuid.uuid4().hex)
        """)
    code_path = tmp_path / "celda.py"
    code_path.write_text(source)
    exec(compile(source, str(code_path), "exec"), main.__dict__)
    path = project.save_data_layer([main.save_employee], folder=str(tmp_path))
    text = open(path, encoding="utf-8").read()
    assert "import uuid" in text and "from botocore.config import Config" in text
    assert "FIELDS = ('nombre', 'puesto')" in text and "def helper(x):" in text
    namespace: dict = {}
    exec(compile(text, path, "exec"), namespace)
    assert namespace["save_employee"](None, None, None)[1] == ("nombre", "puesto")


def test_the_app_is_not_in_the_package_students_import():
    """The reference data layer answers exercises: it must stay out of fundamentos_aws."""
    import fundamentos_aws

    package = importlib.import_module("fundamentos_aws")
    assert "directorio" not in " ".join(os.listdir(os.path.dirname(package.__file__)))
    pyproject = (REPO / "pyproject.toml").read_text()
    assert 'include = ["fundamentos_aws*"]' in pyproject
    assert not hasattr(fundamentos_aws, "referencia")

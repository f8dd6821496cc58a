"""``make directorio``: the local AWS, the directory's stack on it, and the app in a browser.

    python -m directorio [--port 8000] [--stack auto|estudiante|referencia] [--student FILE]
    python -m directorio --servir     # only the app, configured by the environment (as on EC2)

By default it starts a moto server on 127.0.0.1, builds the bucket and the table with the
student's own functions (``mi_trabajo/12_proyecto_directorio/directorio_estudiante.py``, which
the project notebook's last cell saves) or with the course's reference ones, and serves the
app on PORT (8000 unless told). Ctrl+C stops both.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import logging
import os
import socket
import sys
import types
from pathlib import Path

from . import referencia
from .app import Settings, create_app

REPO = Path(__file__).resolve().parent.parent
STUDENT_FILE = Path("mi_trabajo") / "12_proyecto_directorio" / "directorio_estudiante.py"
FUNCTIONS = ("create_photo_bucket", "create_employee_table", "save_employee", "get_employee",
             "list_employees", "delete_employee", "upload_photo", "photo_url")
BUCKET, TABLE, ROLE = "fotos-directorio-local", "Empleados", "directorio-app"


def load_student(path: Path) -> types.ModuleType | None:
    """The student's data layer, or None (with the reason printed) if it is missing or broken."""
    if not path.is_file():
        print(f"· No encuentro tu capa de datos ({path}): uso la pila de referencia del curso.\n"
              "  Para usar la tuya, termina el proyecto y ejecuta su última celda.")
        return None
    spec = importlib.util.spec_from_file_location("directorio_estudiante", path)
    module = importlib.util.module_from_spec(spec)
    try:
        spec.loader.exec_module(module)
    except Exception as error:  # the student's file: say what broke and carry on
        print(f"· Tu capa de datos ({path}) no se puede cargar: {type(error).__name__}: "
              f"{error}. Uso la pila de referencia.")
        return None
    missing = [name for name in FUNCTIONS if not callable(getattr(module, name, None))]
    if missing:
        print(f"· A tu capa de datos le faltan {', '.join(missing)}: uso la de referencia.")
        return None
    return module


def free_port(preferred: int) -> int:
    with socket.socket() as probe:
        try:
            probe.bind(("127.0.0.1", preferred))
            return preferred
        except OSError:
            probe.bind(("127.0.0.1", 0))
            return probe.getsockname()[1]


def start_local_aws(region: str) -> tuple[object, str]:
    """A moto server on 127.0.0.1, and this process pointed at it (and only at it)."""
    from moto.server import ThreadedMotoServer

    logging.getLogger("werkzeug").setLevel(logging.WARNING)
    server = ThreadedMotoServer(ip_address="127.0.0.1", port=0, verbose=False)
    server.start()
    host, port = server.get_host_and_port()
    endpoint = f"http://{host}:{port}"
    for name in ("AWS_PROFILE", "AWS_DEFAULT_PROFILE"):
        os.environ.pop(name, None)
    os.environ.update({
        "AWS_ACCESS_KEY_ID": "testing", "AWS_SECRET_ACCESS_KEY": "testing",
        "AWS_DEFAULT_REGION": region, "AWS_REGION": region,
        # Every boto3 client of this process (the student's too) talks to the local server.
        "AWS_ENDPOINT_URL": endpoint,
        "AWS_CONFIG_FILE": os.devnull, "AWS_SHARED_CREDENTIALS_FILE": os.devnull,
        "AWS_EC2_METADATA_DISABLED": "true"})
    os.environ.pop("AWS_SESSION_TOKEN", None)
    return server, endpoint


def build_stack(layer: types.ModuleType, region: str, endpoint: str) -> None:
    """The role, the bucket and the table the app needs, made with ``layer``'s functions."""
    import boto3

    options = {"region_name": region, "endpoint_url": endpoint}
    iam = boto3.client("iam", **options)
    trust = {"Version": "2012-10-17", "Statement": [{
        "Effect": "Allow", "Principal": {"Service": "ec2.amazonaws.com"},
        "Action": "sts:AssumeRole"}]}
    role = iam.create_role(RoleName=ROLE, AssumeRolePolicyDocument=json.dumps(trust))
    layer.create_photo_bucket(boto3.client("s3", **options), BUCKET, role["Role"]["Arn"])
    layer.create_employee_table(boto3.client("dynamodb", **options), TABLE)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m directorio",
                                     description="El directorio de empleados del curso.")
    parser.add_argument("--port", type=int, default=int(os.environ.get("PORT", 8000)))
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--stack", choices=("auto", "estudiante", "referencia"),
                        default=os.environ.get("DIRECTORIO_PILA", "auto"))
    parser.add_argument("--student", type=Path,
                        default=Path(os.environ.get("DIRECTORIO_ESTUDIANTE", "")
                                     or REPO / STUDENT_FILE))
    parser.add_argument("--servir", action="store_true",
                        help="solo la aplicación, configurada por el entorno (como en EC2)")
    args = parser.parse_args(argv)

    if args.servir:  # on an instance: the user data exported the configuration
        settings = Settings.from_environment(stack="referencia", stack_origin="en AWS")
        create_app(settings, referencia).run(host=args.host, port=args.port)
        return 0

    region = os.environ.get("AWS_REGION") or "us-east-1"
    student = None if args.stack == "referencia" else load_student(args.student)
    if args.stack == "estudiante" and student is None:
        return 1
    server, endpoint = start_local_aws(region)
    try:
        layer, stack, origin = referencia, "referencia", "directorio/referencia.py"
        if student is not None:
            try:
                build_stack(student, region, endpoint)
                layer, stack, origin = student, "estudiante", str(args.student)
            except Exception as error:  # the student's code: explain, then the reference
                print(f"· Tu pila falló al crearse: {type(error).__name__}: {error}\n"
                      "  Uso la pila de referencia del curso.")
                server.stop()
                server, endpoint = start_local_aws(region)
                student = None
        if student is None:
            build_stack(referencia, region, endpoint)
        settings = Settings(bucket=BUCKET, table=TABLE, region=region, endpoint_url=endpoint,
                            local=True, stack=stack, stack_origin=origin)
        port = free_port(args.port)
        app = create_app(settings, layer)
        pila = "la tuya" if stack == "estudiante" else "la de referencia del curso"
        print(f"AWS local (moto) en {endpoint}\n"
              f"Pila: {pila}\n"
              f"Directorio de empleados en http://{args.host}:{port}/  (Ctrl+C para parar)",
              flush=True)
        logging.getLogger("werkzeug").setLevel(logging.WARNING)
        app.run(host=args.host, port=port, threaded=True, use_reloader=False)
    except KeyboardInterrupt:
        pass
    finally:
        server.stop()
        print("Parados el directorio y la AWS local.")
    return 0


if __name__ == "__main__":
    sys.exit(main())

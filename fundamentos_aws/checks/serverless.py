"""Visible checks of module 07 (AWS Lambda), and the events and set-up its tests share.

Each check function runs the visible cases of one exercise and, when the answer is wrong,
names the likely mistake in Spanish. Handlers are tested as what they are, plain Python
functions: moto stores a Lambda function's code and configuration but does not run it
without Docker. The checks build realistic events (an S3 put notification, an API Gateway
proxy request) and a small fake context, and every check that touches moto creates its own,
uniquely named buckets, roles and functions.

The package holds no answer: visible checks carry their expected values as literals, and the
hidden cases, only in the source notebook, pass theirs to the ``check_*`` helpers, which
compare and explain. Where moto accepts what AWS refuses (a bucket notification saved before
the function lets S3 invoke it), the checks record the calls and test what AWS would need.
"""

from __future__ import annotations

import base64
import hashlib
import io
import itertools
import json
import math
import urllib.parse
import uuid
import zipfile
from collections.abc import Callable, Iterable
from typing import Any

import boto3
from botocore.exceptions import ClientError, ParamValidationError

from . import CheckFailure, call, check, check_close, describe, passed, recorded_calls

REGION = "us-east-1"
ACCOUNT_ID = "123456789012"  # moto's account

THUMBNAIL_PREFIX = "miniaturas/"
THUMBNAIL_MAX = 128
CONTENT_TYPES = {"JPEG": "image/jpeg", "PNG": "image/png"}
RUNTIME = "python3.12"

_counter = itertools.count(1)


# --- moto without Docker ------------------------------------------------------------------

def lambda_without_docker() -> None:
    """Make moto's Lambda store functions without trying to start Docker containers.

    Call it right after ``start_local_aws()`` and before creating any function: moto keeps
    the functions of each mode apart. ``invoke`` then answers with the payload it received
    (moto's "simple" Lambda) instead of running the handler. The setting lasts while the mock
    runs (``reset_local_aws`` brings moto's default back).
    """
    from moto.core.config import default_user_config

    default_user_config["lambda"] = {"use_docker": False}


# --- events and context, as Lambda passes them ---------------------------------------------

class FakeContext:
    """The few attributes of Lambda's context object that a handler usually reads."""

    def __init__(self, function_name: str = "mi-funcion", memory_limit_in_mb: int = 128,
                 timeout_ms: int = 3000, aws_request_id: str | None = None) -> None:
        self.function_name = function_name
        self.memory_limit_in_mb = memory_limit_in_mb
        self.aws_request_id = aws_request_id or str(uuid.uuid4())
        self.invoked_function_arn = (f"arn:aws:lambda:{REGION}:{ACCOUNT_ID}:function:"
                                     f"{function_name}")
        self._timeout_ms = timeout_ms

    def get_remaining_time_in_millis(self) -> int:
        return self._timeout_ms

    def __repr__(self) -> str:
        return (f"FakeContext(function_name={self.function_name!r}, "
                f"aws_request_id={self.aws_request_id!r})")


def s3_put_event(bucket: str, keys: Iterable[str], sizes: Iterable[int] | None = None
                 ) -> dict:
    """The event S3 sends to Lambda when objects are uploaded (one record per key).

    As in AWS, each key arrives URL-encoded: spaces become ``+`` and other characters
    ``%XX`` (``"fotos/mi foto.jpg"`` arrives as ``"fotos/mi+foto.jpg"``).
    """
    keys = list(keys)
    sizes = list(sizes) if sizes is not None else [1024] * len(keys)
    records = []
    for key, size in zip(keys, sizes, strict=True):
        records.append({
            "eventVersion": "2.1",
            "eventSource": "aws:s3",
            "awsRegion": REGION,
            "eventTime": "2024-05-06T10:15:30.123Z",
            "eventName": "ObjectCreated:Put",
            "userIdentity": {"principalId": "AWS:AIDAEXAMPLE"},
            "requestParameters": {"sourceIPAddress": "203.0.113.10"},
            "responseElements": {"x-amz-request-id": uuid.uuid4().hex[:16].upper()},
            "s3": {
                "s3SchemaVersion": "1.0",
                "configurationId": "al-subir",
                "bucket": {"name": bucket, "ownerIdentity": {"principalId": "EXAMPLE"},
                           "arn": f"arn:aws:s3:::{bucket}"},
                "object": {"key": urllib.parse.quote_plus(key, safe="/"), "size": size,
                           "eTag": uuid.uuid4().hex, "sequencer": "0065A1B2C3D4E5F6"},
            },
        })
    return {"Records": records}


def api_gateway_event(method: str = "GET", path: str = "/saludo",
                      query: dict[str, str] | None = None, body: str | None = None) -> dict:
    """An API Gateway (REST, proxy integration) request as Lambda receives it.

    Without query parameters, ``queryStringParameters`` is ``None`` (not ``{}``), and the
    body is always text (or ``None``), never a dictionary.
    """
    return {
        "resource": path,
        "path": path,
        "httpMethod": method,
        "headers": {"Accept": "application/json", "Host": "api.example.com",
                    **({"Content-Type": "application/json"} if body else {})},
        "queryStringParameters": dict(query) if query else None,
        "pathParameters": None,
        "requestContext": {"requestId": str(uuid.uuid4()), "stage": "prod",
                           "httpMethod": method, "path": f"/prod{path}"},
        "body": body,
        "isBase64Encoded": False,
    }


# --- set-up shared by visible and hidden tests -------------------------------------------

def fresh_name(prefix: str) -> str:
    """A name no other test has used (valid for buckets, roles and functions)."""
    return f"{prefix}-{next(_counter)}-{uuid.uuid4().hex[:6]}"


def s3_client() -> Any:
    return boto3.client("s3", region_name=REGION)


def lambda_client() -> Any:
    return boto3.client("lambda", region_name=REGION)


def iam_client() -> Any:
    return boto3.client("iam", region_name=REGION)


def new_bucket() -> str:
    name = fresh_name("pruebas")
    s3_client().create_bucket(Bucket=name)
    return name


def image_bytes(width: int, height: int, image_format: str = "JPEG") -> bytes:
    """A small gradient image, encoded as ``image_format``."""
    from PIL import Image

    image = Image.linear_gradient("L").resize((width, height)).convert("RGB")
    out = io.BytesIO()
    image.save(out, format=image_format)
    return out.getvalue()


def new_function(name: str | None = None) -> tuple[str, str]:
    """A deployed function (with its role) to wire triggers to; returns (name, arn)."""
    name = name or fresh_name("funcion")
    trust = {"Version": "2012-10-17", "Statement": [{
        "Effect": "Allow", "Principal": {"Service": "lambda.amazonaws.com"},
        "Action": "sts:AssumeRole"}]}
    role = iam_client().create_role(RoleName=f"{name}-rol",
                                    AssumeRolePolicyDocument=json.dumps(trust))["Role"]
    code = io.BytesIO()
    with zipfile.ZipFile(code, "w") as archive:
        archive.writestr("app.py", "def handler(event, context):\n    return event\n")
    arn = lambda_client().create_function(
        FunctionName=name, Runtime="python3.12", Role=role["Arn"], Handler="app.handler",
        Code={"ZipFile": code.getvalue()})["FunctionArn"]
    return name, arn


def run(function: Callable[..., Any], *args: Any, what: str | None = None) -> Any:
    """``call`` plus a Spanish hint for the errors a beginner meets in this module."""
    try:
        return call(function, *args, what=what)
    except CheckFailure as failure:
        hint = _hint_for(failure.__context__)
        raise CheckFailure(f"{failure} → {hint}" if hint else str(failure)) from None


def _raised_in(error: BaseException, function_name: str) -> bool:
    traceback = error.__traceback__
    while traceback is not None:
        if traceback.tb_frame.f_code.co_name == function_name:
            return True
        traceback = traceback.tb_next
    return False


def _hint_for(error: BaseException | None) -> str:
    text = str(error)
    if isinstance(error, AssertionError) and _raised_in(error, "_notification_config_from_body"):
        return ("moto solo acepta los nombres de regla de filtro en minúsculas, \"prefix\" o "
                "\"suffix\" (AWS admite también \"Prefix\"): escribe {\"Name\": \"prefix\", ...}.")
    if isinstance(error, TypeError) and "'NoneType' object is not subscriptable" in text:
        return ("Sin parámetros en la URL, queryStringParameters vale None, no {}: "
                "usa (event.get(\"queryStringParameters\") or {}).get(\"nombre\").")
    if isinstance(error, AttributeError) and "'NoneType' object has no attribute 'get'" in text:
        return ("Algo del evento vale None: sin parámetros en la URL, queryStringParameters "
                "es None, y sin cuerpo, body es None. Usa «... or {}» antes de .get().")
    if isinstance(error, AttributeError) and "'str' object has no attribute 'get'" in text:
        return ("El cuerpo (event[\"body\"]) llega como TEXTO con JSON dentro, no como "
                "diccionario: conviértelo con json.loads(event[\"body\"]).")
    if isinstance(error, ParamValidationError):
        if "Environment" in text:
            return ("Las variables de entorno van dentro de otra clave: "
                    "Environment={\"Variables\": env}.")
        if "MemorySize" in text or "Timeout" in text:
            return ("MemorySize va en MB (128 a 10240) y Timeout en segundos (hasta 900), "
                    "los dos como int.")
        return "Revisa los nombres y tipos de los parámetros de la llamada a boto3."
    if isinstance(error, zipfile.BadZipFile):
        return "Eso no es un zip válido."
    if isinstance(error, ClientError):
        code = error.response.get("Error", {}).get("Code", "")
        if code == "NoSuchKey":
            return ("No existe ese objeto en el bucket. ¿Has decodificado la clave con "
                    "urllib.parse.unquote_plus? En el evento, los espacios llegan como «+».")
        if code == "NoSuchBucket":
            return "No existe ese bucket: usa el nombre que trae el evento (o el parámetro)."
        if code == "EntityAlreadyExists":
            return ("Ya existe un rol con ese nombre: llámalo f\"{name}-rol\", como pide el "
                    "enunciado.")
        if code == "ResourceConflictException":
            return "Ya existe una función con ese nombre: usa el nombre que recibe la tuya."
        if code in {"InvalidParameterValueException", "InvalidArgument"}:
            return f"AWS rechaza un parámetro: {error.response['Error'].get('Message', '')}"
    if error is not None and "cannot identify image file" in text:
        return ("Pillow no reconoce el contenido como imagen: lee los bytes con "
                "s3.get_object(...)[\"Body\"].read() y ábrelos con Image.open(io.BytesIO(...)); "
                "y salta las claves que no son imágenes.")
    return ""


# --- exercise 1: the handler name --------------------------------------------------------

def check_handler_parts(handler_parts: Callable[[str], Any], handler: str,
                        expected: tuple[str, str]) -> None:
    """Compare ``handler_parts(handler)`` with ``expected`` (file, function), given by the
    test."""
    result = run(handler_parts, handler)
    check(isinstance(result, tuple) and len(result) == 2,
          f"handler_parts({handler!r}) debe devolver una tupla (archivo, función); devuelve "
          f"{describe(result)}.")
    check(result[1] == expected[1],
          f"handler_parts({handler!r}): la función es lo que va detrás del ÚLTIMO punto, "
          f"{expected[1]!r}; devuelves {result[1]!r}.")
    check(result[0] != expected[0].removesuffix(".py"),
          f"handler_parts({handler!r}): el archivo lleva la extensión: {expected[0]!r}, no "
          f"{result[0]!r}.")
    check(result[0] == expected[0],
          f"handler_parts({handler!r}) debería dar el archivo {expected[0]!r}; devuelves "
          f"{result[0]!r}. Los puntos que quedan antes de la función separan carpetas "
          "(paquetes de Python): cámbialos por «/».")


def check_handler_rejected(handler_parts: Callable[[str], Any], handler: str) -> None:
    try:
        result = handler_parts(handler)
    except ValueError:
        return
    except NotImplementedError:
        raise CheckFailure("handler_parts: la función aún no está hecha (lanza "
                           "NotImplementedError).") from None
    except Exception as exc:
        raise CheckFailure(f"handler_parts({handler!r}) debe lanzar ValueError, pero lanza "
                           f"{type(exc).__name__}: {exc}") from None
    raise CheckFailure(f"handler_parts({handler!r}) devuelve {describe(result)}, pero un "
                       "nombre sin «archivo.función» no es válido: lanza ValueError con "
                       "raise ValueError(\"...\").")


def handler_parts(handler_parts: Callable[[str], Any]) -> None:
    """Exercise 1: file and function of a handler name."""
    for handler, expected in [
            ("lambda_function.lambda_handler", ("lambda_function.py", "lambda_handler")),
            ("app.main", ("app.py", "main")), ("api/pedidos.crear", ("api/pedidos.py", "crear")),
            ("api.pedidos.crear", ("api/pedidos.py", "crear"))]:
        check_handler_parts(handler_parts, handler, expected)
    check_handler_rejected(handler_parts, "main")
    passed("handler_parts: correcto para lambda_function.lambda_handler, app.main, "
           "api/pedidos.crear y api.pedidos.crear, y rechaza «main».")


# --- exercise 2: an API Gateway handler --------------------------------------------------

def _api_response(greeting_handler: Callable[..., Any], event: dict, context: FakeContext,
                  shown: str) -> tuple[int, dict, Any]:
    response = run(greeting_handler, event, context, what=shown)
    check(isinstance(response, dict),
          f"{shown} debe devolver un diccionario con statusCode, headers y body; devuelve "
          f"{describe(response)}.")
    missing = {"statusCode", "headers", "body"} - set(response)
    check(not missing, f"{shown}: a la respuesta le faltan las claves {sorted(missing)}. API "
                       "Gateway necesita statusCode, headers y body.")
    check(isinstance(response["statusCode"], int) and not isinstance(response["statusCode"], bool),
          f"{shown}: statusCode debe ser un número entero (200, 405...); es "
          f"{describe(response['statusCode'])}.")
    check(isinstance(response["body"], str),
          f"{shown}: body debe ser TEXTO (un JSON convertido con json.dumps), no "
          f"{type(response['body']).__name__}: API Gateway no sabe enviar un diccionario.")
    headers = response["headers"]
    check(isinstance(headers, dict), f"{shown}: headers debe ser un diccionario.")
    content_type = {k.lower(): v for k, v in headers.items()}.get("content-type", "")
    check(str(content_type).startswith("application/json"),
          f"{shown}: falta la cabecera \"Content-Type\": \"application/json\" (tiene "
          f"{headers}).")
    try:
        body = json.loads(response["body"])
    except ValueError:
        raise CheckFailure(f"{shown}: body no es JSON válido: {response['body']!r}. Créalo "
                           "con json.dumps(diccionario).") from None
    return response["statusCode"], headers, body


def check_greeting(greeting_handler: Callable[..., Any], method: str, name: str | None,
                   via: str) -> None:
    """A greeting: by query parameter (via="query"), by JSON body ("body") or with neither."""
    context = FakeContext(function_name="saludo")
    query = {"nombre": name} if via == "query" and name is not None else None
    body = json.dumps({"nombre": name} if name is not None else {}) if via == "body" else None
    event = api_gateway_event(method, "/saludo", query, body)
    shown = f"greeting_handler({method} /saludo" + (
        f"?nombre={name}" if query else f" con cuerpo {body}" if body else "") + ")"
    status, _, data = _api_response(greeting_handler, event, context, shown)
    check(status == 200, f"{shown} debe responder con statusCode 200; responde {status}.")
    check(isinstance(data, dict), f"{shown}: el body debe ser un objeto JSON; es {data!r}.")
    expected = f"Hola, {name or 'mundo'}"
    check(data.get("mensaje") == expected,
          f"{shown}: el mensaje debe ser {expected!r}; es {data.get('mensaje')!r}.")
    check(data.get("request_id") == context.aws_request_id,
          f"{shown}: request_id debe ser el de la invocación, context.aws_request_id; es "
          f"{data.get('request_id')!r}.")


def check_method_not_allowed(greeting_handler: Callable[..., Any], method: str) -> None:
    shown = f"greeting_handler({method} /saludo)"
    status, _, data = _api_response(greeting_handler, api_gateway_event(method, "/saludo"),
                                    FakeContext(), shown)
    check(status == 405, f"{shown}: un método que no sea GET ni POST debe responder 405 "
                         f"(método no permitido); responde {status}.")
    check(isinstance(data, dict) and "error" in data,
          f"{shown}: el body de un 405 debe ser un JSON con la clave \"error\"; es {data!r}.")


def greeting_handler(greeting_handler: Callable[..., Any]) -> None:
    """Exercise 2: a handler behind API Gateway."""
    check_greeting(greeting_handler, "GET", "Ana", "query")
    check_greeting(greeting_handler, "GET", None, "query")
    check_greeting(greeting_handler, "POST", "Luis", "body")
    check_method_not_allowed(greeting_handler, "DELETE")
    passed("greeting_handler: GET con y sin nombre, POST con cuerpo JSON y 405 para DELETE.")


# --- exercise 3: what an S3 event says ---------------------------------------------------

def check_s3_objects(s3_objects: Callable[[dict], Any], bucket: str, keys: list[str],
                     sizes: list[int]) -> None:
    event = s3_put_event(bucket, keys, sizes)
    shown = f"s3_objects(evento con {len(keys)} objeto{'s' if len(keys) != 1 else ''})"
    result = run(s3_objects, event, what=shown)
    expected = [(bucket, k, s) for k, s in zip(keys, sizes, strict=True)]
    check(isinstance(result, list),
          f"{shown} debe devolver una lista de tuplas (bucket, clave, tamaño); devuelve "
          f"{describe(result)}.")
    check(len(result) == len(expected),
          f"{shown} devuelve {len(result)} elementos; el evento trae {len(expected)} registros "
          "en event[\"Records\"]: recórrelos todos.")
    check(all(isinstance(r, tuple) for r in result),
          f"{shown} debe devolver una lista de TUPLAS (bucket, clave, tamaño), como pide el "
          f"enunciado; sus elementos son {sorted({type(r).__name__ for r in result})}.")
    encoded = [(bucket, urllib.parse.quote_plus(k, safe="/"), s) for k, s in
               zip(keys, sizes, strict=True)]
    half = [(bucket, urllib.parse.unquote(urllib.parse.quote_plus(k, safe="/")), s)
            for k, s in zip(keys, sizes, strict=True)]
    if result != expected and result == encoded:
        raise CheckFailure(f"{shown}: devuelves las claves tal como llegan, codificadas "
                           f"({encoded[0][1]!r}). Decodifícalas con urllib.parse.unquote_plus: "
                           f"la clave real es {keys[0]!r}.")
    if result != expected and result == half:
        raise CheckFailure(f"{shown}: unquote no convierte «+» en espacio. Usa "
                           "urllib.parse.unquote_plus.")
    check(result == expected, f"{shown} debería devolver {expected}; devuelve {result}.")


def s3_objects(s3_objects: Callable[[dict], Any]) -> None:
    """Exercise 3: bucket, decoded key and size of every record."""
    check_s3_objects(s3_objects, "fotos-clientes", ["subidas/gato.jpg"], [48213])
    check_s3_objects(s3_objects, "fotos-clientes",
                     ["subidas/playa de noche.jpg", "informes/año 2024 (final).pdf"],
                     [120400, 5300])
    passed("s3_objects: todos los registros, con las claves decodificadas.")


# --- exercise 4: thumbnails --------------------------------------------------------------

def _open_image(data: bytes) -> Any:
    from PIL import Image

    return Image.open(io.BytesIO(data))


def _thumbnail_key(key: str) -> str:
    return THUMBNAIL_PREFIX + key


def check_thumbnails(resize_handler: Callable[..., Any],
                     images: list[tuple[str, int, int, str]]) -> None:
    """Upload ``images`` (key, width, height, format), send the event, check every thumbnail."""
    s3 = s3_client()
    bucket = new_bucket()
    for key, width, height, image_format in images:
        s3.put_object(Bucket=bucket, Key=key, Body=image_bytes(width, height, image_format))
    keys = [i[0] for i in images]
    shown = f"resize_handler(evento con {', '.join(keys)})"
    result = run(resize_handler, s3_put_event(bucket, keys), FakeContext(), what=shown)
    existing = {o["Key"] for o in s3.list_objects_v2(Bucket=bucket).get("Contents", [])}
    for key, width, height, image_format in images:
        wanted = _thumbnail_key(key)
        if wanted not in existing:
            others = sorted(existing - set(keys))
            raise CheckFailure(
                f"{shown}: no hay miniatura de {key!r}. Debe quedar en el mismo bucket con la "
                f"clave {wanted!r}" + (f"; en el bucket hay {others}." if others else
                                       ": no has escrito ningún objeto nuevo (put_object)."))
        obj = s3.get_object(Bucket=bucket, Key=wanted)
        thumb = _open_image(obj["Body"].read())
        check(thumb.format == image_format,
              f"La miniatura de {key!r} es {thumb.format}, pero el original es {image_format}: "
              f"guárdala en el mismo formato (image.save(salida, format=image.format)).")
        check(obj.get("ContentType") == CONTENT_TYPES[image_format],
              f"La miniatura de {key!r} se guardó con ContentType {obj.get('ContentType')!r}; "
              f"debe ser {CONTENT_TYPES[image_format]!r}, o el navegador no la mostrará como "
              "imagen.")
        tw, th = thumb.size
        longest = min(THUMBNAIL_MAX, max(width, height))
        check(not (max(width, height) < THUMBNAIL_MAX and max(tw, th) > max(width, height)),
              f"La miniatura de {key!r} ({width}×{height}) mide {tw}×{th}: la has agrandado. "
              "Una imagen más pequeña que el máximo se queda como está (thumbnail() no "
              "agranda; resize() sí).")
        check(abs(tw / th - width / height) <= 0.03 * width / height + 1 / min(tw, th),
              f"La miniatura de {key!r} mide {tw}×{th}, pero el original es {width}×{height}: "
              "la has deformado. Conserva la proporción (image.thumbnail((128, 128)) lo hace; "
              "image.resize((128, 128)) no).")
        check(abs(max(tw, th) - longest) <= 1,
              f"La miniatura de {key!r} ({width}×{height}) mide {tw}×{th}: su lado mayor debe "
              f"medir {longest} px (como mucho THUMBNAIL_MAX = {THUMBNAIL_MAX}).")
    check(isinstance(result, list) and sorted(result) == sorted(_thumbnail_key(k) for k in keys),
          f"{shown} debe devolver la lista de claves de las miniaturas escritas, "
          f"{[_thumbnail_key(k) for k in keys]}; devuelve {describe(result)}.")


def check_thumbnail_skips(resize_handler: Callable[..., Any], image_key: str,
                          skipped: list[tuple[str, bytes]]) -> None:
    """An event with one image and ``skipped`` objects that must not get a thumbnail."""
    s3 = s3_client()
    bucket = new_bucket()
    image_format = "PNG" if image_key.lower().endswith(".png") else "JPEG"
    s3.put_object(Bucket=bucket, Key=image_key, Body=image_bytes(300, 200, image_format))
    for key, body in skipped:
        s3.put_object(Bucket=bucket, Key=key, Body=body)
    keys = [image_key] + [k for k, _ in skipped]
    shown = f"resize_handler(evento con {', '.join(keys)})"
    result = run(resize_handler, s3_put_event(bucket, keys), FakeContext(), what=shown)
    existing = {o["Key"] for o in s3.list_objects_v2(Bucket=bucket).get("Contents", [])}
    for key, _ in skipped:
        if key.startswith(THUMBNAIL_PREFIX):
            check(_thumbnail_key(key) not in existing,
                  f"{shown}: has hecho una miniatura de una miniatura "
                  f"({_thumbnail_key(key)!r}). En AWS, cada miniatura nueva volvería a "
                  "invocar la función: un bucle recursivo que Lambda solo corta tras unas 16 "
                  "invocaciones, ya cobradas. Salta las claves que empiezan por "
                  f"{THUMBNAIL_PREFIX!r}.")
        else:
            check(_thumbnail_key(key) not in existing,
                  f"{shown}: {key!r} no es una imagen (.jpg, .jpeg o .png) y no debe tener "
                  "miniatura.")
    check(_thumbnail_key(image_key) in existing,
          f"{shown}: falta la miniatura de {image_key!r}, que sí es una imagen"
          + (f": su clave CONTIENE {THUMBNAIL_PREFIX!r}, pero no EMPIEZA por ello (usa "
             "startswith, no in)." if THUMBNAIL_PREFIX in image_key else
             f": su clave no empieza por {THUMBNAIL_PREFIX!r} (el prefijo lleva la barra)."
             if image_key.startswith(THUMBNAIL_PREFIX.rstrip("/")) else "."))
    check(isinstance(result, list) and result == [_thumbnail_key(image_key)],
          f"{shown} debe devolver solo las miniaturas escritas, "
          f"[{_thumbnail_key(image_key)!r}]; devuelve {describe(result)}.")


def resize_handler(resize_handler: Callable[..., Any]) -> None:
    """Exercise 4a: thumbnails of the right size, proportion, format and key."""
    check_thumbnails(resize_handler, [("subidas/paisaje.jpg", 400, 200, "JPEG")])
    check_thumbnails(resize_handler, [("subidas/retrato alto.png", 90, 300, "PNG"),
                                      ("subidas/icono.jpg", 60, 40, "JPEG")])
    passed("resize_handler: miniaturas con el tamaño, la proporción, el formato y la clave "
           "pedidos.")


def resize_skips(resize_handler: Callable[..., Any]) -> None:
    """Exercise 4b: no thumbnails of non-images, nor of thumbnails."""
    check_thumbnail_skips(resize_handler, "subidas/perro.jpg",
                          [("subidas/notas.txt", b"no soy una imagen"),
                           ("miniaturas/subidas/gato.jpg", image_bytes(128, 64))])
    passed("resize_handler: salta lo que no es imagen y no hace miniaturas de miniaturas.")


# --- exercise 5: the deployment package --------------------------------------------------

def check_zip(zip_code: Callable[[dict], Any], files: dict[str, str]) -> None:
    shown = f"zip_code({ {k: '…' for k in files} })"
    data = run(zip_code, files, what=shown)
    check(not isinstance(data, io.BytesIO),
          f"{shown} devuelve el BytesIO; create_function necesita los bytes: devuelve "
          "buffer.getvalue().")
    check(isinstance(data, bytes), f"{shown} debe devolver bytes; devuelve {describe(data)}.")
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        names = archive.namelist()
        contents = {n: archive.read(n).decode("utf-8") for n in names}
    except (zipfile.BadZipFile, ValueError, KeyError, UnicodeDecodeError):
        raise CheckFailure(
            f"{shown} no devuelve un zip completo. ¿Llamas a getvalue() dentro del bloque "
            "«with zipfile.ZipFile(...)»? El zip se termina de escribir al cerrarlo: saca "
            "getvalue() fuera del with.") from None
    check(sorted(names) == sorted(files),
          f"El zip debe contener exactamente los archivos {sorted(files)}, con esas rutas "
          f"(sin carpeta delante: Lambda busca el controlador en la raíz); contiene {names}.")
    for name, text in files.items():
        check(contents[name] == text,
              f"En el zip, {name!r} no tiene el código recibido: escribe cada archivo con "
              "archive.writestr(nombre, texto).")


def zip_code(zip_code: Callable[[dict], Any]) -> None:
    """Exercise 5: an in-memory zip."""
    check_zip(zip_code, {"app.py": "def main(event, context):\n    return 'hola'\n"})
    check_zip(zip_code, {"lambda_function.py": "import util\n", "util.py": "X = 1\n"})
    passed("zip_code: zip válido, con los archivos en la raíz.")


# --- exercise 6: role and function -------------------------------------------------------

def check_deploy(deploy_function: Callable[..., Any], memory_mb: int, timeout_s: int,
                 env: dict[str, str], handler: str = "app.main") -> None:
    name = fresh_name("fn")
    code = io.BytesIO()
    with zipfile.ZipFile(code, "w") as archive:
        archive.writestr(handler.rsplit(".", 1)[0] + ".py", "def main(e, c):\n    return 1\n")
    shown = f"deploy_function(iam, lam, {name!r}, zip, {handler!r}, {memory_mb}, {timeout_s}, env)"
    arn = run(deploy_function, iam_client(), lambda_client(), name, code.getvalue(), handler,
              memory_mb, timeout_s, dict(env), what=shown)
    try:
        config = lambda_client().get_function_configuration(FunctionName=name)
    except ClientError:
        raise CheckFailure(f"{shown}: no existe ninguna función llamada {name!r}. Créala con "
                           "lam.create_function(FunctionName=name, ...).") from None
    check(arn == config["FunctionArn"],
          f"{shown} debe devolver el ARN de la función ({config['FunctionArn']!r}); devuelve "
          f"{describe(arn)}.")
    check(config.get("Runtime") == RUNTIME,
          f"El tiempo de ejecución (Runtime) es {config.get('Runtime')!r}; el enunciado pide "
          f"{RUNTIME!r}.")
    check(config["Handler"] == handler,
          f"El controlador configurado (Handler) es {config['Handler']!r}; debe ser "
          f"{handler!r}, el que recibe la función.")
    digest = base64.b64encode(hashlib.sha256(code.getvalue()).digest()).decode()
    check(config.get("CodeSha256") == digest,
          "El código de la función no es el zip que recibe deploy_function: pásalo tal cual, "
          "Code={\"ZipFile\": zip_bytes}.")
    check(config["MemorySize"] == memory_mb,
          f"La memoria configurada es {config['MemorySize']} MB; debe ser {memory_mb} MB "
          "(MemorySize=memory_mb).")
    check(config["Timeout"] == timeout_s,
          f"El tiempo máximo configurado es {config['Timeout']} s; debe ser {timeout_s} s "
          "(Timeout=timeout_s, en segundos).")
    got_env = config.get("Environment", {}).get("Variables", {})
    check(got_env == env, f"Las variables de entorno son {got_env}; deben ser {env} "
                          "(Environment={\"Variables\": env}).")
    role_name = config["Role"].rsplit("/", 1)[-1]
    check(role_name == f"{name}-rol",
          f"El rol de ejecución se llama {role_name!r}; debe llamarse {name + '-rol'!r}.")
    document = iam_client().get_role(RoleName=role_name)["Role"]["AssumeRolePolicyDocument"]
    if isinstance(document, str):
        document = json.loads(urllib.parse.unquote(document))
    statements = document.get("Statement", [])
    statements = statements if isinstance(statements, list) else [statements]
    allowed = [s for s in statements if isinstance(s, dict) and s.get("Effect") == "Allow"]
    principals = [_as_list(s.get("Principal")) for s in allowed]
    check(any("lambda.amazonaws.com" in p for p in principals),
          f"La política de confianza del rol deja asumirlo a {principals or 'nadie'}: debe ser "
          "el servicio lambda.amazonaws.com, o Lambda no podrá usar el rol. (moto no lo "
          "comprueba; AWS rechaza create_function.)")
    others = sorted({str(x) for p in principals for x in p} - {"lambda.amazonaws.com"})
    check(not others,
          f"La política de confianza deja asumir el rol también a {others}: solo debe poder "
          "asumirlo el servicio Lambda ({\"Service\": \"lambda.amazonaws.com\"}). Cada "
          "principal de más es alguien más que actúa con los permisos de tu función.")
    actions = sorted({str(a) for s in allowed for a in _as_list(s.get("Action"))})
    check(actions == ["sts:AssumeRole"],
          f"La política de confianza permite {actions}: debe permitir (\"Effect\": "
          "\"Allow\") exactamente la acción \"sts:AssumeRole\", ni comodines ni otras.")


def _as_list(value: Any) -> list[Any]:
    """A policy element's values: "x", ["x", "y"] or {"Service": ...} as a flat list."""
    if isinstance(value, dict):
        return [v for item in value.values() for v in _as_list(item)]
    if isinstance(value, list):
        return value
    return [] if value is None else [value]


def deploy_function(deploy_function: Callable[..., Any]) -> None:
    """Exercise 6: execution role and function with the given configuration."""
    check_deploy(deploy_function, 512, 30, {"TABLA": "pedidos", "NIVEL_LOG": "INFO"})
    passed("deploy_function: rol de ejecución solo para Lambda y función python3.12 con el "
           "código, la memoria, el tiempo máximo y las variables de entorno pedidos.")


# --- exercise 7: wire S3 to Lambda -------------------------------------------------------

def check_wiring(connect_bucket: Callable[..., Any], prefix: str) -> None:
    function_name, function_arn = new_function()
    bucket = new_bucket()
    shown = f"connect_bucket(lam, s3, {function_name!r}, {bucket!r}, {prefix!r})"
    with recorded_calls() as calls:
        run(connect_bucket, lambda_client(), s3_client(), function_name, bucket, prefix,
            what=shown)
    try:
        policy = json.loads(lambda_client().get_policy(FunctionName=function_name)["Policy"])
    except ClientError:
        raise CheckFailure(
            f"{shown}: la función no tiene ningún permiso. Sin lam.add_permission(...) con "
            "Principal=\"s3.amazonaws.com\", S3 no puede invocarla (en AWS, además, "
            "put_bucket_notification_configuration fallaría).") from None
    statements = policy.get("Statement", [])
    for_s3 = [s for s in statements if s.get("Principal") == {"Service": "s3.amazonaws.com"}]
    check(for_s3, f"El permiso de la función no es para S3: su principal debe ser el servicio "
                  f"\"s3.amazonaws.com\"; tiene {[s.get('Principal') for s in statements]}.")
    actions = sorted({str(s.get("Action")) for s in for_s3})
    check(actions == ["lambda:InvokeFunction"],
          f"El permiso debe dar exactamente la acción \"lambda:InvokeFunction\"; da {actions}.")
    bucket_arn = f"arn:aws:s3:::{bucket}"
    sources = [s.get("Condition", {}).get("ArnLike", {}).get("AWS:SourceArn") for s in for_s3]
    check(all(sources),
          f"El permiso no limita qué bucket puede invocar la función: pasa "
          f"SourceArn={bucket_arn!r} a add_permission. Sin él, cualquier bucket (también de "
          "otra cuenta) podría invocarla.")
    check(all(source == bucket_arn for source in sources),
          f"SourceArn debe ser exactamente el ARN del bucket, {bucket_arn!r}; el permiso tiene "
          f"{sources}. S3 invoca la función en nombre del bucket: un ARN de objetos (…/*) o "
          "de otro bucket nunca coincide, y S3 no podría invocarla.")
    config = s3_client().get_bucket_notification_configuration(Bucket=bucket)
    lambdas = config.get("LambdaFunctionConfigurations", [])
    check(lambdas, f"El bucket {bucket!r} no tiene ninguna notificación a Lambda: "
                   "put_bucket_notification_configuration con "
                   "NotificationConfiguration={\"LambdaFunctionConfigurations\": [...]}.")
    mine = [c for c in lambdas if c.get("LambdaFunctionArn") == function_arn]
    check(len(lambdas) == 1 and mine,
          f"La notificación apunta a {[c.get('LambdaFunctionArn') for c in lambdas]}; debe "
          f"haber una entrada, con el ARN de la función, {function_arn!r} (léelo con "
          "lam.get_function_configuration).")
    events = mine[0].get("Events", [])
    check(events == ["s3:ObjectCreated:*"],
          f"La notificación escucha {events}: debe escuchar [\"s3:ObjectCreated:*\"], todas "
          "las formas de crear un objeto (Put, Post, Copy y las subidas en varias partes), y "
          "nada más.")
    rules = mine[0].get("Filter", {}).get("Key", {}).get("FilterRules", [])
    prefixes = [r.get("Value") for r in rules if str(r.get("Name", "")).lower() == "prefix"]
    check(prefixes == [prefix],
          f"La notificación debe filtrar por el prefijo {prefix!r} (Filter → Key → "
          f"FilterRules con Name \"prefix\"); tiene {prefixes or 'ninguno'}. Sin él, las "
          "miniaturas que escribe la función volverían a invocarla.")
    check(len(rules) == 1,
          f"La notificación solo debe filtrar por prefijo; tiene además {rules}: con otra "
          "regla, algunas subidas bajo el prefijo no avisarían a la función.")
    order = [op for service, op, _ in calls
             if (service, op) in {("lambda", "AddPermission"),
                                  ("s3", "PutBucketNotificationConfiguration")}]
    check(order and order[0] == "AddPermission",
          "Guardas la notificación del bucket antes de dar permiso a S3. moto lo acepta, pero "
          "AWS comprueba al guardarla que S3 puede invocar la función y la rechaza («Unable to "
          "validate the following destination configurations»): primero add_permission, "
          "después put_bucket_notification_configuration.")


def connect_bucket(connect_bucket: Callable[..., Any]) -> None:
    """Exercise 7: permission for S3 and the bucket notification."""
    check_wiring(connect_bucket, "subidas/")
    passed("connect_bucket: S3 puede invocar la función y el bucket la avisa al subir "
           "objetos bajo el prefijo.")


# --- exercise 8: billed duration ---------------------------------------------------------

def billed_duration_ms(billed_duration_ms: Callable[..., Any]) -> None:
    """Exercise 8: rounding up to 1 ms or to 100 ms."""
    for duration, step, expected in [(12.3, 1, 13), (12.3, 100, 100), (101, 100, 200),
                                     (200, 100, 200), (0.4, 1, 1), (87, 1, 87)]:
        shown = f"billed_duration_ms({duration}, {step})"
        result = run(billed_duration_ms, duration, step, what=shown)
        check(isinstance(result, int | float) and not isinstance(result, bool),
              f"{shown} debe devolver un número de ms; devuelve {describe(result)}.")
        if result != expected and duration % step and result == round(duration / step) * step:
            raise CheckFailure(f"{shown} da {result}: has redondeado al más cercano. AWS "
                               "redondea siempre HACIA ARRIBA: usa math.ceil.")
        if result != expected and result == int(duration // step) * step:
            raise CheckFailure(f"{shown} da {result}: has redondeado hacia abajo. AWS "
                               "redondea HACIA ARRIBA: usa math.ceil.")
        check(result == expected, f"{shown} debería ser {expected}; devuelves {result}.")
    passed("billed_duration_ms: redondeo hacia arriba a 1 ms y a 100 ms.")


# --- exercise 9: the monthly bill --------------------------------------------------------

def _close(a: object, b: float, rel: float) -> bool:
    return (isinstance(a, int | float) and not isinstance(a, bool)
            and math.isclose(a, b, rel_tol=rel, abs_tol=1e-9))


def check_monthly_cost(monthly_cost: Callable[..., Any], requests: float, duration_ms: float,
                       memory_mb: int, expected: float,
                       mistakes: Iterable[tuple[float, str]] = ()) -> None:
    """Compare with ``expected`` dollars (given by the test); ``mistakes`` pairs the results
    of likely wrong answers for this case with what to tell the student."""
    shown = f"monthly_cost({requests:,}, {duration_ms}, {memory_mb})".replace(",", "_")
    result = run(monthly_cost, requests, duration_ms, memory_mb, what=shown)
    check(isinstance(result, int | float) and not isinstance(result, bool),
          f"{shown} debe devolver un número (dólares); devuelve {describe(result)}.")
    check(result >= 0, f"{shown} da {result:.4f} $, un coste negativo: la capa gratuita "
                       "descuenta como mucho lo que gastas. Usa max(0, ...) en cada parte.")
    if not _close(result, expected, 1e-6):
        for value, mistake in mistakes:
            if _close(result, value, 1e-6):
                raise CheckFailure(f"{shown} da {result:.4f} $: {mistake}")
    check_close(result, expected, shown, rel=1e-6)


_NO_FREE_TIER = ("no descuentas la capa gratuita: cada mes, 1 millón de peticiones y 400.000 "
                 "GB-s son gratis.")
_GB_1000 = "para pasar de MB a GB divide entre 1024, no entre 1000."
_NOT_ROUNDED = ("no redondeas la duración: cada invocación se factura en ms enteros, hacia "
                "arriba (usa tu billed_duration_ms).")
_PER_REQUEST = "el precio de las peticiones es 0,20 $ por MILLÓN, no por petición."


def monthly_cost(monthly_cost: Callable[..., Any]) -> None:
    """Exercise 9: requests plus GB-seconds, minus the free tier."""
    check_monthly_cost(monthly_cost, 3_000_000, 120.4, 512, 0.4,
                       [(3.62500605, _NO_FREE_TIER), (400000.0, _PER_REQUEST)])
    check_monthly_cost(monthly_cost, 20_000_000, 80.5, 1024, 24.133374,
                       [(31.000054, _NO_FREE_TIER), (24.781375296, _GB_1000),
                        (23.966707, _NOT_ROUNDED), (3800020.333374, _PER_REQUEST)])
    check_monthly_cost(monthly_cost, 500_000, 50, 128, 0.0,
                       [(0.1520834375, _NO_FREE_TIER)])
    passed("monthly_cost: peticiones y GB-s, con la capa gratuita.")


# --- exercise 10: where Lambda stops being cheaper --------------------------------------

def check_break_even(break_even_requests: Callable[..., Any], duration_ms: float,
                     memory_mb: int, ec2_hourly: float, expected: float,
                     mistakes: Iterable[tuple[float, str]] = ()) -> None:
    """Compare with ``expected`` requests (given by the test), within the statement's 0.1 %;
    ``mistakes`` pairs the results of likely wrong answers with what to tell the student."""
    shown = f"break_even_requests({duration_ms}, {memory_mb}, {ec2_hourly})"
    result = run(break_even_requests, duration_ms, memory_mb, ec2_hourly, what=shown)
    check(isinstance(result, int | float) and not isinstance(result, bool),
          f"{shown} debe devolver un número de peticiones al mes; devuelve {describe(result)}.")
    if not _close(result, expected, 1e-3):
        for value, mistake in mistakes:
            check(not _close(result, value, 1e-3), f"{shown} da {result:,.0f}: {mistake}")
    check_close(result, expected, shown, rel=1e-3)


_FORGOT_FREE_TIER = "has olvidado la capa gratuita, que retrasa el punto de corte."


def _hours(hours: int) -> str:
    return f"un mes de EC2 encendida son 730 horas (HOURS_PER_MONTH), no {hours}."


def break_even_requests(break_even_requests: Callable[..., Any]) -> None:
    """Exercise 10: requests per month where Lambda costs as much as an always-on instance."""
    check_break_even(break_even_requests, 200, 512, 0.096, 41221362.10471052,
                     [(37542790.10216053, _FORGOT_FREE_TIER), (40707077.30879052, _hours(720)),
                      (41941360.81899854, _hours(744)), (454192053.2284764, _hours(8760))])
    check_break_even(break_even_requests, 50, 128, 0.0104, 38960000.0,
                     [(24959982.9041213, _FORGOT_FREE_TIER), (38440000.0, _hours(720)),
                      (39688000.0, _hours(744)), (322095165.6882427, _hours(8760))])
    passed("break_even_requests: punto de corte correcto para m5.large y t3.micro.")

"""A moto-backed AWS for one notebook, and a guard that keeps every call off the real cloud.

A notebook calls :func:`start_local_aws` once, at the top. From then on every boto3 client
talks to moto, in memory. Any request that moto does not intercept (a service moto lacks, a
client built with a real endpoint, a call made after the mock stopped) is stopped by the guard
before it is sent, with a Spanish message, instead of waiting on a network timeout.

A lesson that teaches the AWS CLI also calls :func:`start_local_server`: a moto server on
127.0.0.1 that shares the notebook's emulated account. Its ``.cli("aws iam list-users")`` runs
the real ``aws`` program in a subprocess whose own environment points it at that server;
this process's environment is left alone.
"""

from __future__ import annotations

import atexit
import importlib.util
import json
import logging
import os
import shlex
import socket
import subprocess
import sys
from collections.abc import Mapping
from contextlib import nullcontext
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

import boto3
import botocore.handlers

# moto must be imported before the guard is registered: its stubber answers first and the
# guard only sees what the stubber let through.
from moto import mock_aws
from moto.core import enable_iam_authentication
from moto.core.models import botocore_stubber

from . import fast_aws

DEFAULT_REGION = "us-east-1"

# Hosts the guard lets through: a moto server that a lesson starts on this machine.
LOCAL_HOSTS = frozenset({"127.0.0.1", "localhost", "::1"})
# On a shared server (deploy/jupyterhub) each user gets a port range that the firewall keeps
# away from other users: "first-last". Unset, any free port will do.
LOCAL_PORTS_VARIABLE = "FUNDAMENTOS_AWS_LOCAL_PORTS"

# What boto3 reads from the environment. Fake credentials, and no file from the user's home:
# the instructor's real ~/.aws must never be used.
_FAKE_ENVIRONMENT = {
    "AWS_ACCESS_KEY_ID": "testing",
    "AWS_SECRET_ACCESS_KEY": "testing",
    "AWS_SESSION_TOKEN": "testing",
    "AWS_SECURITY_TOKEN": "testing",
    "AWS_DEFAULT_REGION": DEFAULT_REGION,
    "AWS_CONFIG_FILE": os.devnull,
    "AWS_SHARED_CREDENTIALS_FILE": os.devnull,
    # Never ask the EC2 metadata service (a network call) for credentials or region.
    "AWS_EC2_METADATA_DISABLED": "true",
}
# AWS_ENDPOINT_URL would send every client away from moto; a profile would read ~/.aws.
_REMOVED_ENVIRONMENT = ("AWS_PROFILE", "AWS_DEFAULT_PROFILE", "AWS_ENDPOINT_URL")


class EscapedAWSCallError(RuntimeError):
    """An AWS request reached the guard: moto did not answer it, and it must not go out."""

    def __init__(self, url: str, operation: str) -> None:
        self.url = url
        self.operation = operation
        super().__init__(
            f"Llamada a AWS bloqueada: «{operation}» iba a salir a la red ({url}). "
            "En este curso nada llega a la nube real. Causas habituales: no se ha ejecutado "
            "la celda de preparación con start_local_aws(), el servicio no está emulado "
            "por moto, o el cliente se creó con un endpoint_url real. "
            "Ejecuta la primera celda del cuaderno y vuelve a intentarlo."
        )


def _guarded_stubber(**kwargs: Any) -> Any:
    """botocore ``before-send`` handler: moto answers, or the request is refused here.

    botocore calls every ``before-send`` handler and sends the request itself when all of
    them return None, so the guard wraps moto's stubber instead of sitting beside it.
    """
    response = botocore_stubber(**kwargs)
    if response is not None:
        return response
    request = kwargs["request"]
    if (urlsplit(request.url).hostname or "") in LOCAL_HOSTS:
        return None  # a moto server on this machine: let it through
    operation = kwargs.get("event_name", "before-send").split(".", 2)[-1]
    raise EscapedAWSCallError(request.url, operation)


def install_guard() -> None:
    """Put the guard in place of moto's stubber for every new botocore session (idempotent).

    botocore copies ``BUILTIN_HANDLERS`` into each new session, and ``mock_aws`` resets
    boto3's default session, so every client made after this gets the guard.
    """
    handlers = botocore.handlers.BUILTIN_HANDLERS
    if ("before-send", _guarded_stubber) in handlers:
        return
    moto_entry = ("before-send", botocore_stubber)
    if moto_entry in handlers:
        handlers[handlers.index(moto_entry)] = ("before-send", _guarded_stubber)
    else:
        handlers.append(("before-send", _guarded_stubber))


def guard_installed() -> bool:
    """True when the guard is registered."""
    return ("before-send", _guarded_stubber) in botocore.handlers.BUILTIN_HANDLERS


def use_fake_environment() -> None:
    """Set fake credentials and the default region; drop variables that point at real AWS."""
    for name in _REMOVED_ENVIRONMENT:
        os.environ.pop(name, None)
    os.environ.update(_FAKE_ENVIRONMENT)


_mock: Any = None


# A cheap call per service: the first call to a service loads moto's data for it (EC2: about
# 1.5 s of instance types and zones), and a student should not wait for it in a test cell.
_WARM_UP_CALLS = {
    "ec2": "describe_availability_zones",
    "s3": "list_buckets",
    "iam": "list_users",
    "sts": "get_caller_identity",
}


def start_local_aws(region: str = DEFAULT_REGION, load_default_amis: bool = True,
                    warm_up: tuple[str, ...] = ()) -> None:
    """Give this notebook an AWS of its own, emulated by moto, and block the real one.

    Sets fake credentials and ``region`` as the default region, installs the guard and
    starts ``moto.mock_aws``. Calling it again keeps the running mock and its state
    (re-running the first cell does not lose what you created); use
    :func:`reset_local_aws` for an empty account.

    ``load_default_amis=False`` skips moto's catalogue of Amazon machine images (about
    0.2 s for each region a notebook touches); ``run_instances`` still accepts any AMI id.
    ``warm_up=("ec2",)`` pays the first call to those services here, in the setup cell, so
    that the exercises' test cells answer at once.
    """
    global _mock
    use_fake_environment()
    os.environ["AWS_DEFAULT_REGION"] = region
    os.environ["MOTO_EC2_LOAD_DEFAULT_AMIS"] = "true" if load_default_amis else "false"
    install_guard()
    fast_aws.speed_up()
    if _mock is None:
        _mock = mock_aws()
        _mock.start()
    for service in warm_up:
        if service not in _WARM_UP_CALLS:
            raise ValueError(f"warm_up: no sé precalentar «{service}»; "
                             f"elige entre {sorted(_WARM_UP_CALLS)}.")
        getattr(boto3.client(service, region_name=region), _WARM_UP_CALLS[service])()


def reset_local_aws() -> None:
    """Empty the emulated account: stop the mock (moto wipes its state) and start a new one."""
    stop_local_aws()
    start_local_aws(os.environ.get("AWS_DEFAULT_REGION", DEFAULT_REGION),
                    os.environ.get("MOTO_EC2_LOAD_DEFAULT_AMIS") != "false")


def stop_local_aws() -> None:
    """Stop the mock. The guard stays: later AWS calls fail fast instead of going out."""
    global _mock
    if _mock is not None:
        _mock.stop()
        _mock = None


def local_aws_running() -> bool:
    """True while the mock started by :func:`start_local_aws` is active."""
    return _mock is not None and botocore_stubber.enabled


# --- A local moto server, for the AWS CLI --------------------------------------------------

# How the CLI is told where AWS is, and with which (fake) identity. Everything else that could
# point it at a real account (profiles, ~/.aws, the EC2 metadata service) is switched off.
_CLI_TIMEOUT_S = 60


@dataclass
class CliResult:
    """What one ``aws ...`` command did: its text, exit code and output.

    In a notebook it shows as a terminal would: the command after ``$``, then its output.
    """

    command: str
    returncode: int
    stdout: str
    stderr: str

    @property
    def ok(self) -> bool:
        """True when the command ended with exit code 0."""
        return self.returncode == 0

    def json(self) -> Any:
        """The output parsed as JSON (the CLI's default output format)."""
        return json.loads(self.stdout)

    def __str__(self) -> str:
        lines = [f"$ {self.command}"]
        if self.stdout.strip():
            lines.append(self.stdout.rstrip())
        if self.stderr.strip():
            lines.append(self.stderr.strip())
        if not self.ok:
            lines.append(f"(la orden terminó con el código de salida {self.returncode}: error)")
        return "\n".join(lines)

    def _repr_pretty_(self, printer: Any, cycle: bool) -> None:
        # IPython shows the last value of a cell with this: the terminal transcript.
        printer.text(str(self))


class LocalServer:
    """A moto server on 127.0.0.1, for tools that speak HTTP to AWS: the AWS CLI above all.

    It runs in a thread of this process and shares the emulated account with
    :func:`start_local_aws`: a user created with the CLI is there for boto3 too. Only the
    processes this object starts are pointed at it (through their own environment);
    ``AWS_ENDPOINT_URL`` is never set in this process, where it would break ``mock_aws``.
    """

    def __init__(self, port: int = 0, region: str = DEFAULT_REGION) -> None:
        from moto.server import ThreadedMotoServer

        # werkzeug would print a line per request on stderr: noise in a notebook.
        logging.getLogger("werkzeug").setLevel(logging.WARNING)
        self.region = region
        self.enforce_iam = False
        self._server: Any = ThreadedMotoServer(ip_address="127.0.0.1", port=port,
                                               verbose=False)
        self._server.start()
        host, bound_port = self._server.get_host_and_port()
        self.endpoint_url = f"http://{host}:{bound_port}"
        self._running = True

    @property
    def running(self) -> bool:
        """True until :meth:`stop` is called."""
        return self._running

    def environment(self, credentials: Mapping[str, str] | None = None) -> dict[str, str]:
        """The environment for a process that must talk to this server, and only to it.

        ``credentials`` is an access key as boto3 returns it from ``create_access_key``
        (keys ``AccessKeyId`` and ``SecretAccessKey``); without it, the course's fake ones.
        """
        env = {k: v for k, v in os.environ.items() if not k.startswith("AWS_")}
        key_id, secret = "testing", "testing"
        if credentials is not None:
            key_id, secret = credentials["AccessKeyId"], credentials["SecretAccessKey"]
        env.update({
            "AWS_ACCESS_KEY_ID": key_id,
            "AWS_SECRET_ACCESS_KEY": secret,
            "AWS_DEFAULT_REGION": self.region,
            "AWS_ENDPOINT_URL": self.endpoint_url,
            "AWS_CONFIG_FILE": os.devnull,
            "AWS_SHARED_CREDENTIALS_FILE": os.devnull,
            "AWS_EC2_METADATA_DISABLED": "true",
            "AWS_DEFAULT_OUTPUT": "json",
        })
        return env

    @property
    def env(self) -> dict[str, str]:
        """:meth:`environment` with the course's fake credentials."""
        return self.environment()

    def cli(self, command: str, credentials: Mapping[str, str] | None = None) -> CliResult:
        """Run an AWS CLI command, written as you would type it (``"aws iam list-users"``).

        The CLI (``awscli`` from PyPI) runs in a subprocess whose environment points it at
        this server. With ``credentials`` it signs as that access key; with
        ``self.enforce_iam = True`` the server checks, as AWS does, who signs (authentication)
        and whether their policies allow the action (authorization).
        """
        if not self._running:
            raise RuntimeError("El servidor local está parado. Arranca otro con "
                               "start_local_server() y vuelve a ejecutar la orden.")
        args = shlex.split(command)
        if not args or args[0] != "aws":
            raise ValueError(f"La orden debe empezar por «aws», como en la terminal: "
                             f"«aws iam list-users». Has escrito: «{command}».")
        if any(a == "--endpoint-url" or a.startswith("--endpoint-url=") for a in args):
            raise ValueError("No uses --endpoint-url: el curso ya dirige la CLI a su servidor "
                             "local, y ningún comando debe ir a otro sitio.")
        if importlib.util.find_spec("awscli") is None:
            raise RuntimeError("No encuentro la AWS CLI (el paquete awscli). Instala las "
                               "dependencias del curso: make lab (o pip install -r "
                               "requirements.txt).")
        # `python -m awscli` is the `aws` program, from the same environment as this kernel.
        argv = [sys.executable, "-m", "awscli", *args[1:]]
        context = enable_iam_authentication() if self.enforce_iam else nullcontext()
        try:
            with context:
                done = subprocess.run(argv, env=self.environment(credentials),
                                      capture_output=True, text=True, timeout=_CLI_TIMEOUT_S)
        except subprocess.TimeoutExpired:
            raise RuntimeError(f"La orden «{command}» no terminó en {_CLI_TIMEOUT_S} s.") from None
        return CliResult(command, done.returncode, done.stdout, done.stderr)

    def client(self, service: str, credentials: Mapping[str, str] | None = None) -> Any:
        """A boto3 client that talks to this server over HTTP, as the CLI does."""
        key_id, secret = "testing", "testing"
        if credentials is not None:
            key_id, secret = credentials["AccessKeyId"], credentials["SecretAccessKey"]
        return boto3.client(service, endpoint_url=self.endpoint_url, region_name=self.region,
                            aws_access_key_id=key_id, aws_secret_access_key=secret,
                            aws_session_token=None)

    def stop(self) -> None:
        """Stop the server and free its port (idempotent)."""
        if self._running:
            self._running = False
            self._server.stop()

    def __enter__(self) -> LocalServer:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.stop()

    def __repr__(self) -> str:
        state = "en marcha" if self._running else "parado"
        return f"<Servidor local de AWS en {self.endpoint_url} ({state})>"


def start_local_server(port: int = 0, region: str | None = None) -> LocalServer:
    """Start a moto server on 127.0.0.1 (a free port unless ``port`` is given) for the CLI.

    Call :func:`start_local_aws` first: the server and the notebook then share one emulated
    account. Stop it with ``.stop()`` when the notebook no longer needs it (it also stops
    when the kernel ends).
    """
    if not port and os.environ.get(LOCAL_PORTS_VARIABLE):
        port = _free_port_in(os.environ[LOCAL_PORTS_VARIABLE])
    server = LocalServer(port, region or os.environ.get("AWS_DEFAULT_REGION", DEFAULT_REGION))
    atexit.register(server.stop)
    return server


def _free_port_in(ports: str) -> int:
    """The first port of ``ports`` ("first-last") that nobody listens on at 127.0.0.1."""
    try:
        first, last = (int(p) for p in ports.split("-"))
    except ValueError:
        raise ValueError(f"{LOCAL_PORTS_VARIABLE} debe ser «primero-último» (por ejemplo "
                         f"«20000-20009»); vale «{ports}». Avisa a quien administra el "
                         "servidor.") from None
    for candidate in range(first, last + 1):
        with socket.socket() as probe:
            try:
                probe.bind(("127.0.0.1", candidate))
            except OSError:
                continue
            return candidate
    raise RuntimeError(f"Todos tus puertos para servidores locales ({ports}) están ocupados: "
                       "para con .stop() los servidores que ya no uses (o reinicia el kernel) "
                       "y vuelve a intentarlo.")

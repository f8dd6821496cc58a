"""A moto-backed AWS for one notebook, and a guard that keeps every call off the real cloud.

A notebook calls :func:`start_local_aws` once, at the top. From then on every boto3 client
talks to moto, in memory. Any request that moto does not intercept (a service moto lacks, a
client built with a real endpoint, a call made after the mock stopped) is stopped by the guard
before it is sent, with a Spanish message, instead of waiting on a network timeout.
"""

from __future__ import annotations

import os
from typing import Any
from urllib.parse import urlsplit

import boto3
import botocore.handlers

# moto must be imported before the guard is registered: its stubber answers first and the
# guard only sees what the stubber let through.
from moto import mock_aws
from moto.core.models import botocore_stubber

DEFAULT_REGION = "us-east-1"

# Hosts the guard lets through: a moto server that a lesson starts on this machine.
LOCAL_HOSTS = frozenset({"127.0.0.1", "localhost", "::1"})

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

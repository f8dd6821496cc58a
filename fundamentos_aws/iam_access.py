"""Act as an IAM identity, with IAM enforced, inside the course's emulated AWS.

By default moto answers every request, whoever signed it: handy for building things, useless
for learning permissions. With enforcement on, moto does with each request what AWS does: it
finds the IAM user (or assumed role) that owns the access key that signed the request, checks
the signature, and lets the call through only if that identity's policies allow the action
on the resource. Otherwise the call fails with ``AccessDenied``, as in AWS::

    from fundamentos_aws.iam_access import client_as, iam_enforced, permitted

    # set-up first, with enforcement off: users, policies, buckets...
    with iam_enforced():
        s3 = client_as("ana", "s3")          # a client signed with ana's access key
        permitted(lambda: s3.get_object(Bucket="fotos", Key="informes/q1.csv"))  # True/False

What moto 5.2 checks, and where it differs from AWS (the lessons say so too):

- It evaluates the identity-based policies of IAM users (inline, managed and those of their
  groups) and of assumed roles: ``Allow``, explicit ``Deny`` (which always wins) and ``*``
  wildcards in ``Action`` and ``Resource``.
- Resources are real ARNs only for S3 (``arn:aws:s3:::bucket`` and ``.../key``) and for the
  role of an STS ``AssumeRole``. Every other request is matched as if its resource were
  ``"*"``, so a statement limited to, say, one DynamoDB table never matches in moto.
- Action names are compared case-sensitively (AWS ignores case) and ``?`` is not a wildcard.
- Policy variables such as ``${aws:username}`` are not substituted.
- ``Condition`` blocks are not evaluated: a statement applies as if its conditions held.
- Temporary credentials from STS never expire.
- Every request is checked, including those signed with the notebook's default (fake)
  credentials, which belong to no IAM user: inside :func:`iam_enforced` they fail with
  ``InvalidClientTokenId`` (``InvalidAccessKeyId`` in S3). Create what you need before
  entering the block; the helpers here do their own set-up with enforcement switched off.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import boto3
import botocore.loaders
import botocore.session
from botocore.exceptions import ClientError
from moto import settings
from moto.core import disable_iam_authentication, enable_iam_authentication
from moto.core.authorization import ActionAuthenticatorMixin

# Error codes that mean "authenticated, but not allowed" in the services the course uses.
DENIED_CODES = frozenset({"AccessDenied", "AccessDeniedException", "UnauthorizedOperation"})

# Access keys this module created, per user name: reused while they still exist, because IAM
# allows at most two keys per user.
_keys: dict[str, tuple[str, str]] = {}
# One loader of the services' JSON models for every session made here (see _session).
_loader: botocore.loaders.Loader | None = None


@contextmanager
def iam_enforced() -> Iterator[None]:
    """Within the block, moto checks every request against the caller's IAM policies.

    moto decides per request: it enforces once ``ActionAuthenticatorMixin.request_count``
    reaches ``settings.INITIAL_NO_AUTH_ACTION_COUNT`` (infinite by default). moto's
    ``enable_iam_authentication`` sets that threshold to 0 and puts both values back on exit,
    even after an exception, so nothing leaks into later cells. Blocks can be nested.
    """
    with enable_iam_authentication():
        yield


def iam_enforcement_active() -> bool:
    """True while moto is checking IAM permissions (inside :func:`iam_enforced`)."""
    return ActionAuthenticatorMixin.request_count >= settings.INITIAL_NO_AUTH_ACTION_COUNT


@contextmanager
def _as_administrator() -> Iterator[None]:
    # Set-up made by these helpers (an access key, an AssumeRole) is the administrator's
    # job, and the default credentials are not an IAM user: switch enforcement off meanwhile.
    with disable_iam_authentication():
        yield


def session_as(user_name: str, region_name: str | None = None) -> boto3.Session:
    """A boto3 session that signs its requests with an access key of IAM user ``user_name``.

    The key is created the first time (as the administrator, even inside
    :func:`iam_enforced`) and reused afterwards while it still exists.
    """
    with _as_administrator():
        iam = boto3.client("iam")
        try:
            existing = iam.list_access_keys(UserName=user_name)["AccessKeyMetadata"]
        except iam.exceptions.NoSuchEntityException:
            raise ValueError(f"No existe el usuario de IAM «{user_name}»: créalo antes con "
                             "iam.create_user(UserName=...).") from None
        cached = _keys.get(user_name)
        if cached is None or cached[0] not in {k["AccessKeyId"] for k in existing}:
            # A new mock, or a user deleted and created again: the old key is gone.
            if len(existing) >= 2:
                raise RuntimeError(
                    f"El usuario «{user_name}» ya tiene dos claves de acceso, el máximo de IAM. "
                    "Borra una con iam.delete_access_key(...) y vuelve a intentarlo.")
            key = iam.create_access_key(UserName=user_name)["AccessKey"]
            cached = _keys[user_name] = (key["AccessKeyId"], key["SecretAccessKey"])
    access_key_id, secret = cached
    # No session token on purpose: the notebook's environment has a fake one, and a token
    # next to a user's long-term key is rejected (InvalidToken).
    return session_from_keys(access_key_id, secret, None, region_name)


def client_as(user_name: str, service: str, region_name: str | None = None) -> Any:
    """A boto3 client of ``service`` that acts as IAM user ``user_name`` (see session_as)."""
    return session_as(user_name, region_name).client(service)


def session_as_role(role_arn: str, session_name: str = "fundamentos-aws",
                    region_name: str | None = None) -> boto3.Session:
    """A boto3 session with temporary credentials of the role ``role_arn``.

    The role is assumed with the administrator's credentials and enforcement off, so the
    trust policy is not checked here: this is what an application that *may* use the role
    (an EC2 instance, a Lambda function) would receive. Use it to test the role's permissions.
    """
    with _as_administrator():
        credentials = boto3.client("sts").assume_role(
            RoleArn=role_arn, RoleSessionName=session_name)["Credentials"]
    return session_from_keys(credentials["AccessKeyId"], credentials["SecretAccessKey"],
                    credentials["SessionToken"], region_name)


def permitted(operation: Callable[[], object]) -> bool:
    """Run ``operation`` (a call without arguments): True if it works, False if AWS denies it.

    Only "not allowed" counts as False. Any other error (a missing bucket, invalid
    credentials, a wrong parameter) is raised, so that it is not mistaken for a denial.
    """
    try:
        operation()
    except ClientError as error:
        if error_code(error) in DENIED_CODES:
            return False
        raise
    return True


def error_code(error: ClientError) -> str:
    """The AWS error code of ``error``.

    moto answers a denied request to a JSON service (DynamoDB) with an XML body that botocore
    cannot parse: the code is then "403" and the real one is inside the message.
    """
    details = error.response.get("Error", {})
    code = str(details.get("Code", ""))
    if code.isdigit():
        found = re.search(r"<Code>([^<]+)</Code>", str(details.get("Message", "")))
        if found:
            return found.group(1)
    return code


def session_from_keys(access_key_id: str, secret: str, token: str | None = None,
                      region_name: str | None = None) -> boto3.Session:
    """A boto3 session signed with these credentials, quick to make clients from.

    A new botocore session reads each service's JSON model from disk again: about 0.1 s per
    client, which adds up in tests that act as many users. These sessions share one loader,
    which keeps the models in memory.
    """
    global _loader
    if _loader is None:
        _loader = botocore.loaders.create_loader()
    core = botocore.session.Session()
    core.register_component("data_loader", _loader)
    core.set_credentials(access_key_id, secret, token)
    session = boto3.Session(botocore_session=core,
                            region_name=region_name or _default_region())
    # boto3.Session appends its own data folder to the loader's search path: keep it once.
    paths = _loader.search_paths
    while paths.count(paths[-1]) > 1:
        paths.pop()
    return session


def _default_region() -> str:
    return os.environ.get("AWS_DEFAULT_REGION") or "us-east-1"


__all__ = ["DENIED_CODES", "client_as", "error_code", "iam_enforced", "iam_enforcement_active",
           "permitted", "session_as", "session_as_role", "session_from_keys"]

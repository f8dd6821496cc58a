"""The local moto server for the AWS CLI: starts, the CLI reaches it (and only it), it stops."""

from __future__ import annotations

import json
import os
import socket
import sys

import boto3
import pytest
from course import run

from fundamentos_aws import start_local_aws, stop_local_aws
from fundamentos_aws.local_aws import CliResult, LocalServer, start_local_server

PLANTED = {"AWS_ENDPOINT_URL": "https://example.invalid", "AWS_PROFILE": "instructor",
           "AWS_ACCESS_KEY_ID": "AKIAREALLOOKINGKEY00", "AWS_SECRET_ACCESS_KEY": "real-secret"}


@pytest.fixture
def server():
    start_local_aws(load_default_amis=False)
    local = start_local_server()
    yield local
    local.stop()
    stop_local_aws()


def _port_open(url: str) -> bool:
    host, port = url.removeprefix("http://").split(":")
    try:
        with socket.create_connection((host, int(port)), timeout=1):
            return True
    except OSError:
        return False


def test_starts_on_loopback_with_a_free_port(server):
    assert server.running
    assert server.endpoint_url.startswith("http://127.0.0.1:")
    assert _port_open(server.endpoint_url)
    assert "en marcha" in repr(server)


def test_the_cli_reaches_it_and_shares_the_notebook_account(server):
    done = server.cli("aws iam create-user --user-name ana")
    assert isinstance(done, CliResult) and done.ok, str(done)
    assert done.json()["User"]["UserName"] == "ana"
    # The same account for the notebook's in-process boto3 and for a client of the server.
    assert [u["UserName"] for u in boto3.client("iam").list_users()["Users"]] == ["ana"]
    assert [u["UserName"] for u in server.client("iam").list_users()["Users"]] == ["ana"]
    listed = server.cli("aws iam list-users --query 'Users[].UserName' --output text")
    assert listed.stdout.strip() == "ana"
    assert str(listed).startswith("$ aws iam list-users --query")


def test_no_global_endpoint_is_left_behind(server):
    assert "AWS_ENDPOINT_URL" not in os.environ
    assert server.cli("aws sts get-caller-identity").ok
    assert "AWS_ENDPOINT_URL" not in os.environ
    env = server.env
    assert env["AWS_ENDPOINT_URL"] == server.endpoint_url
    assert env["AWS_CONFIG_FILE"] == env["AWS_SHARED_CREDENTIALS_FILE"] == os.devnull
    assert "AWS_PROFILE" not in env


def test_planted_settings_do_not_reach_the_cli(server, monkeypatch):
    # Set after start_local_aws, as if the student exported them in the notebook's process.
    for name, value in PLANTED.items():
        monkeypatch.setenv(name, value)
    env = server.env
    assert env["AWS_ENDPOINT_URL"] == server.endpoint_url and "AWS_PROFILE" not in env
    assert env["AWS_ACCESS_KEY_ID"] == "testing"
    done = server.cli("aws iam create-user --user-name bea")
    assert done.ok, str(done)
    assert server.cli("aws iam get-user --user-name bea").json()["User"]["UserName"] == "bea"


def test_in_process_mock_still_works_alongside(server):
    s3 = boto3.client("s3")
    s3.create_bucket(Bucket="datos")
    assert [b["Name"] for b in s3.list_buckets()["Buckets"]] == ["datos"]
    assert server.cli("aws s3api list-buckets --query 'Buckets[].Name' --output text"
                      ).stdout.strip() == "datos"


def test_enforce_iam_checks_who_signs_and_what_they_may_do(server):
    iam = boto3.client("iam")
    iam.create_user(UserName="ana")
    key = iam.create_access_key(UserName="ana")["AccessKey"]
    server.enforce_iam = True
    unknown = server.cli("aws iam list-users",
                         credentials={"AccessKeyId": "AKIAEJEMPLOINVENTADO",
                                      "SecretAccessKey": "x"})
    assert not unknown.ok and "InvalidClientTokenId" in unknown.stderr
    assert "código de salida 255" in str(unknown)
    denied = server.cli("aws iam list-users", credentials=key)
    assert "AccessDenied" in denied.stderr
    assert server.cli("aws sts get-caller-identity", credentials=key).json()["Arn"].endswith(
        ":user/ana")
    server.enforce_iam = False
    # Enforcement was only for those commands: the notebook's own calls are not checked.
    assert iam.list_users()["Users"]


def test_commands_must_be_aws_commands_for_this_server(server):
    with pytest.raises(ValueError, match="debe empezar por «aws»"):
        server.cli("iam list-users")
    with pytest.raises(ValueError, match="--endpoint-url"):
        server.cli("aws iam list-users --endpoint-url https://iam.amazonaws.com")


def test_stop_frees_the_port_and_is_idempotent(server):
    url = server.endpoint_url
    server.stop()
    server.stop()
    assert not server.running and "parado" in repr(server)
    assert not _port_open(url)
    port = int(url.rsplit(":", 1)[1])
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", port))  # nothing holds the port any more
    with pytest.raises(RuntimeError, match="El servidor local está parado"):
        server.cli("aws iam list-users")


def test_a_context_manager_stops_it():
    start_local_aws(load_default_amis=False)
    try:
        with start_local_server() as local:
            assert isinstance(local, LocalServer) and local.running
        assert not local.running
    finally:
        stop_local_aws()


def test_a_shared_server_gives_each_user_a_port_from_their_range(monkeypatch):
    # deploy/jupyterhub sets the range and its firewall keeps other users away from it.
    taken = socket.socket()
    taken.bind(("127.0.0.1", 0))
    first = taken.getsockname()[1]
    monkeypatch.setenv("FUNDAMENTOS_AWS_LOCAL_PORTS", f"{first}-{first + 40}")
    start_local_aws(load_default_amis=False)
    try:
        with start_local_server() as local:
            port = int(local.endpoint_url.rsplit(":", 1)[1])
            assert first < port <= first + 40  # the first port is taken: the next free one
        monkeypatch.setenv("FUNDAMENTOS_AWS_LOCAL_PORTS", f"{first}-{first}")
        with pytest.raises(RuntimeError, match="están ocupados"):
            start_local_server()
        monkeypatch.setenv("FUNDAMENTOS_AWS_LOCAL_PORTS", "veinte")
        with pytest.raises(ValueError, match="primero-último"):
            start_local_server()
    finally:
        taken.close()
        stop_local_aws()


OFFLINE_SCRIPT = """
import json, os
from fundamentos_aws import start_local_aws
from fundamentos_aws.local_aws import start_local_server
start_local_aws(load_default_amis=False)
server = start_local_server()
done = server.cli("aws iam create-user --user-name offline")
server.stop()
print(json.dumps({"ok": done.ok, "out": str(done),
                  "endpoint": os.environ.get("AWS_ENDPOINT_URL")}))
"""


def test_cli_works_offline_with_real_looking_settings_planted(tmp_path):
    # run() plants AWS_ENDPOINT_URL=https://example.invalid, AWS_PROFILE=instructor and
    # real-looking keys, and cuts the network where the OS allows it (as for the lessons).
    done = run([sys.executable, "-c", OFFLINE_SCRIPT], cwd=tmp_path, home=tmp_path)
    assert done.returncode == 0, done.stderr[-3000:]
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert result["ok"], result["out"]
    assert result["endpoint"] is None

"""Unit tests of the helper package."""

from __future__ import annotations

import json
import os
import socket

import boto3
import nbformat
import pytest

import fundamentos_aws.local_aws as local_aws
from fundamentos_aws import (
    EscapedAWSCallError,
    load_csv,
    new_chart,
    reset_local_aws,
    start_local_aws,
    stop_local_aws,
)
from fundamentos_aws.checks import (
    CheckFailure,
    answer_hash,
    call,
    check,
    check_answer,
    check_close,
)
from fundamentos_aws.data import data_path
from fundamentos_aws.grading import ClearHiddenTestsFromFeedback
from fundamentos_aws.workspace import NEW_VERSION_SUFFIX, WORK_DIR_NAME, prepare_workspace


@pytest.fixture
def local_aws_env(monkeypatch):
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", "AKIAREALLOOKING")
    monkeypatch.setenv("AWS_ENDPOINT_URL", "https://example.invalid")
    monkeypatch.setenv("AWS_PROFILE", "instructor")
    yield
    stop_local_aws()


# --- local AWS and the guard -------------------------------------------------------------

def test_start_local_aws_fakes_credentials_and_region(local_aws_env):
    start_local_aws()
    assert os.environ["AWS_ACCESS_KEY_ID"] != "AKIAREALLOOKING"  # moto's or ours, never real
    assert "AWS_ENDPOINT_URL" not in os.environ and "AWS_PROFILE" not in os.environ
    assert boto3.session.Session().region_name == "us-east-1"
    assert local_aws.local_aws_running()


def test_state_survives_a_second_start_and_reset_empties_it(local_aws_env):
    start_local_aws()
    boto3.client("s3").create_bucket(Bucket="mis-datos")
    start_local_aws()  # re-running the notebook's first cell
    assert [b["Name"] for b in boto3.client("s3").list_buckets()["Buckets"]] == ["mis-datos"]
    reset_local_aws()
    assert boto3.client("s3").list_buckets()["Buckets"] == []


def test_other_default_region(local_aws_env):
    start_local_aws(region="eu-south-2")
    zones = boto3.client("ec2").describe_availability_zones()["AvailabilityZones"]
    assert {z["RegionName"] for z in zones} == {"eu-south-2"}


def test_guard_refuses_a_call_after_the_mock_stops(local_aws_env):
    start_local_aws()
    stop_local_aws()
    with pytest.raises(EscapedAWSCallError, match="Llamada a AWS bloqueada.*ListUsers"):
        boto3.client("iam").list_users()


def test_guard_refuses_a_client_with_a_real_endpoint(local_aws_env):
    start_local_aws()
    client = boto3.client("s3", endpoint_url="https://s3.example-real-cloud.com")
    with pytest.raises(EscapedAWSCallError, match="s3.example-real-cloud.com"):
        client.list_buckets()


def test_guard_is_installed_once():
    local_aws.install_guard()
    local_aws.install_guard()
    import botocore.handlers
    entries = [h for h in botocore.handlers.BUILTIN_HANDLERS if h[1] is local_aws._guarded_stubber]
    assert len(entries) == 1
    assert local_aws.guard_installed()


def test_guard_lets_a_local_moto_server_through(local_aws_env):
    from moto.server import ThreadedMotoServer

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = ThreadedMotoServer(ip_address="127.0.0.1", port=port, verbose=False)
    server.start()
    try:
        start_local_aws()
        stop_local_aws()  # no in-process mock: only the server can answer
        client = boto3.client("s3", endpoint_url=f"http://127.0.0.1:{port}")
        client.create_bucket(Bucket="del-servidor")
        assert [b["Name"] for b in client.list_buckets()["Buckets"]] == ["del-servidor"]
    finally:
        server.stop()


# --- data and charts ---------------------------------------------------------------------

def test_regions_data_matches_botocore():
    regions = load_csv("regiones.csv")
    assert len(regions) == 34
    assert {r["region"] for r in regions} == set(
        boto3.session.Session().get_available_regions("ec2"))
    madrid_like = next(r for r in regions if r["region"] == "eu-south-2")
    assert madrid_like["pais"] == "ES" and isinstance(madrid_like["lat"], float)
    assert all(-90 <= r["lat"] <= 90 and -180 <= r["lon"] <= 180 for r in regions)


def test_missing_data_file_says_what_exists():
    with pytest.raises(FileNotFoundError, match="regiones.csv"):
        data_path("no-existe.csv")


def test_new_chart_is_titled_and_labelled():
    fig, ax = new_chart("Título", "Distancia (km)", "Latencia (ms)")
    assert (ax.get_title(), ax.get_xlabel(), ax.get_ylabel()) == (
        "Título", "Distancia (km)", "Latencia (ms)")
    import matplotlib.pyplot as plt
    plt.close(fig)


# --- checks ------------------------------------------------------------------------------

def test_check_failure_shows_only_the_message():
    with pytest.raises(CheckFailure) as info:
        check(False, "Falta ordenar la lista.")
    assert isinstance(info.value, AssertionError)  # nbgrader counts it as a failed test
    rendered = info.value._render_traceback_()
    assert len(rendered) == 1 and "Falta ordenar la lista." in rendered[0]


def test_call_explains_an_unfinished_function():
    def todo(x):
        raise NotImplementedError()

    with pytest.raises(CheckFailure, match="aún no está hecha"):
        call(todo, 1)
    with pytest.raises(CheckFailure, match="lanzó ZeroDivisionError"):
        call(lambda: 1 / 0)
    assert call(lambda x: x + 1, 1) == 2


def test_check_close_tolerates_rounding_and_rejects_other_types():
    check_close(100.05, 100.0, "x")
    with pytest.raises(CheckFailure, match="vale 101"):
        check_close(101.0, 100.0, "x")
    with pytest.raises(CheckFailure, match="número"):
        check_close("100", 100.0, "x")


def test_check_answer_uses_a_hash(capsys):
    expected = answer_hash("9.1", "c")
    assert "c" not in expected or len(expected) == 16
    check_answer("9.1", " C ", expected)
    assert "correcta" in capsys.readouterr().out
    with pytest.raises(CheckFailure, match="no es la respuesta correcta. Pista: mira"):
        check_answer("9.1", "a", expected, hint="mira")
    with pytest.raises(CheckFailure, match="una letra"):
        check_answer("9.1", 3, expected)
    assert answer_hash("9.1", "c") != answer_hash("9.2", "c")  # same letter, other question


# --- feedback without hidden tests -------------------------------------------------------

def test_feedback_preprocessor_removes_hidden_tests_and_their_tracebacks():
    cell = nbformat.v4.new_code_cell(
        "visible()\n### BEGIN HIDDEN TESTS\nassert secret_case() == 42\n### END HIDDEN TESTS")
    cell.metadata["nbgrader"] = {"grade": True, "grade_id": "t", "points": 1, "solution": False,
                                 "locked": True, "schema_version": 3}
    cell.outputs = [nbformat.v4.new_output("error", ename="AssertionError", evalue="",
                                           traceback=["----> 3 assert secret_case() == 42"])]
    nb = nbformat.v4.new_notebook(cells=[cell])
    nb, _ = ClearHiddenTestsFromFeedback().preprocess(nb, {})
    text = json.dumps(nb)
    assert "secret_case" not in text
    assert "prueba oculta" in nb.cells[0].outputs[0]["traceback"][0]


# --- the student's working copies --------------------------------------------------------

def _notebook(*sources: str, metadata: dict | None = None) -> str:
    nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell(x, id=f"c{i}")
                                         for i, x in enumerate(sources)],
                                  metadata=metadata or {})
    return nbformat.writes(nb)


def _course(tmp_path, text):
    folder = tmp_path / "release" / "01_x"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "01_x_ejercicios.ipynb").write_text(text)
    return tmp_path / WORK_DIR_NAME / "01_x" / "01_x_ejercicios.ipynb"


@pytest.fixture(autouse=False)
def default_work_dir(monkeypatch):
    monkeypatch.delenv("FUNDAMENTOS_AWS_WORK_DIR", raising=False)


def test_workspace_copies_new_notebooks_and_follows_untouched_ones(tmp_path, default_work_dir):
    copy = _course(tmp_path, _notebook("v1"))
    assert prepare_workspace(tmp_path).copied == ["01_x/01_x_ejercicios.ipynb"]
    assert copy.read_text() == _notebook("v1")
    assert prepare_workspace(tmp_path).unchanged == ["01_x/01_x_ejercicios.ipynb"]
    # Opened in JupyterLab (metadata rewritten, outputs saved): still not the student's work.
    lab_metadata = {"language_info": {"name": "python", "version": "3.11"}}
    opened = nbformat.reads(_notebook("v1", metadata=lab_metadata), 4)
    opened.cells[0].outputs = [nbformat.v4.new_output("stream", text="hola")]
    copy.write_text(nbformat.writes(opened))
    _course(tmp_path, _notebook("v2"))
    assert prepare_workspace(tmp_path).updated == ["01_x/01_x_ejercicios.ipynb"]
    assert copy.read_text() == _notebook("v2")


def test_workspace_never_overwrites_the_students_work(tmp_path, default_work_dir):
    copy = _course(tmp_path, _notebook("v1"))
    prepare_workspace(tmp_path)
    copy.write_text(_notebook("v1 + mi trabajo"))
    _course(tmp_path, _notebook("v2"))
    report = prepare_workspace(tmp_path)
    assert report.offered_beside == ["01_x/01_x_ejercicios.ipynb"]
    assert copy.read_text() == _notebook("v1 + mi trabajo")
    beside = copy.with_name("01_x_ejercicios" + NEW_VERSION_SUFFIX)
    assert beside.read_text() == _notebook("v2")
    assert prepare_workspace(tmp_path).offered_beside == []  # said once, not every start


def test_workspace_keeps_a_copy_it_cannot_read(tmp_path, default_work_dir):
    copy = _course(tmp_path, _notebook("v1"))
    prepare_workspace(tmp_path)
    copy.write_text("{ esto no es JSON")
    _course(tmp_path, _notebook("v2"))
    assert prepare_workspace(tmp_path).offered_beside == ["01_x/01_x_ejercicios.ipynb"]
    assert copy.read_text() == "{ esto no es JSON"


def test_workspace_folder_can_move(tmp_path, monkeypatch):
    monkeypatch.setenv("FUNDAMENTOS_AWS_WORK_DIR", str(tmp_path / "otra"))
    _course(tmp_path, _notebook("v1"))
    prepare_workspace(tmp_path)
    assert (tmp_path / "otra" / "01_x" / "01_x_ejercicios.ipynb").exists()

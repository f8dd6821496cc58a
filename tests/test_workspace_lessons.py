"""Lessons open from the student's own copies in mi_trabajo/, like the exercises: the course's
files stay as git has them, so a saved lesson never blocks `git pull`."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import nbformat
import pytest
from course import REPO

from fundamentos_aws import lab
from fundamentos_aws.progress import collect_progress
from fundamentos_aws.workspace import NEW_VERSION_SUFFIX, prepare_workspace

LESSON = "00_bienvenida.ipynb"
ASSIGNMENT = "01_infraestructura_global"


def _lesson(text: str) -> str:
    nb = nbformat.v4.new_notebook()
    nb.cells = [nbformat.v4.new_markdown_cell(f"# {text}", id="titulo"),
                nbformat.v4.new_code_cell("print('hola')", id="saludo")]
    return nbformat.writes(nb)


def _with_outputs(path: Path) -> None:
    """What JupyterLab writes when the student runs a lesson and saves it."""
    nb = nbformat.read(path, 4)
    nb.metadata["language_info"] = {"name": "python", "version": "3.11.7"}
    for cell in nb.cells:
        if cell.cell_type == "code":
            cell.execution_count = 1
            cell.outputs = [nbformat.v4.new_output("stream", text="salida del estudiante\n")]
    nbformat.write(nb, path)


@pytest.fixture
def course(tmp_path, monkeypatch):
    monkeypatch.delenv("FUNDAMENTOS_AWS_WORK_DIR", raising=False)  # the default: mi_trabajo/
    root = tmp_path / "curso"
    (root / "notebooks").mkdir(parents=True)
    (root / "notebooks" / LESSON).write_text(_lesson("v1"))
    shutil.copytree(REPO / "release" / ASSIGNMENT, root / "release" / ASSIGNMENT)
    return root


def test_lessons_and_exercises_side_by_side_in_mi_trabajo(course):
    report = prepare_workspace(course)
    assert report.copied == [LESSON, f"{ASSIGNMENT}/{ASSIGNMENT}_ejercicios.ipynb"]
    work = course / "mi_trabajo"
    assert (work / LESSON).read_text() == _lesson("v1")
    assert sorted(p.name for p in work.iterdir() if not p.name.startswith(".")) == [
        LESSON, ASSIGNMENT]


def test_a_lesson_opened_and_saved_without_running_follows_the_course(course):
    prepare_workspace(course)
    copy = course / "mi_trabajo" / LESSON
    nb = nbformat.read(copy, 4)
    nb.metadata["language_info"] = {"name": "python"}  # JupyterLab, on opening it
    nbformat.write(nb, copy)
    (course / "notebooks" / LESSON).write_text(_lesson("v2"))
    assert prepare_workspace(course).updated == [LESSON]
    assert copy.read_text() == _lesson("v2")


def test_a_lesson_with_the_students_outputs_is_kept_and_the_update_goes_beside(course):
    prepare_workspace(course)
    copy = course / "mi_trabajo" / LESSON
    _with_outputs(copy)
    saved = copy.read_text()
    (course / "notebooks" / LESSON).write_text(_lesson("v2"))
    assert prepare_workspace(course).offered_beside == [LESSON]
    assert copy.read_text() == saved
    beside = copy.with_name(LESSON.removesuffix(".ipynb") + NEW_VERSION_SUFFIX)
    assert beside.read_text() == _lesson("v2")
    # A new lesson in a later update arrives as a copy of its own.
    (course / "notebooks" / "01_nueva.ipynb").write_text(_lesson("nueva"))
    assert prepare_workspace(course).copied == ["01_nueva.ipynb"]


def test_make_lab_opens_the_students_copy_of_the_welcome_lesson(course):
    prepare_workspace(course)
    command = lab.lab_command(course, [])
    assert command[-1] == f"mi_trabajo/{LESSON}"
    assert (course / command[-1]).exists()


def test_progress_still_counts_only_the_exercises(course):
    (entry,) = collect_progress(course)  # the lesson copy is not an assignment
    assert entry.assignment == ASSIGNMENT and entry.total == 22 and not entry.started
    assert (course / "mi_trabajo" / LESSON).exists()


def _git(cwd: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(["git", "-c", "user.name=Curso", "-c", "user.email=curso@example.org",
                           "-c", "init.defaultBranch=main", "-c", "pull.rebase=false", *args],
                          cwd=cwd, capture_output=True, text=True, timeout=60)


def test_git_pull_after_saving_a_lesson_with_outputs(tmp_path, monkeypatch):
    """The student's clone: lessons run and saved from mi_trabajo/, then the course changes
    upstream. `git pull` updates it, and the next start puts the new lesson beside theirs."""
    if shutil.which("git") is None:
        pytest.fail("git is needed for this test (Debian package git)")
    monkeypatch.delenv("FUNDAMENTOS_AWS_WORK_DIR", raising=False)
    upstream = tmp_path / "autor"
    (upstream / "notebooks").mkdir(parents=True)
    shutil.copy(REPO / "notebooks" / LESSON, upstream / "notebooks" / LESSON)
    shutil.copytree(REPO / "release" / ASSIGNMENT, upstream / "release" / ASSIGNMENT)
    shutil.copy(REPO / ".gitignore", upstream / ".gitignore")  # mi_trabajo/ is ignored
    assert _git(upstream, "init").returncode == 0
    _git(upstream, "add", ".")
    assert _git(upstream, "commit", "-m", "curso v1").returncode == 0
    origin = tmp_path / "origen.git"
    assert _git(tmp_path, "clone", "--bare", str(upstream), str(origin)).returncode == 0
    student = tmp_path / "estudiante"
    assert _git(tmp_path, "clone", str(origin), str(student)).returncode == 0

    prepare_workspace(student)  # `make lab`
    copy = student / "mi_trabajo" / LESSON
    _with_outputs(copy)  # the student ran the welcome lesson and saved it
    saved = copy.read_text()
    assert _git(student, "status", "--porcelain").stdout == ""  # nothing of the course changed

    author = tmp_path / "autor2"
    assert _git(tmp_path, "clone", str(origin), str(author)).returncode == 0
    lesson = author / "notebooks" / LESSON
    nb = json.loads(lesson.read_text())
    nb["cells"][0]["source"] = ["# ¡Bienvenida, versión 2!\n"]
    lesson.write_text(json.dumps(nb, indent=1, ensure_ascii=False) + "\n")
    _git(author, "commit", "-am", "curso v2: bienvenida nueva")
    assert _git(author, "push", "origin", "HEAD").returncode == 0

    pulled = _git(student, "pull")
    assert pulled.returncode == 0, pulled.stdout + pulled.stderr
    assert (student / "notebooks" / LESSON).read_text() == lesson.read_text()
    report = prepare_workspace(student)  # the next `make lab`
    assert report.offered_beside == [LESSON]
    assert copy.read_text() == saved  # the student's outputs are still there
    beside = copy.with_name(LESSON.removesuffix(".ipynb") + NEW_VERSION_SUFFIX)
    assert "versión 2" in beside.read_text()
    assert _git(student, "status", "--porcelain").stdout == ""

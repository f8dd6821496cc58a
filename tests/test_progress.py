"""The student's progress: right per exercise, fast when nothing changed, never crashes."""

from __future__ import annotations

import shutil

import matplotlib.pyplot as plt
import pytest
from course import REPO, solved_copy

from fundamentos_aws import progress as progress_module
from fundamentos_aws.progress import collect_progress, progress_chart, progress_table

ASSIGNMENT = "01_infraestructura_global"
NAME = f"{ASSIGNMENT}_ejercicios.ipynb"


@pytest.fixture
def course(tmp_path, monkeypatch):
    shutil.copytree(REPO / "release" / ASSIGNMENT, tmp_path / "release" / ASSIGNMENT)
    monkeypatch.setenv("FUNDAMENTOS_AWS_WORK_DIR", str(tmp_path / "mi_trabajo"))
    return tmp_path


def _answer(course, cell_ids):
    """Type the source's solution into some answer cells of the working copy."""
    copy = course / "mi_trabajo" / ASSIGNMENT / NAME
    solved_copy(copy, REPO / "source" / ASSIGNMENT / NAME, copy, only=cell_ids)


def test_untouched_copy_scores_zero_without_running(course, monkeypatch):
    monkeypatch.setattr(progress_module, "run_visible_tests",
                        lambda path: pytest.fail("an untouched copy must not be executed"))
    (entry,) = collect_progress(course)
    assert not entry.started and entry.earned == 0 and entry.total == 22
    assert all(e.message == "sin empezar" for e in entry.exercises)


def test_progress_counts_exactly_the_exercises_that_pass(course, monkeypatch):
    collect_progress(course)  # creates the working copy
    _answer(course, {"ej1-respuesta", "ej4a-respuesta", "ej4b-respuesta", "quiz-respuestas"})
    (entry,) = collect_progress(course)
    passed = {e.grade_id for e in entry.exercises if e.passed}
    assert passed == {"ej1-pruebas", "ej4a-pruebas", "ej4b-pruebas",
                      "quiz-p1", "quiz-p2", "quiz-p3", "quiz-p4", "quiz-p5"}
    assert entry.earned == 10
    failed = next(e for e in entry.exercises if e.grade_id == "ej2-pruebas")
    assert "aún no está hecha" in failed.message
    # Nothing changed: the next call answers from the cache, without a kernel.
    monkeypatch.setattr(progress_module, "run_visible_tests",
                        lambda path: pytest.fail("unchanged copy executed again"))
    (again,) = collect_progress(course)
    assert {e.grade_id for e in again.exercises if e.passed} == passed

    table = progress_table([again])
    assert "| 01_infraestructura_global | Ejercicio 1 | 2 | ✔ |" in table
    assert "| 01_infraestructura_global | Pregunta 5 | 1 | ✔ |" in table
    assert "**10 / 22**" in table
    fig = progress_chart([again])
    earned_bar, missing_bar = fig.axes[0].patches[0], fig.axes[0].patches[1]
    assert (earned_bar.get_width(), missing_bar.get_width()) == (10, 12)
    assert fig.axes[0].get_xlabel() == "Puntos (pruebas visibles)"
    plt.close(fig)


def test_a_broken_copy_is_reported_not_fatal(course):
    collect_progress(course)
    (course / "mi_trabajo" / ASSIGNMENT / NAME).write_text("{ roto")
    (entry,) = collect_progress(course)
    assert entry.earned == 0
    assert all("no es un cuaderno válido" in e.message for e in entry.exercises)

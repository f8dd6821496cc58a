"""Where the student stands: which exercises of their working copies pass the visible tests.

    python -m fundamentos_aws.progress          # or: make progreso

In a notebook, ``show_progress()`` shows a table and a chart. A notebook is executed only when
its cells changed since the last time (the results are kept in mi_trabajo/.progreso.json), and
a copy nobody has touched yet is known to score zero without running it.
"""

from __future__ import annotations

import json
import re
import sys
from dataclasses import asdict, dataclass, field
from pathlib import Path

import nbclient
import nbformat

from .workspace import COURSE_ROOT, cells_digest, prepare_workspace, work_dir

CACHE_NAME = ".progreso.json"
CELL_TIMEOUT = 60  # seconds, as when grading


@dataclass
class ExerciseResult:
    """One test cell of an exercise notebook."""

    grade_id: str
    points: float
    passed: bool
    message: str = ""


@dataclass
class NotebookProgress:
    """The visible-test results of one working copy."""

    assignment: str
    notebook: str
    exercises: list[ExerciseResult] = field(default_factory=list)
    started: bool = True

    @property
    def earned(self) -> float:
        return sum(e.points for e in self.exercises if e.passed)

    @property
    def total(self) -> float:
        return sum(e.points for e in self.exercises)


def _test_cells(nb: nbformat.NotebookNode) -> list[nbformat.NotebookNode]:
    return [c for c in nb.cells if c.cell_type == "code"
            and c.metadata.get("nbgrader", {}).get("grade")]


def _first_line(text: str) -> str:
    line = text.strip().splitlines()[0] if text.strip() else ""
    return line if len(line) <= 110 else line[:107] + "..."


def run_visible_tests(path: Path) -> list[ExerciseResult]:
    """Execute a notebook top to bottom and report each test cell: passed or why not."""
    nb = nbformat.read(path, as_version=4)
    client = nbclient.NotebookClient(nb, timeout=CELL_TIMEOUT, kernel_name="python3",
                                     allow_errors=True,
                                     resources={"metadata": {"path": str(path.parent)}})
    try:
        client.execute()
    except nbclient.exceptions.CellTimeoutError:
        pass  # the cells that did not run count as not passed
    results = []
    for cell in _test_cells(nb):
        errors = [o for o in cell.get("outputs", []) if o.output_type == "error"]
        ran = cell.get("execution_count") is not None
        message = (f"{errors[0].ename}: {_first_line(errors[0].evalue)}" if errors
                   else "" if ran else "no llegó a ejecutarse")
        results.append(ExerciseResult(cell.metadata["nbgrader"]["grade_id"],
                                      float(cell.metadata["nbgrader"].get("points", 0)),
                                      ran and not errors, message))
    return results


def _not_started(path: Path) -> list[ExerciseResult]:
    nb = nbformat.read(path, as_version=4)
    return [ExerciseResult(c.metadata["nbgrader"]["grade_id"],
                           float(c.metadata["nbgrader"].get("points", 0)), False, "sin empezar")
            for c in _test_cells(nb)]


def collect_progress(course_root: Path = COURSE_ROOT) -> list[NotebookProgress]:
    """Progress of every working copy (created first if missing), one entry per notebook."""
    prepare_workspace(course_root)
    work = work_dir(course_root)
    cache_path = work / CACHE_NAME
    cache = json.loads(cache_path.read_text()) if cache_path.exists() else {}
    release = course_root / "release"
    progress = []
    for original in sorted(release.glob("*/*.ipynb")):
        relative = original.relative_to(release).as_posix()
        copy = work / relative
        digest = cells_digest(copy)
        entry = NotebookProgress(original.parent.name, original.name)
        if digest is not None and digest == cells_digest(original):
            entry.exercises, entry.started = _not_started(original), False
        elif digest is not None and cache.get(relative, {}).get("cells") == digest:
            entry.exercises = [ExerciseResult(**e) for e in cache[relative]["results"]]
        elif digest is None:
            entry.exercises = [ExerciseResult(e.grade_id, e.points, False,
                                              "tu copia no es un cuaderno válido")
                               for e in _not_started(original)]
        else:
            entry.exercises = run_visible_tests(copy)
            cache[relative] = {"cells": digest,
                               "results": [asdict(e) for e in entry.exercises]}
        progress.append(entry)
    cache_path.write_text(json.dumps(cache, indent=1, sort_keys=True) + "\n")
    return progress


def exercise_label(grade_id: str) -> str:
    """A name a student recognises: 'ej4a-pruebas' -> 'Ejercicio 4a', 'quiz-p3' -> 'Pregunta 3'."""
    if match := re.fullmatch(r"ej(\w+?)-pruebas", grade_id):
        return f"Ejercicio {match.group(1)}"
    if match := re.fullmatch(r"quiz-p(\d+)", grade_id):
        return f"Pregunta {match.group(1)}"
    return grade_id


def progress_table(progress: list[NotebookProgress]) -> str:
    """A Markdown table: one row per exercise, ✔ or ✘ and what failed."""
    rows = ["| Tarea | Prueba | Puntos | Estado |", "|---|---|---|---|"]
    for nb in progress:
        for e in nb.exercises:
            state = "✔" if e.passed else f"✘ {e.message}".replace("|", "/")
            rows.append(f"| {nb.assignment} | {exercise_label(e.grade_id)} | {e.points:g} | "
                        f"{state} |")
        rows.append(f"| **{nb.assignment}** | **total (pruebas visibles)** | "
                     f"**{nb.earned:g} / {nb.total:g}** | |")
    return "\n".join(rows)


def progress_chart(progress: list[NotebookProgress]):
    """A horizontal bar per assignment: points passed vs still to do. Returns the Figure."""
    from .charts import COLORS, new_chart

    labels = [nb.assignment for nb in progress]
    earned = [nb.earned for nb in progress]
    missing = [nb.total - nb.earned for nb in progress]
    fig, ax = new_chart("Tu progreso en los ejercicios", "Puntos (pruebas visibles)", "",
                        figsize=(9, 1.8 + 0.5 * len(progress)))
    ax.barh(labels, earned, color=COLORS[0], label="Superados")
    ax.barh(labels, missing, left=earned, color="#D5D8DC", label="Por hacer")
    for y, nb in enumerate(progress):
        share = nb.earned / nb.total if nb.total else 0
        ax.text(nb.total, y, f"  {nb.earned:g} / {nb.total:g} ({share:.0%})", va="center")
    ax.invert_yaxis()
    ax.set_xlim(0, max([nb.total for nb in progress] + [1]) * 1.3)
    fig.legend(loc="outside lower center", ncol=2)
    return fig


def show_progress(course_root: Path = COURSE_ROOT) -> None:
    """In a notebook: the table and the chart of your progress (collect_progress() gives the
    data)."""
    progress = collect_progress(course_root)
    try:
        from IPython.display import Markdown, display
    except ImportError:  # pragma: no cover - IPython comes with Jupyter
        print(progress_table(progress))
    else:
        display(Markdown(progress_table(progress)))
    progress_chart(progress)


def main() -> int:
    progress = collect_progress()
    for nb in progress:
        state = "" if nb.started else " (sin empezar)"
        print(f"{nb.assignment}: {nb.earned:g} de {nb.total:g} puntos en las pruebas "
              f"visibles{state}")
        for e in nb.exercises:
            print(f"  {'✔' if e.passed else '✘'} {exercise_label(e.grade_id):<14} {e.points:g} pt  "
                  f"{'' if e.passed else e.message}")
    fig = progress_chart(progress)
    out = work_dir() / "progreso.png"
    fig.savefig(out)
    print(f"Gráfico: {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

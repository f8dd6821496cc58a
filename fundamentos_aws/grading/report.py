"""The instructor's report of an assignment: how the class scored and where it struggled.

Writes, in ``informes/<assignment>/``: ``notas.csv`` (see pipeline.export),
``celdas.csv`` (share of the class passing each test cell), ``histograma.png``,
``celdas.png`` and ``informe.ipynb``, a notebook that draws the same charts from the
gradebook and lists the submissions that need a look. Everything is read from nbgrader's
gradebook and the outcomes of the last ``make grade``.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path

from matplotlib.figure import Figure
from matplotlib.patches import Patch
from nbgrader.api import Gradebook, MissingEntry

from ..charts import COLORS, new_chart
from .pipeline import ERROR, OK, REVIEW, Course, Outcome, load_outcomes


@dataclass
class CellResult:
    """How the class did on one graded cell."""

    name: str
    max_score: float
    graded: int       # submissions with an automatic score for this cell
    full_marks: int   # of those, how many got every point

    @property
    def share(self) -> float:
        return self.full_marks / self.graded if self.graded else 0.0


def cell_results(course: Course, assignment: str) -> list[CellResult]:
    """Per autograded cell, in notebook order: how many graded submissions got full marks."""
    graded = {o.student for o in load_outcomes(course, assignment) if o.status != ERROR}
    with Gradebook(course.db_url) as gb:
        assignment_row = gb.find_assignment(assignment)
        results = []
        for notebook in assignment_row.notebooks:
            cells = [g for g in notebook.grade_cells if g.cell_type == "code"]
            for cell in cells:
                result = CellResult(cell.name, float(cell.max_score), 0, 0)
                for student in sorted(graded):
                    try:
                        grade = gb.find_grade(cell.name, notebook.name, assignment, student)
                    except MissingEntry:
                        continue
                    if grade.auto_score is None:
                        continue
                    result.graded += 1
                    result.full_marks += grade.auto_score >= cell.max_score - 1e-9
                results.append(result)
        return results


def score_histogram(outcomes: list[Outcome], assignment: str) -> Figure:
    """Histogram of the graded scores, in percent of the maximum (ungraded ones counted apart)."""
    fig, ax = new_chart(f"Notas de {assignment}", xlabel="Nota (% del máximo)",
                        ylabel="Estudiantes")
    scores = [100 * o.score / o.max_score for o in outcomes if o.score is not None and o.max_score]
    bins = list(range(0, 101, 10))
    ax.hist(scores, bins=bins, color=COLORS[0], edgecolor="white")
    handles = [Patch(color=COLORS[0], label=f"corregidas: {len(scores)}")]
    failed = sum(o.status == ERROR for o in outcomes)
    if failed:  # not in the bars: they have no score, and a 0 would lie
        handles.append(Patch(color="white", label=f"sin nota: {failed} (motivos en notas.csv)"))
    ax.set_xticks(bins)
    ax.set_xlim(0, 100)
    ax.yaxis.get_major_locator().set_params(integer=True)
    ax.legend(handles=handles, loc="upper left")
    return fig


def cell_chart(results: list[CellResult], assignment: str) -> Figure:
    """Horizontal bars: share of the class with full marks on each test cell."""
    fig, ax = new_chart(f"¿Dónde se atasca la clase? ({assignment})",
                        xlabel="Estudiantes con la celda entera bien (%)", ylabel="")
    fig.set_figheight(max(3.0, 0.35 * len(results) + 1.2))
    names = [r.name for r in results][::-1]
    shares = [100 * r.share for r in results][::-1]
    colors = [COLORS[4] if s < 50 else COLORS[0] if s < 80 else COLORS[3] for s in shares]
    ax.barh(names, shares, color=colors)
    for y, share in enumerate(shares):
        ax.text(min(share + 1, 93), y, f"{share:.0f} %", va="center", fontsize=8)
    ax.set_xlim(0, 100)
    ax.grid(axis="y", visible=False)
    return fig


def write_report(course: Course, assignment: str) -> list[Path]:
    """Write the report files; returns their paths."""
    folder = course.report_dir(assignment)
    folder.mkdir(parents=True, exist_ok=True)
    outcomes = load_outcomes(course, assignment)
    results = cell_results(course, assignment)
    paths = []
    cells_csv = folder / "celdas.csv"
    with open(cells_csv, "w", newline="", encoding="utf-8") as out:
        writer = csv.writer(out)
        writer.writerow(["celda", "puntos", "corregidas", "enteras_bien", "porcentaje"])
        for r in results:
            writer.writerow([r.name, f"{r.max_score:g}", r.graded, r.full_marks,
                             f"{100 * r.share:.1f}"])
    paths.append(cells_csv)
    for name, fig in (("histograma.png", score_histogram(outcomes, assignment)),
                      ("celdas.png", cell_chart(results, assignment))):
        fig.savefig(folder / name, dpi=110, bbox_inches="tight")
        paths.append(folder / name)
    paths.append(write_report_notebook(course, assignment))
    return paths


def summary(outcomes: list[Outcome]) -> str:
    """A few lines for the terminal: counts, mean, and every submission that needs a look."""
    scores = [o.score / o.max_score for o in outcomes if o.score is not None and o.max_score]
    lines = [f"{len(outcomes)} entregas: "
             + ", ".join(f"{sum(o.status == s for o in outcomes)} {s}"
                         for s in (OK, REVIEW, ERROR))]
    if scores:
        lines.append(f"nota media {100 * sum(scores) / len(scores):.1f} % de las corregidas")
    for o in outcomes:
        if o.status != OK:
            lines.append(f"  {o.status:<7} {o.student}: " + " | ".join(o.reasons))
    return "\n".join(lines)


_NOTEBOOK_CELLS = [
    ("markdown", "# Informe de {assignment}\n\nGenerado por `make grade A={assignment}` a "
                 "partir del libro de notas de nbgrader. Vuelve a ejecutarlo (Run All) después de "
                 "corregir a mano en formgrader para ver las notas al día."),
    ("code", "from pathlib import Path\n\n"
             "from fundamentos_aws.grading.pipeline import Course, load_outcomes\n"
             "from fundamentos_aws.grading.report import (cell_chart, cell_results, "
             "score_histogram,\n"
             "                                            summary)\n\n"
             "course = Course.load(Path({root!r}))\n"
             "ASSIGNMENT = {assignment!r}\n"
             "outcomes = load_outcomes(course, ASSIGNMENT)\n"
             "print(summary(outcomes))"),
    ("markdown", "## Distribución de notas"),
    ("code", "score_histogram(outcomes, ASSIGNMENT);"),
    ("markdown", "## Dónde se atascó la clase\n\nPorcentaje de entregas corregidas que sacan "
                 "todos los puntos de cada celda de pruebas."),
    ("code", "cell_chart(cell_results(course, ASSIGNMENT), ASSIGNMENT);"),
]


def write_report_notebook(course: Course, assignment: str) -> Path:
    """informe.ipynb, executed, so that it opens with its charts already drawn."""
    import nbclient
    import nbformat

    nb = nbformat.v4.new_notebook()
    for kind, text in _NOTEBOOK_CELLS:
        text = text.format(assignment=assignment, root=str(course.root))
        nb.cells.append(nbformat.v4.new_markdown_cell(text) if kind == "markdown"
                        else nbformat.v4.new_code_cell(text))
    nb.metadata["kernelspec"] = {"display_name": "Python 3 (ipykernel)", "language": "python",
                                 "name": "python3"}
    path = course.report_dir(assignment) / "informe.ipynb"
    nbclient.NotebookClient(nb, timeout=120, kernel_name="python3",
                            resources={"metadata": {"path": str(path.parent)}}).execute()
    nbformat.write(nb, path)
    return path

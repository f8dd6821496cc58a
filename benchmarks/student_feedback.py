"""How fast a student gets feedback. Prints each figure next to its target and the ratio.

    make bench-student

- a visible test cell, once the notebook is warm (target: about 1 s or less);
- Validate on one exercise notebook (what the toolbar button runs);
- the progress of every assignment: untouched, after a change, and when nothing changed.

Measured on copies in a temporary folder, with the solved source as "the student's work".
"""

from __future__ import annotations

import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

import nbclient
import nbformat
from nbgrader.validator import Validator

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "tests"))
from course import solved_copy  # noqa: E402


def test_cell_latencies(path: Path) -> list[float]:
    """Run the notebook once; return how long each test cell took."""
    nb = nbformat.read(path, 4)
    client = nbclient.NotebookClient(nb, timeout=120, kernel_name="python3",
                                     resources={"metadata": {"path": str(path.parent)}})
    times = []
    with client.setup_kernel():
        for index, cell in enumerate(nb.cells):
            if cell.cell_type != "code":
                continue
            start = time.perf_counter()
            client.execute_cell(cell, index)
            if cell.metadata.get("nbgrader", {}).get("grade"):
                times.append(time.perf_counter() - start)
    return times


def timed(function) -> float:
    start = time.perf_counter()
    function()
    return time.perf_counter() - start


def row(what: str, seconds: float, target: float | None) -> None:
    ratio = f"{seconds / target:5.2f}× target" if target else ""
    goal = f"≤ {target:g} s" if target else ""
    print(f"{what:<58} {seconds:8.3f} s   {goal:<9} {ratio}")


def main() -> None:
    assignments = sorted(p.name for p in (REPO / "release").iterdir() if p.is_dir())
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        os.environ["FUNDAMENTOS_AWS_WORK_DIR"] = str(tmp / "mi_trabajo")
        shutil.copytree(REPO / "release", tmp / "curso" / "release")
        first = assignments[0]
        name = f"{first}_ejercicios.ipynb"
        solved = solved_copy(REPO / "release" / first / name, REPO / "source" / first / name,
                             tmp / "solved" / name)

        print(f"Student feedback on {os.cpu_count()} cores ({len(assignments)} assignments)\n")
        latencies = test_cell_latencies(solved)
        row(f"visible test cell, warm notebook ({first}): median", statistics.median(latencies),
            1.0)
        row("visible test cell, warm notebook: slowest", max(latencies), 1.0)

        validator = Validator()
        row(f"Validate {name} (in the server, no start-up)",
            timed(lambda: validator.validate(str(solved))), None)

        from fundamentos_aws.progress import collect_progress
        root = tmp / "curso"
        row("progress, all assignments untouched", timed(lambda: collect_progress(root)), 5.0)
        for assignment in assignments:
            nb = f"{assignment}_ejercicios.ipynb"
            solved_copy(REPO / "release" / assignment / nb, REPO / "source" / assignment / nb,
                        tmp / "mi_trabajo" / assignment / nb)
        row("progress, all assignments changed (runs every notebook)",
            timed(lambda: collect_progress(root)), 10.0 * len(assignments))
        row("progress, nothing changed since last time (cache)",
            timed(lambda: collect_progress(root)), 5.0)


if __name__ == "__main__":
    main()

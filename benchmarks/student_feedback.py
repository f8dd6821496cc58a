"""How fast a student gets feedback. Prints each figure next to its target and the ratio.

    make bench-student

- a visible test cell, once the notebook is warm (target: about 1 s or less);
- the course's Validar (the toolbar button, fundamentos_aws.validar) on every module's
  exercise notebook, warm (a kernel warmed ahead and the notebook's set-up cell run in it when
  the notebook was opened, as in JupyterLab; target 2 s) and cold (kernel start, warm-up and
  set-up included), side by side with nbgrader's stock validate (Validator in the
  server process, no start-up: what nbgrader's Validate button runs), plus the kernel's CPU
  seconds (the wall-clock figure grows when other work shares the two cores);
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


def validar_side_by_side(assignments: list[str], tmp: Path) -> None:
    """The course's Validar, warm and cold, next to nbgrader's stock validate."""
    import asyncio

    from fundamentos_aws.validar import WarmKernels, read_notebook

    async def course(paths: list[Path]) -> tuple[float, list[tuple[float, float, str]]]:
        cold_kernels = WarmKernels(refill=False)  # cold: start and warm-up included
        start = time.perf_counter()
        await cold_kernels.validate(read_notebook(path=paths[0]), paths[0].parent)
        cold = time.perf_counter() - start
        await cold_kernels.close()
        kernels, warm = WarmKernels(), []
        for path in paths:
            # The student opens the notebook (JupyterLab asks the server to run its set-up
            # cell ahead in the waiting kernel), reads and types meanwhile, then presses Validar.
            await kernels.ready()
            await kernels.prepare_for(read_notebook(path=path), path.parent)
            start = time.perf_counter()
            summary = await kernels.validate(read_notebook(path=path), path.parent)
            ok = f"{summary['puntos']:g}/{summary['total']:g}"
            warm.append((time.perf_counter() - start, summary.get("cpu_nucleo", 0.0), ok))
        kernels.refill = False
        await kernels.close()
        return cold, warm

    paths = []
    for assignment in assignments:
        nb = f"{assignment}_ejercicios.ipynb"
        paths.append(solved_copy(REPO / "release" / assignment / nb,
                                 REPO / "source" / assignment / nb, tmp / "validar" / nb))
    cold, warm = asyncio.run(course(paths))
    validator = Validator()
    print("\nValidate, solved notebook of each module (wall s; the course's target: ≤ 2 s warm)")
    print(f"{'module':<30} {'course warm':>11} {'kernel CPU':>10} {'nbgrader stock':>14}  points")
    for assignment, path, (seconds, cpu, ok) in zip(assignments, paths, warm, strict=True):
        stock = timed(lambda p=path: validator.validate(str(p)))
        mark = "" if seconds <= 2.0 else "  > 2 s"
        print(f"{assignment:<30} {seconds:11.2f} {cpu:10.2f} {stock:14.2f}  {ok}{mark}")
    print(f"{'course cold (' + assignments[0] + ')':<30} {cold:11.2f}   (kernel start and warm-up "
          f"included: the first Validar before the course is warm)\n")


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

        validar_side_by_side(assignments, tmp)

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

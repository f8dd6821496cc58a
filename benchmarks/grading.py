"""Grading benchmark: stock `nbgrader autograde` vs `make grade`'s autograde, side by side.

    make bench                         # 48 submissions of module 01
    make bench BENCH_ARGS="--size 80"  # a bigger class

One generated class (solutions, blank notebooks and every wrong and alternative answer of
the corpus, repeated), graded twice from identical copies of the course:

- stock: nbgrader's own Execute, one process, as `nbgrader autograde <a>` runs by default;
- ours:  `python -m fundamentos_aws.grading <a> --steps autograde` (parallel workers,
         sandboxed kernels forked from a warm factory).

Prints both times, per-submission costs, the throughput ratio next to its target (≥ 4× on
2 cores), the floor (starting a bare kernel and executing the notebook, nothing else), and
checks that both gradings give every student the same score.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

import nbclient
import nbformat

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "tests"))
from course import GradedCourse, corpus, run, submission_from  # noqa: E402

TARGET_RATIO = 4.0

STOCK_CONFIG = '''
# Stock nbgrader: the course's settings, but nbgrader's own preprocessors (no sandbox).
from nbconvert.preprocessors import ClearMetadataPreprocessor
from nbgrader.preprocessors import (AssignLatePenalties, CheckCellMetadata, ClearOutput,
    DeduplicateIds, Execute, IgnorePattern, LimitOutput, OverwriteCells, OverwriteKernelspec,
    SaveAutoGrades)
c.Autograde.sanitize_preprocessors = [ClearOutput, DeduplicateIds, OverwriteKernelspec,
                                      OverwriteCells, CheckCellMetadata]
c.Autograde.autograde_preprocessors = [Execute, IgnorePattern, ClearMetadataPreprocessor,
                                       LimitOutput, SaveAutoGrades, AssignLatePenalties,
                                       CheckCellMetadata]
'''


def build_class(root: Path, assignment: str, size: int) -> list[str]:
    """A course in ``root`` with ``size`` submissions; returns the student ids."""
    course = GradedCourse.create(root, assignment)
    if course.generate.returncode:
        raise SystemExit(course.generate.stderr)
    sources = {p.name: nbformat.read(p, as_version=4)
               for p in sorted((REPO / "source" / assignment).glob("*.ipynb"))}
    releases = {p.name: nbformat.read(p, as_version=4)
                for p in sorted((REPO / "release" / assignment).glob("*.ipynb"))}
    kinds = [("solucion", {}), ("en_blanco", None)] + [(e.path.stem, e.answers)
                                                        for e in corpus(assignment)]
    students = []
    for i in range(size):
        kind, answers = kinds[i % len(kinds)]
        student = f"{i:03d}_{kind}"
        if answers is None:
            course.submit(student, releases)
        else:
            course.submit(student, {name: submission_from(releases[name], sources[name],
                                                          answers)[0] for name in releases})
        students.append(student)
    return students


def scores(root: Path, assignment: str) -> dict[str, float]:
    from nbgrader.api import Gradebook

    with Gradebook(f"sqlite:///{root / 'gradebook.db'}") as gb:
        return {s.student.id: s.score for s in gb.find_assignment(assignment).submissions}


def floor_seconds(root: Path, assignment: str, repeat: int = 3) -> float:
    """Median time to start a bare kernel and execute the solved notebook, nothing else."""
    source = next((REPO / "source" / assignment).glob("*.ipynb"))
    times = []
    for _ in range(repeat):
        nb = nbformat.read(source, as_version=4)
        start = time.perf_counter()
        nbclient.NotebookClient(nb, timeout=120, kernel_name="python3", allow_errors=True,
                                resources={"metadata": {"path": str(root)}}).execute()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def timed(cmd: list[str], cwd: Path) -> float:
    start = time.perf_counter()
    done = run(cmd, cwd, cwd, timeout=7200)
    seconds = time.perf_counter() - start
    if done.returncode not in (0, 2):
        raise SystemExit(f"{' '.join(cmd)} failed:\n{done.stdout[-2000:]}{done.stderr[-3000:]}")
    return seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--assignment", default="01_infraestructura_global")
    parser.add_argument("--size", type=int, default=48, help="submissions in the class")
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    args = parser.parse_args()

    work = Path(tempfile.mkdtemp(prefix="bench-grading-"))
    try:
        stock, ours = work / "stock", work / "ours"
        students = build_class(stock, args.assignment, args.size)
        shutil.copytree(stock, ours)
        with open(stock / "nbgrader_config.py", "a") as config:
            config.write(STOCK_CONFIG)
        print(f"class: {len(students)} submissions of {args.assignment} "
              f"(solutions, blanks, corpus answers); {os.cpu_count()} cores")

        stock_s = timed(["nbgrader", "autograde", args.assignment, "--force"], stock)
        ours_s = timed([sys.executable, "-m", "fundamentos_aws.grading", args.assignment,
                        "--steps", "autograde", "--no-progress",
                        "--workers", str(args.workers)], ours)
        floor = floor_seconds(work, args.assignment)

        stock_scores, our_scores = scores(stock, args.assignment), scores(ours, args.assignment)
        differ = {s: (stock_scores.get(s), our_scores.get(s)) for s in students
                  if stock_scores.get(s) != our_scores.get(s)}
        n = len(students)
        ratio = stock_s / ours_s
        print(f"{'':<42}{'total':>10}{'per submission':>17}")
        print(f"{'stock nbgrader autograde (1 process)':<42}{stock_s:>9.1f}s{stock_s / n:>16.2f}s")
        print(f"{f'make grade autograde ({args.workers} workers)':<42}{ours_s:>9.1f}s"
              f"{ours_s / n:>16.2f}s")
        print(f"{'floor: bare kernel + execute the notebook':<42}{'':>10}{floor:>16.2f}s")
        print(f"throughput ratio: {ratio:.2f}× stock (target ≥ {TARGET_RATIO:g}×: "
              f"{'met' if ratio >= TARGET_RATIO else 'NOT met'}); "
              f"ours per submission = {ours_s / n / floor:.2f}× the floor "
              f"(wall time over {args.workers} workers)")
        print("scores: identical for every student" if not differ
              else f"scores DIFFER for {len(differ)} students: {differ}")
        if differ:
            sys.exit(1)
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()

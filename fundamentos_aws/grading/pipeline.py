"""``make grade A=<assignment>``: autograde a class in parallel, then feedback, export, report.

Every step runs nbgrader itself (its API, its gradebook, the course's nbgrader_config.py);
this module adds the parts stock nbgrader lacks: several workers, the sandbox (sandbox.py),
a look at each submission before and after grading (integrity.py), and an outcome with a
reason for every student, so that nothing ends up as a silent zero.

Outcomes: ``ok`` (graded, nothing to report), ``revisar`` (graded, but something the
instructor should see: a test cell put back, a cell stopped by the clock...) and ``error``
(not graded: the reason says why; its autograded scores are removed from the gradebook so
no stale or partial score is mistaken for a grade).
"""

from __future__ import annotations

import contextlib
import csv
import fcntl
import hashlib
import json
import multiprocessing
import os
import shutil
import threading
import time
from collections.abc import Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import nbformat
from nbgrader.api import Gradebook, MissingEntry
from nbgrader.apps.api import NbGraderAPI
from nbgrader.coursedir import CourseDirectory
from traitlets.config import Config
from traitlets.config.loader import PyFileConfigLoader

from . import sandbox
from .integrity import assignment_spec, inspect_submission

OK, REVIEW, ERROR = "ok", "revisar", "error"
#: Wall-clock limit for one submission, whatever its cells do (each cell also has its own).
SUBMISSION_SECONDS = 300


@dataclass
class Outcome:
    """How one student's submission went."""

    student: str
    status: str
    score: float | None = None
    max_score: float = 0.0
    reasons: list[str] = field(default_factory=list)
    seconds: float = 0.0


@dataclass
class Course:
    """A course folder and its nbgrader configuration."""

    root: Path
    config: Config

    @classmethod
    def load(cls, root: Path) -> Course:
        root = root.resolve()
        config = PyFileConfigLoader("nbgrader_config.py", path=str(root)).load_config()
        return cls(root, config)

    @property
    def db_url(self) -> str:
        return str(self.config.CourseDirectory.db_url)

    def api(self) -> NbGraderAPI:
        coursedir = CourseDirectory(config=self.config)
        return NbGraderAPI(coursedir, config=self.config)

    def submitted(self, assignment: str) -> list[str]:
        folder = self.root / "submitted"
        if not folder.is_dir():
            return []
        return sorted(p.name for p in folder.iterdir() if (p / assignment).is_dir())

    def report_dir(self, assignment: str) -> Path:
        return self.root / "informes" / assignment


# -- shards: several machines grade one class against one shared gradebook ---------------------
def parse_shard(text: str) -> tuple[int, int]:
    """``"2/5"`` -> (2, 5): the second of five shards (1-based)."""
    try:
        index, count = (int(part) for part in text.split("/"))
    except ValueError:
        raise ValueError(f"--shard must look like I/N (e.g. 1/2), not {text!r}") from None
    if not 1 <= index <= count:
        raise ValueError(f"--shard {text}: I must be between 1 and N")
    return index, count


def shard_of(student: str, count: int) -> int:
    """The shard (1..count) that grades ``student``: a hash of the id, so it never depends on
    who else is in the class, on the machine or on the order submissions arrive in."""
    return int.from_bytes(hashlib.sha256(student.encode("utf-8")).digest()[:8], "big") % count + 1


def in_shard(students: list[str], index: int, count: int) -> list[str]:
    return [s for s in students if shard_of(s, count) == index]


@contextlib.contextmanager
def gradebook_lock(course: Course) -> Iterator[None]:
    """Only one grader at a time in here, across processes and machines.

    Shards share one gradebook; the rows every shard needs (the assignment, its notebooks and
    cells, written by generate_assignment) must be created once. PostgreSQL: an advisory lock
    in the gradebook's own server (every machine sees it). SQLite: a lock on a file beside the
    database (one machine, or a shared filesystem with working locks).
    """
    url = course.db_url
    if url.startswith("postgresql"):
        import sqlalchemy

        engine = sqlalchemy.create_engine(url)
        key = int.from_bytes(hashlib.sha256(b"fundamentos-aws gradebook").digest()[:7], "big")
        try:
            with engine.connect() as connection:
                connection.execute(sqlalchemy.text("SELECT pg_advisory_lock(:k)"), {"k": key})
                try:
                    yield
                finally:
                    connection.execute(sqlalchemy.text("SELECT pg_advisory_unlock(:k)"),
                                       {"k": key})
        finally:
            engine.dispose()
        return
    path = url.removeprefix("sqlite:///") if url.startswith("sqlite:///") else None
    lock_path = Path(path + ".lock") if path else course.root / ".gradebook.lock"
    with open(lock_path, "a") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


# -- autograde ------------------------------------------------------------------------------
def _grade_one(course: Course, api: NbGraderAPI, assignment: str, student: str,
               spec: dict, limit: float) -> Outcome:
    """Autograde one student in this process (a worker) and say how it went."""
    start = time.monotonic()
    outcome = Outcome(student, OK, max_score=sum(nb.max_score for nb in spec.values()))
    inspection = inspect_submission(course.root / "submitted" / student / assignment, spec)
    outcome.reasons += inspection.blocking + inspection.notes
    if inspection.blocking:
        outcome.status = ERROR
        _forget_scores(course, assignment, student)
        outcome.seconds = time.monotonic() - start
        return outcome

    sandbox.current_run = run = sandbox.RunRecord()

    def time_up() -> None:
        run.fail(f"stopped after {limit:g} s, the limit for a whole submission")
        if sandbox._sandbox is not None:
            sandbox._sandbox.killall()

    timer = threading.Timer(limit, time_up)
    timer.daemon = True
    timer.start()
    try:
        result = api.autograde(assignment, student, force=True, create=True)
    finally:
        timer.cancel()
    outcome.reasons += run.notes
    if run.failure or not result.get("success"):
        outcome.status = ERROR
        outcome.reasons.insert(0, run.failure or _first_error(result))
        _forget_scores(course, assignment, student)
    else:
        outcome.reasons += _notable_errors(course, assignment, student)
        outcome.score, problem = _recorded_score(course, assignment, student, outcome.max_score)
        if problem:
            outcome.status = ERROR
            outcome.reasons.insert(0, problem)
            outcome.score = None
    if outcome.status == OK and outcome.reasons:
        outcome.status = REVIEW
    outcome.seconds = time.monotonic() - start
    return outcome


# Errors in a graded notebook that say more about the submission than about the answers.
NOTABLE_ERRORS = {
    "SystemExit": "called sys.exit()",
    "MemoryError": "ran out of memory (MemoryError)",
}


def _notable_errors(course: Course, assignment: str, student: str) -> list[str]:
    folder = course.root / course.config.CourseDirectory.autograded_directory / student / assignment
    notes = []
    for path in sorted(folder.glob("*.ipynb")):
        nb = nbformat.read(path, as_version=4)
        for index, cell in enumerate(nb.cells):
            for output in cell.get("outputs", []):
                what = NOTABLE_ERRORS.get(output.get("ename", ""))
                if output.get("output_type") == "error" and what:
                    grade_id = cell.metadata.get("nbgrader", {}).get("grade_id")
                    name = f"'{grade_id}'" if grade_id else f"number {index + 1}"
                    notes.append(f"{path.name}: cell {name} {what} ({output['ename']})")
    return notes


def _first_error(result: dict[str, Any]) -> str:
    text = (result.get("error") or "") + "\n" + (result.get("log") or "")
    for line in text.splitlines():
        if "ERROR" in line or "Error" in line:
            return "nbgrader: " + line.strip()[:300]
    return "nbgrader could not grade it (see its log)"


def _recorded_score(course: Course, assignment: str, student: str, max_score: float
                    ) -> tuple[float | None, str | None]:
    """The total in the gradebook, or a reason why it cannot be trusted."""
    with Gradebook(course.db_url) as gb:
        try:
            submission = gb.find_submission(assignment, student)
        except MissingEntry:
            return None, "nbgrader recorded no submission"
        if abs(submission.max_score - max_score) > 1e-9:
            return None, (f"the gradebook's maximum for this submission is "
                          f"{submission.max_score:g}, not {max_score:g}")
        return float(submission.score), None


def _forget_scores(course: Course, assignment: str, student: str) -> None:
    """A submission that could not be graded keeps no autograded score (stale or partial)."""
    with Gradebook(course.db_url) as gb:
        try:
            gb.remove_submission(assignment, student)
        except MissingEntry:
            pass
    shutil.rmtree(course.root / course.config.CourseDirectory.autograded_directory
                  / student / assignment, ignore_errors=True)


def _worker(root: str, assignment: str, tasks: Any, results: Any, limit: float) -> None:
    course = Course.load(Path(root))
    api = course.api()
    spec = assignment_spec(course.db_url, assignment, course.root
                           / course.config.CourseDirectory.release_directory / assignment)
    for student in iter(tasks.get, None):
        try:
            outcome = _grade_one(course, api, assignment, student, spec, limit)
        except Exception as error:  # one broken submission must not stop the class
            outcome = Outcome(student, ERROR, reasons=[f"grader error: {error!r}"])
        results.put(asdict(outcome))


def autograde(course: Course, assignment: str, students: list[str] | None = None,
              workers: int | None = None, limit: float = SUBMISSION_SECONDS,
              progress: bool = True) -> list[Outcome]:
    """Autograde ``students`` (default: all in submitted/) with ``workers`` processes."""
    students = course.submitted(assignment) if students is None else students
    if not students:
        return []
    _ensure_assignment_in_gradebook(course, assignment)
    workers = max(1, min(workers or os.cpu_count() or 1, len(students)))
    # fork: the workers inherit nbgrader already imported (Python start-up paid once).
    context = multiprocessing.get_context("fork")
    tasks, results = context.Queue(), context.Queue()
    for student in students:
        tasks.put(student)
    for _ in range(workers):
        tasks.put(None)
    procs = [context.Process(target=_worker, daemon=True,
                             args=(str(course.root), assignment, tasks, results, limit))
             for _ in range(workers)]
    for proc in procs:
        proc.start()
    outcomes = []
    bar = _progress_bar(len(students), assignment) if progress else None
    while len(outcomes) < len(students):
        try:
            outcome = Outcome(**results.get(timeout=5))
        except Exception:  # queue.Empty: is anybody still working?
            if not any(p.is_alive() for p in procs):
                done = {o.student for o in outcomes}
                outcomes += [Outcome(s, ERROR, reasons=["the grading worker died"])
                             for s in students if s not in done]
                break
            continue
        outcomes.append(outcome)
        if bar is not None:
            bar.set_postfix_str(_tally(outcomes), refresh=False)
            bar.update(1)
    if bar is not None:
        bar.close()
    for proc in procs:
        proc.join(timeout=30)
    return sorted(outcomes, key=lambda o: o.student)


def _progress_bar(total: int, assignment: str) -> Any:
    from tqdm import tqdm

    return tqdm(total=total, desc=f"autograde {assignment}", unit="entrega")


def _tally(outcomes: list[Outcome]) -> str:
    counts = {s: sum(o.status == s for o in outcomes) for s in (OK, REVIEW, ERROR)}
    return " ".join(f"{k}={v}" for k, v in counts.items() if v)


def _ensure_assignment_in_gradebook(course: Course, assignment: str) -> None:
    """The gradebook learns an assignment's cells from generate_assignment; do it if needed.

    Under the gradebook lock: two shards starting together on a new gradebook would both
    insert the assignment's rows (one fails on a unique key) and both rewrite release/.
    """
    with gradebook_lock(course):
        with Gradebook(course.db_url) as gb:
            try:
                gb.find_assignment(assignment)
                return
            except MissingEntry:
                pass
        result = course.api().generate_assignment(assignment, force=True)
    if not result.get("success"):
        raise RuntimeError(f"generate_assignment {assignment} failed:\n{result.get('log')}")


# -- outcomes on disk -------------------------------------------------------------------------
# resultados.json holds the class; a shard writes only its own students to
# resultados.shard-I-de-N.json (shards never write the same file). Reading merges the shard
# files over resultados.json; the next run without --shard writes the merged class back to
# resultados.json and removes them.
SHARD_FILES = "resultados.shard-*.json"


def shard_file(course: Course, assignment: str, index: int, count: int) -> Path:
    return course.report_dir(assignment) / f"resultados.shard-{index}-de-{count}.json"


def _write_json(path: Path, outcomes: list[Outcome]) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(f".{path.name}.{os.getpid()}")
    temporary.write_text(json.dumps([asdict(o) for o in outcomes], indent=1, ensure_ascii=False))
    temporary.replace(path)  # readers never see half a file
    return path


def _read_json(path: Path) -> list[Outcome]:
    return [Outcome(**o) for o in json.loads(path.read_text())] if path.exists() else []


def save_outcomes(course: Course, assignment: str, outcomes: list[Outcome],
                  shard: tuple[int, int] | None = None) -> Path:
    if shard is not None:
        return _write_json(shard_file(course, assignment, *shard), outcomes)
    path = _write_json(course.report_dir(assignment) / "resultados.json", outcomes)
    for merged in course.report_dir(assignment).glob(SHARD_FILES):
        merged.unlink(missing_ok=True)
    return path


def load_outcomes(course: Course, assignment: str,
                  shard: tuple[int, int] | None = None) -> list[Outcome]:
    """The class's outcomes (resultados.json with the shards' files merged over it), or one
    shard's own file."""
    if shard is not None:
        return _read_json(shard_file(course, assignment, *shard))
    folder = course.report_dir(assignment)
    by_student = {o.student: o for o in _read_json(folder / "resultados.json")}
    for path in sorted(folder.glob(SHARD_FILES), key=lambda p: p.stat().st_mtime):
        by_student.update((o.student, o) for o in _read_json(path))
    return sorted(by_student.values(), key=lambda o: o.student)


def has_shard_files(course: Course, assignment: str) -> bool:
    return any(course.report_dir(assignment).glob(SHARD_FILES))


# -- the other steps ---------------------------------------------------------------------------
def feedback(course: Course, assignment: str, students: list[str] | None = None
             ) -> dict[str, Any]:
    """nbgrader generate_feedback for every autograded student, or for ``students`` (a
    shard's), with hidden tests removed."""
    api = course.api()
    if students is None:
        return api.generate_feedback(assignment, force=True)
    logs, success = [], True
    for student in students:
        result = api.generate_feedback(assignment, student, force=True)
        success = success and bool(result.get("success"))
        logs.append(result.get("log") or "")
    return {"success": success, "log": "\n".join(logs)}


def export(course: Course, assignment: str) -> Path:
    """grades.csv for the whole course (nbgrader's exporter) and notas.csv for this
    assignment with each student's outcome and reasons."""
    from nbgrader.plugins.export import CsvExportPlugin

    with Gradebook(course.db_url) as gb:
        CsvExportPlugin(config=course.config, to=str(course.root / "grades.csv")).export(gb)
    outcomes = load_outcomes(course, assignment)
    path = course.report_dir(assignment) / "notas.csv"
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w", newline="", encoding="utf-8") as out:
        writer = csv.writer(out)
        writer.writerow(["estudiante", "nota", "maximo", "porcentaje", "estado", "motivos"])
        for o in outcomes:
            percent = ("" if o.score is None or not o.max_score
                       else f"{100 * o.score / o.max_score:.1f}")
            writer.writerow([o.student, "" if o.score is None else f"{o.score:g}",
                             f"{o.max_score:g}", percent, o.status, " | ".join(o.reasons)])
    return path


def exit_status(outcomes: list[Outcome]) -> int:
    """0: every submission graded cleanly; 2: some need the instructor (see the report)."""
    return 0 if all(o.status == OK for o in outcomes) else 2

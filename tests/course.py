"""Test support: the course's files, an offline sandbox, and a throwaway nbgrader course."""

from __future__ import annotations

import functools
import json
import os
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

import nbformat

REPO = Path(__file__).resolve().parents[1]
VENV_BIN = Path(sys.executable).parent
KERNELSPEC = {"display_name": "Python 3 (ipykernel)", "language": "python", "name": "python3"}
SOLUTION_DELIMITERS = re.compile(r"^\s*### (BEGIN|END) SOLUTION\s*$\n?", re.MULTILINE)


def assignments() -> list[str]:
    """Assignment names: the folders of source/."""
    return sorted(p.name for p in (REPO / "source").iterdir() if p.is_dir())


def assignment_notebooks(folder: Path) -> list[Path]:
    return sorted(p for p in folder.glob("*.ipynb"))


def lessons() -> list[Path]:
    return sorted((REPO / "notebooks").glob("*.ipynb"))


def clean_env(home: Path) -> dict[str, str]:
    """The environment a notebook or grading run gets: no real AWS settings, an empty home."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("AWS_")}
    env.update(HOME=str(home), PATH=f"{VENV_BIN}{os.pathsep}{env.get('PATH', '')}",
               PYTHONDONTWRITEBYTECODE="1",
               # working copies (the welcome lesson shows progress) stay out of the repo
               FUNDAMENTOS_AWS_WORK_DIR=str(home / "mi_trabajo"))
    # Trap: if anything did reach for these, the guard or moto must have replaced them.
    env.update(AWS_ACCESS_KEY_ID="AKIAREALLOOKINGKEY00", AWS_SECRET_ACCESS_KEY="real-secret",
               AWS_PROFILE="instructor", AWS_ENDPOINT_URL="https://example.invalid")
    return env


@functools.cache
def offline_prefix() -> list[str] | None:
    """A command prefix that runs a program with no network but loopback, or None.

    `unshare -n` gives the program a network namespace of its own (root, as in CI); without
    root, a user namespace (`-r`) does the same where the kernel allows it. Loopback is
    brought up because Jupyter talks to its kernels over 127.0.0.1.
    """
    if not shutil.which("unshare") or not shutil.which("ip"):
        return None
    up = 'ip link set lo up && exec "$0" "$@"'
    for flags in (["-n"], ["-r", "-n"]):
        prefix = ["unshare", *flags, "sh", "-c", up]
        try:
            done = subprocess.run([*prefix, "true"], capture_output=True, timeout=20)
        except (OSError, subprocess.TimeoutExpired):
            continue
        if done.returncode == 0:
            return prefix
    return None


def run(cmd: list[str], cwd: Path, home: Path, timeout: int = 900,
        offline: bool = True) -> subprocess.CompletedProcess:
    """Run ``cmd`` with a clean environment, and without network where the OS allows it."""
    prefix = (offline_prefix() or []) if offline else []
    return subprocess.run([*prefix, *cmd], cwd=cwd, env=clean_env(home), capture_output=True,
                          text=True, timeout=timeout)


def solution_source(cell) -> str:
    """A source cell's code as a student who solved it would have it (no delimiters)."""
    return SOLUTION_DELIMITERS.sub("", cell.source)


@dataclass
class CorpusEntry:
    """An alternative submission: answer cells replaced, the rest solved as in source/."""

    path: Path
    answers: dict[str, str]
    fails: set[str] = field(default_factory=set)
    messages: list[str] = field(default_factory=list)

    @property
    def name(self) -> str:
        return f"{self.path.parent.name}-{self.path.stem}"

    @classmethod
    def parse(cls, path: Path) -> CorpusEntry:
        """Read a corpus file: `# fails: ids`, `# message: text`, then `# %% <grade_id>` cells."""
        text = path.read_text(encoding="utf-8")
        header, *chunks = re.split(r"^# %% ", text, flags=re.MULTILINE)
        answers = {}
        for chunk in chunks:
            grade_id, _, body = chunk.partition("\n")
            answers[grade_id.strip()] = body.strip("\n")
        fails = set()
        for line in re.findall(r"^# fails:(.*)$", header, flags=re.MULTILINE):
            fails |= set(line.split())
        messages = [m.strip() for m in re.findall(r"^# message:(.*)$", header, re.MULTILINE)]
        return cls(path, answers, fails, messages)


def corpus(assignment: str) -> list[CorpusEntry]:
    folder = REPO / "tests" / "corpus" / assignment
    return [CorpusEntry.parse(p) for kind in ("correct", "wrong")
            for p in sorted((folder / kind).glob("*.py"))]


PRICING_IMPORT = re.compile(r"fundamentos_aws\.pricing|fundamentos_aws import[^\n]*\bpricing\b")


def imports_pricing(entry: CorpusEntry) -> list[str]:
    """The answer cells of ``entry`` that import the course's pricing API (`make grade`
    flags such a submission for the instructor, naming each cell)."""
    return sorted(gid for gid, code in entry.answers.items() if PRICING_IMPORT.search(code))


def own_tests(folder: Path) -> dict[str, set[str]]:
    """{answer cell grade_id: the test cells that follow it, up to the next answer cell}."""
    owned: dict[str, set[str]] = {}
    for path in assignment_notebooks(folder):
        current = None
        for cell in nbformat.read(path, as_version=4).cells:
            meta = cell.metadata.get("nbgrader", {})
            if meta.get("solution"):
                current = owned.setdefault(meta["grade_id"], set())
            elif meta.get("grade") and current is not None:
                current.add(meta["grade_id"])
    return owned


def pack_corpus(entries: list[CorpusEntry], owned: dict[str, set[str]],
                alone=lambda entry: False) -> list[list[CorpusEntry]]:
    """Group corpus entries that can be graded in one submission, to grade fewer notebooks.

    An entry's footprint is the answer cells it replaces, their test cells and the test cells
    it says it fails. Entries share a submission only when their footprints are disjoint, so
    each one is still judged on cells nothing else in the submission touches; and every cell
    outside all footprints must still score full marks. ``alone`` entries get their own.
    """
    def footprint(entry: CorpusEntry) -> set[str]:
        cells = set(entry.answers) | entry.fails
        for grade_id in entry.answers:
            cells |= owned.get(grade_id, set())
        return cells

    packs: list[tuple[set[str], list[CorpusEntry], bool]] = []  # (footprint, members, shared)
    for entry in entries:
        cells, shared = footprint(entry), not alone(entry)
        pack = next((p for p in packs if shared and p[2] and not p[0] & cells), None)
        if pack is None:
            packs.append((cells, [entry], shared))
        else:
            pack[0].update(cells)
            pack[1].append(entry)
    return [members for _, members, _ in packs]


def solutions(source_nb) -> dict[str, str]:
    """{grade_id: solved code} of every answer cell of a source notebook."""
    return {c.metadata["nbgrader"]["grade_id"]: solution_source(c) for c in source_nb.cells
            if c.metadata.get("nbgrader", {}).get("solution")}


def solved_copy(release: Path, source: Path, out: Path, only: set[str] | None = None,
                unsolved: frozenset[str] = frozenset()) -> Path:
    """Write ``out``: the release notebook as a student who typed in the source's solutions
    (in the answer cells named in ``only``, or all of them, except those in ``unsolved``)."""
    solved = solutions(nbformat.read(source, as_version=4))
    nb = nbformat.read(release, as_version=4)
    for cell in nb.cells:
        grade_id = cell.metadata.get("nbgrader", {}).get("grade_id")
        if grade_id in solved and (only is None or grade_id in only) and grade_id not in unsolved:
            cell.source = solved[grade_id]
    out.parent.mkdir(parents=True, exist_ok=True)
    nbformat.write(nb, out)
    return out


def submission_from(release_nb, source_nb, answers: dict[str, str]):
    """The release notebook with every answer cell filled in: from ``answers`` where given,
    else with the source's solution. Returns the notebook and the answer ids it used."""
    solved = solutions(source_nb)
    nb = nbformat.from_dict(release_nb)
    used = set()
    for cell in nb.cells:
        meta = cell.metadata.get("nbgrader", {})
        if meta.get("solution"):
            grade_id = meta["grade_id"]
            cell.source = answers.get(grade_id, solved[grade_id])
            used.add(grade_id)
    return nb, used & set(answers)


@dataclass
class GradedCourse:
    """A copy of the course in a temporary folder, with submissions autograded by nbgrader."""

    root: Path
    assignment: str
    generate: subprocess.CompletedProcess | None = None
    autograde: subprocess.CompletedProcess | None = None
    # corpus entry name -> (the student whose submission holds it, the entries graded with it)
    corpus_students: dict[str, tuple[str, list[CorpusEntry]]] = field(default_factory=dict)

    @classmethod
    def create(cls, root: Path, assignment: str) -> GradedCourse:
        root.mkdir(parents=True, exist_ok=True)
        shutil.copy(REPO / "nbgrader_config.py", root)
        shutil.copytree(REPO / "source" / assignment, root / "source" / assignment)
        course = cls(root, assignment)
        course.generate = run(["nbgrader", "generate_assignment", assignment, "--force"],
                              root, root)
        return course

    def submit(self, student: str, notebooks: dict[str, object]) -> None:
        folder = self.root / "submitted" / student / self.assignment
        folder.mkdir(parents=True, exist_ok=True)
        for name, nb in notebooks.items():
            nbformat.write(nb, folder / name)

    def autograde_all(self, workers: int = os.cpu_count() or 1,
                      extra: tuple[str, ...] = ()) -> None:
        """Autograde every submitted student with the course's pipeline (what `make grade`
        runs: nbgrader in parallel workers, student code in the sandbox), offline."""
        self.autograde = run([sys.executable, "-m", "fundamentos_aws.grading", self.assignment,
                              "--course", str(self.root), "--steps", "autograde",
                              "--workers", str(workers), "--no-progress", *extra],
                             self.root, self.root, timeout=1800)

    def outcomes(self) -> dict[str, dict]:
        """{student: outcome} of the last pipeline run (status, score, reasons)."""
        path = self.root / "informes" / self.assignment / "resultados.json"
        return {o["student"]: o for o in json.loads(path.read_text())}

    def scores(self, student: str) -> dict[str, tuple[float | None, float]]:
        """{grade_id: (score, max_score)} for every graded cell of a student's submission."""
        from nbgrader.api import Gradebook

        with Gradebook(f"sqlite:///{self.root / 'gradebook.db'}") as gb:
            submission = gb.find_submission(self.assignment, student)
            return {grade.name: (grade.score, grade.max_score)
                    for nb in submission.notebooks for grade in nb.grades}

    def autograded(self, student: str, name: str):
        return nbformat.read(self.root / "autograde" / student / self.assignment / name,
                             as_version=4)

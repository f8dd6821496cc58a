"""Look at a submission before grading it: what is broken, and what the student changed that
nbgrader will quietly put back (edited, deleted or stripped test cells, changed points, fake
grade cells). nbgrader restores those from the gradebook; this module makes sure the
instructor hears about it, and refuses the submissions nbgrader cannot grade at all.
"""

from __future__ import annotations

import json
import os
import re
from dataclasses import dataclass, field
from pathlib import Path

import nbformat
from nbgrader.api import Gradebook
from nbgrader.utils import compute_checksum


@dataclass
class CellSpec:
    name: str
    checksum: str | None
    source: str
    points: float | None  # None: not a grade cell


@dataclass
class NotebookSpec:
    """What the gradebook knows about one notebook of the assignment."""

    name: str  # without .ipynb
    cells: dict[str, CellSpec]

    @property
    def max_score(self) -> float:
        return sum(c.points or 0 for c in self.cells.values())


@dataclass
class Inspection:
    """Findings about one student's submission."""

    blocking: list[str] = field(default_factory=list)  # cannot be graded
    notes: list[str] = field(default_factory=list)      # graded, but the instructor should know


def assignment_spec(db_url: str, assignment: str, release: Path) -> dict[str, NotebookSpec]:
    """{notebook name: spec}: points from the gradebook, cells as the students received them
    (``release``: the assignment's release folder; its locked cells have no hidden tests)."""
    with Gradebook(db_url) as gb:
        specs = {}
        for notebook in gb.find_assignment(assignment).notebooks:
            cells = {}
            path = release / f"{notebook.name}.ipynb"
            if path.exists():
                for cell in nbformat.read(path, as_version=4).cells:
                    meta = cell.metadata.get("nbgrader", {})
                    if "grade_id" in meta and (meta.get("locked") or meta.get("grade")):
                        cells[meta["grade_id"]] = CellSpec(meta["grade_id"], _checksum(cell),
                                                           cell.source, None)
            for grade in notebook.grade_cells:
                spec = cells.setdefault(grade.name, CellSpec(grade.name, None, "", None))
                spec.points = float(grade.max_score)
            specs[notebook.name] = NotebookSpec(notebook.name, cells)
        return specs


# Course modules whose public API already does what some exercise asks (module 05's pricing
# models): an answer cell that imports one is graded, and the instructor is told.
ANSWERING_MODULES = ("fundamentos_aws.pricing",)
_IMPORTS = {module: re.compile(
    rf"\b{re.escape(module)}\b|from\s+{re.escape(module.rpartition('.')[0])}\s+import\s+"
    rf"[^\n]*\b{re.escape(module.rpartition('.')[2])}\b") for module in ANSWERING_MODULES}


def symbolic_links(folder: Path) -> list[str]:
    """Links in a submission (the folder itself, its parent, or anything inside it): a link
    could hand in someone else's file, so such a submission is never read."""
    found = [str(p) for p in (folder.parent, folder) if p.is_symlink()]
    if found or not folder.is_dir():
        return found
    for top, dirs, files in os.walk(folder, followlinks=False):
        for name in dirs + files:
            path = Path(top) / name
            if path.is_symlink():
                found.append(str(path.relative_to(folder)))
    return sorted(found)


def inspect_submission(folder: Path, spec: dict[str, NotebookSpec]) -> Inspection:
    """Check the notebooks in ``folder`` (submitted/<student>/<assignment>) against ``spec``."""
    result = Inspection()
    links = symbolic_links(folder)
    if links:
        result.blocking.append(
            f"symbolic link in the submission ({', '.join(links[:5])}): not read, not graded. "
            "Ask the student for the files themselves / enlace simbólico: pide los ficheros")
        return result
    present = {p.stem: p for p in folder.glob("*.ipynb")} if folder.is_dir() else {}
    unexpected = sorted(set(present) - set(spec))
    missing = sorted(set(spec) - set(present))
    for name in missing:
        if len(missing) == 1 and len(unexpected) == 1:
            result.blocking.append(
                f"notebook {name}.ipynb is missing; {unexpected[0]}.ipynb was submitted instead "
                f"(renamed?). Rename it to {name}.ipynb in {folder} and grade again")
        else:
            result.blocking.append(f"notebook {name}.ipynb is missing from the submission")
    if missing and len(missing) < len(spec):
        # Other notebooks can still be graded; the missing one is worth nothing.
        result.notes.extend(result.blocking)
        result.blocking = []
    for name in sorted(set(spec) & set(present)):
        _inspect_notebook(present[name], spec[name], result)
    return result


def _inspect_notebook(path: Path, spec: NotebookSpec, result: Inspection) -> None:
    raw = path.read_bytes()
    if not raw.strip():
        result.blocking.append(f"{path.name} is an empty file")
        return
    try:
        json.loads(raw)
    except ValueError as error:
        result.blocking.append(f"{path.name} is not valid JSON ({error})")
        return
    try:
        nb = nbformat.reads(raw.decode("utf-8"), as_version=4)
        nbformat.validate(nb)
    except Exception as error:
        result.blocking.append(f"{path.name} is not a valid notebook ({str(error)[:200]})")
        return

    seen, edited = set(), []
    for index, cell in enumerate(nb.cells):
        meta = cell.get("metadata", {}).get("nbgrader")
        if not meta or "grade_id" not in meta:
            for grade_id, expected in spec.cells.items():
                if expected.points is not None and expected.source.strip() \
                        and cell.get("source", "").strip() == expected.source.strip():
                    result.notes.append(f"{path.name}: test cell '{grade_id}' lost its nbgrader "
                                        f"metadata (cell {index + 1}); nbgrader restores it")
            continue
        grade_id = meta["grade_id"]
        # Answer cells are not in the spec (only locked and grade cells are): look at them first.
        if meta.get("solution") and cell.get("cell_type") == "code":
            for module, pattern in _IMPORTS.items():
                if pattern.search(cell.get("source", "")):
                    result.notes.append(
                        f"{path.name}: answer cell '{grade_id}' imports {module}, the course's "
                        "API that already does what the exercise asks: check that the answer "
                        "is the student's own logic")
        expected = spec.cells.get(grade_id)
        if expected is None:
            if meta.get("grade"):
                result.notes.append(f"{path.name}: extra grade cell '{grade_id}' that is not "
                                    "in the assignment; nbgrader ignores it")
            continue
        seen.add(grade_id)
        if expected.points is not None and meta.get("grade") \
                and float(meta.get("points", 0)) != expected.points:
            result.notes.append(f"{path.name}: points of '{grade_id}' changed from "
                                f"{expected.points:g} to {meta.get('points')}; nbgrader "
                                "restores them")
        elif expected.checksum and meta.get("locked") and _checksum(cell) != expected.checksum:
            edited.append(f"'{grade_id}'")
    if edited:
        cells = ", ".join(edited)
        result.notes.append(f"{path.name}: locked cell {cells} was edited; nbgrader restores it"
                            if len(edited) == 1 else
                            f"{path.name}: locked cells {cells} were edited; nbgrader restores "
                            "them")
    for grade_id, expected in spec.cells.items():
        if expected.points is not None and grade_id not in seen:
            result.notes.append(f"{path.name}: test cell '{grade_id}' was deleted; nbgrader "
                                "puts it back")


def _checksum(cell) -> str | None:
    try:
        return compute_checksum(cell)
    except Exception:
        return None

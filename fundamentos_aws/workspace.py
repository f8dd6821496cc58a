"""The student's working copies of the lessons and exercises, in the git-ignored folder
mi_trabajo/.

    python -m fundamentos_aws.workspace        # `make lab` does it before starting JupyterLab

    mi_trabajo/00_bienvenida.ipynb                          a lesson (from notebooks/)
    mi_trabajo/04_ec2.ipynb
    mi_trabajo/04_ec2/04_ec2_ejercicios.ipynb               its exercises (from release/04_ec2/)

The student opens, runs and saves only these copies: the course's own files (notebooks/,
release/) stay as git has them, so `git pull` always updates the course.

A new notebook in notebooks/ or release/ is copied. A copy the student never changed follows
the original when it changes. A copy the student changed is never overwritten: the new version
is written beside it as ``<name>.nueva_version.ipynb``.

"Changed" means, for an exercise, that its cells' text changed: JupyterLab rewrites a
notebook's metadata and outputs as soon as it is opened or validated, and that is not the
student's work. For a lesson, saved outputs count too: a lesson the student ran and saved
holds their results (the originals carry none), so it is kept and the update goes beside it.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
from dataclasses import dataclass, field
from pathlib import Path

COURSE_ROOT = Path(__file__).resolve().parents[1]
WORK_DIR_NAME = "mi_trabajo"
# Tests (and anyone who keeps their work elsewhere) can move the working copies.
WORK_DIR_VARIABLE = "FUNDAMENTOS_AWS_WORK_DIR"
MANIFEST_NAME = ".originales.json"  # release hash each copy was made from
NEW_VERSION_SUFFIX = ".nueva_version.ipynb"


@dataclass
class WorkspaceReport:
    """What :func:`prepare_workspace` did, one list of relative paths per outcome."""

    copied: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    offered_beside: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def cells_digest(path: Path, outputs: bool = False) -> str | None:
    """Hash of a notebook's cell types and texts, and with ``outputs`` of what its code cells
    show (None if it is not a readable notebook)."""
    try:
        cells = json.loads(path.read_text(encoding="utf-8"))["cells"]
        text = json.dumps([(c["cell_type"], "".join(c["source"]),
                            c.get("outputs", []) if outputs else [])
                           for c in cells], sort_keys=True)
    except (OSError, ValueError, KeyError, TypeError):
        return None
    return hashlib.sha256(text.encode()).hexdigest()


def work_dir(course_root: Path = COURSE_ROOT) -> Path:
    """Where the working copies live: mi_trabajo/, or $FUNDAMENTOS_AWS_WORK_DIR."""
    return Path(os.environ.get(WORK_DIR_VARIABLE) or course_root / WORK_DIR_NAME)


def originals(course_root: Path = COURSE_ROOT) -> list[tuple[Path, str, bool]]:
    """Every course notebook the student gets a copy of: (original, the copy's path in
    mi_trabajo/, is it a lesson). Lessons: notebooks/NN_slug.ipynb -> NN_slug.ipynb;
    exercises: release/NN_slug/*.ipynb -> NN_slug/*.ipynb."""
    lessons = [(p, p.name, True) for p in sorted((course_root / "notebooks").glob("*.ipynb"))]
    release = course_root / "release"
    exercises = [(p, p.relative_to(release).as_posix(), False)
                 for p in sorted(release.glob("*/*.ipynb"))]
    return lessons + exercises


def prepare_workspace(course_root: Path = COURSE_ROOT) -> WorkspaceReport:
    """Create or update the working copies of every lesson and exercise; never lose work."""
    work = work_dir(course_root)
    work.mkdir(parents=True, exist_ok=True)
    manifest_path = work / MANIFEST_NAME
    manifest = json.loads(manifest_path.read_text()) if manifest_path.exists() else {}
    report = WorkspaceReport()
    for original, relative, lesson in originals(course_root):
        copy = work / relative
        known = manifest.get(relative, {})
        current = {"release": _digest(original), "cells": cells_digest(original, lesson)}
        if not copy.exists():
            copy.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(original, copy)
            manifest[relative] = current
            report.copied.append(relative)
        elif known.get("release") == current["release"]:
            report.unchanged.append(relative)
        elif known and cells_digest(copy, lesson) == known.get("cells"):  # untouched: follow
            shutil.copyfile(original, copy)
            manifest[relative] = current
            report.updated.append(relative)
        else:  # the student's work: leave it, offer the new version beside it
            beside = copy.with_name(copy.name.removesuffix(".ipynb") + NEW_VERSION_SUFFIX)
            if not beside.exists() or _digest(beside) != current["release"]:
                shutil.copyfile(original, beside)
                report.offered_beside.append(relative)
            else:
                report.unchanged.append(relative)
    manifest_path.write_text(json.dumps(manifest, indent=1, sort_keys=True) + "\n")
    return report


def main(course_root: Path = COURSE_ROOT) -> None:
    """Prepare the working copies and tell the student, in Spanish, what changed."""
    report = prepare_workspace(course_root)
    print(f"Tus lecciones y tus ejercicios están en {work_dir(course_root)} (ábrelos y guárdalos "
          "desde ahí)")
    for path in report.copied:
        print(f"  nuevo: {path}")
    for path in report.updated:
        print(f"  actualizado (no lo habías tocado): {path}")
    for path in report.offered_beside:
        print(f"  hay una versión nueva de {path}: tu trabajo sigue intacto y la nueva está "
              f"al lado ({Path(path).stem}{NEW_VERSION_SUFFIX})")


if __name__ == "__main__":
    main()

"""The student's working copies of release/, in the git-ignored folder mi_trabajo/.

    python -m fundamentos_aws.workspace        # `make lab` does it before starting JupyterLab

A new notebook in release/ is copied. A copy the student never changed follows release/ when
it changes. A copy the student changed is never overwritten: the new version is written beside
it as ``<name>.nueva_version.ipynb``.

"Changed" means its cells' text changed: JupyterLab rewrites a notebook's metadata and outputs
as soon as it is opened or validated, and that is not the student's work.
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


def cells_digest(path: Path) -> str | None:
    """Hash of a notebook's cell types and texts (None if it is not a readable notebook)."""
    try:
        cells = json.loads(path.read_text(encoding="utf-8"))["cells"]
        text = json.dumps([(c["cell_type"], "".join(c["source"])) for c in cells])
    except (OSError, ValueError, KeyError, TypeError):
        return None
    return hashlib.sha256(text.encode()).hexdigest()


def work_dir(course_root: Path = COURSE_ROOT) -> Path:
    """Where the working copies live: mi_trabajo/, or $FUNDAMENTOS_AWS_WORK_DIR."""
    return Path(os.environ.get(WORK_DIR_VARIABLE) or course_root / WORK_DIR_NAME)


def prepare_workspace(course_root: Path = COURSE_ROOT) -> WorkspaceReport:
    """Create or update the working copies of every release notebook; never lose work."""
    release = course_root / "release"
    work = work_dir(course_root)
    work.mkdir(parents=True, exist_ok=True)
    manifest_path = work / MANIFEST_NAME
    manifest = json.loads(manifest_path.read_text()) if manifest_path.exists() else {}
    report = WorkspaceReport()
    for original in sorted(release.glob("*/*.ipynb")):
        relative = original.relative_to(release).as_posix()
        copy = work / relative
        known = manifest.get(relative, {})
        current = {"release": _digest(original), "cells": cells_digest(original)}
        if not copy.exists():
            copy.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(original, copy)
            manifest[relative] = current
            report.copied.append(relative)
        elif known.get("release") == current["release"]:
            report.unchanged.append(relative)
        elif known and cells_digest(copy) == known.get("cells"):  # untouched: follow release
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
    print(f"Tus ejercicios están en {work_dir(course_root)}")
    for path in report.copied:
        print(f"  nuevo: {path}")
    for path in report.updated:
        print(f"  actualizado (no lo habías tocado): {path}")
    for path in report.offered_beside:
        print(f"  hay una versión nueva de {path}: tu trabajo sigue intacto y la nueva está "
              f"al lado ({Path(path).stem}{NEW_VERSION_SUFFIX})")


if __name__ == "__main__":
    main()

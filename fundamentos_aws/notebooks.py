"""Notebooks are source code: no outputs, no execution counts, no volatile metadata.

    python -m fundamentos_aws.notebooks check notebooks source release
    python -m fundamentos_aws.notebooks fix notebooks source     # then `make release`
"""

from __future__ import annotations

import sys
from pathlib import Path

import nbformat

NOTEBOOK_METADATA = {"kernelspec", "language_info"}
# nbgrader's own cell metadata (generate_assignment adds deletable/editable to locked cells).
CELL_METADATA = {"nbgrader", "deletable", "editable"}


def notebook_problems(nb: nbformat.NotebookNode) -> list[str]:
    """What keeps a notebook from being clean source (empty when it is clean)."""
    problems = []
    extra = set(nb.metadata) - NOTEBOOK_METADATA
    if extra:
        problems.append(f"notebook metadata {sorted(extra)}")
    if set(nb.metadata.get("language_info", {})) - {"name"}:
        problems.append("language_info beyond its name (written when the notebook ran)")
    for index, cell in enumerate(nb.cells):
        where = f"cell {index} ({cell.get('id', '?')})"
        if cell.cell_type == "code":
            if cell.outputs:
                problems.append(f"{where}: has outputs")
            if cell.execution_count is not None:
                problems.append(f"{where}: has an execution count")
        extra = set(cell.metadata) - CELL_METADATA
        if extra:
            problems.append(f"{where}: metadata {sorted(extra)}")
    return problems


def clean_notebook(nb: nbformat.NotebookNode) -> nbformat.NotebookNode:
    """Strip outputs, execution counts and volatile metadata, in place; returns ``nb``."""
    nb.metadata = {k: v for k, v in nb.metadata.items() if k in NOTEBOOK_METADATA}
    if "language_info" in nb.metadata:
        nb.metadata["language_info"] = {"name": nb.metadata["language_info"].get("name",
                                                                                 "python")}
    for cell in nb.cells:
        if cell.cell_type == "code":
            cell.outputs = []
            cell.execution_count = None
        cell.metadata = {k: v for k, v in cell.metadata.items() if k in CELL_METADATA}
    return nb


def _paths(args: list[str]) -> list[Path]:
    paths = []
    for arg in args:
        path = Path(arg)
        paths += sorted(path.rglob("*.ipynb")) if path.is_dir() else [path]
    return [p for p in paths if ".ipynb_checkpoints" not in p.parts]


def main(argv: list[str]) -> int:
    if len(argv) < 2 or argv[0] not in {"check", "fix"}:
        print(__doc__)
        return 2
    bad = 0
    for path in _paths(argv[1:]):
        nb = nbformat.read(path, as_version=4)
        problems = notebook_problems(nb)
        if problems and argv[0] == "fix":
            nbformat.write(clean_notebook(nb), path)
            print(f"cleaned {path}")
        elif problems:
            bad += 1
            print(f"{path}: " + "; ".join(problems))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

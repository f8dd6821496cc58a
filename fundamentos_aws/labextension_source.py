"""Where the course's JupyterLab extension comes from, and the hash that ties the shipped
build (jupyter_data/labextensions/fundamentos-aws-validar/) to its TypeScript source
(labextension/ at the top of the repository). See labextension/build.py."""

from __future__ import annotations

import hashlib
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SOURCE = REPO / "labextension"
OUTPUT = Path(__file__).resolve().parent / "jupyter_data" / "labextensions" / \
    "fundamentos-aws-validar"
# What the build is made from (node_modules/ and lib/ are derived and git-ignored).
SOURCE_FILES = ("package.json", "tsconfig.json", "src", "style")


def source_files(source: Path = SOURCE) -> list[Path]:
    files = []
    for name in SOURCE_FILES:
        path = source / name
        files.extend(sorted(p for p in path.rglob("*") if p.is_file()) if path.is_dir()
                     else [path])
    return files


def source_hash(source: Path = SOURCE) -> str:
    """sha256 over the sources' relative paths and bytes (line endings normalised)."""
    digest = hashlib.sha256()
    for path in source_files(source):
        digest.update(path.relative_to(source).as_posix().encode() + b"\0")
        digest.update(path.read_bytes().replace(b"\r\n", b"\n") + b"\0")
    return digest.hexdigest()

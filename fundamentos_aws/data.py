"""Data files shipped with the course (no download at run time)."""

from __future__ import annotations

import csv
from importlib import resources
from pathlib import Path


def data_path(name: str) -> Path:
    """Path of a file in ``fundamentos_aws/data`` (e.g. ``"regiones.csv"``)."""
    path = Path(str(resources.files("fundamentos_aws") / "data" / name))
    if not path.is_file():
        available = ", ".join(sorted(p.name for p in path.parent.iterdir()))
        raise FileNotFoundError(f"No existe el fichero de datos «{name}». Hay: {available}.")
    return path


def load_csv(name: str) -> list[dict[str, str | float]]:
    """Rows of a CSV data file as dicts; columns that hold numbers come back as floats."""
    with data_path(name).open(encoding="utf-8", newline="") as f:
        return [{key: _number_or_text(value) for key, value in row.items()}
                for row in csv.DictReader(f)]


def _number_or_text(value: str) -> str | float:
    try:
        return float(value)
    except ValueError:
        return value

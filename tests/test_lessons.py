"""Every lesson runs top to bottom, offline, with no real AWS settings."""

from __future__ import annotations

import sys

import nbformat
import pytest
from course import REPO, lessons, run


@pytest.mark.parametrize("lesson", lessons(), ids=lambda p: p.name)
def test_lesson_runs_top_to_bottom_offline(lesson, tmp_path):
    executed = tmp_path / lesson.name
    done = run([sys.executable, str(REPO / "tests" / "run_notebook.py"), str(lesson),
                "--out", str(executed)], cwd=lesson.parent, home=tmp_path)
    assert done.returncode == 0, done.stderr[-6000:]
    nb = nbformat.read(executed, as_version=4)
    errors = [o for c in nb.cells if c.cell_type == "code" for o in c.outputs
              if o.output_type == "error"]
    assert not errors, errors
    # Lessons teach with pictures: at least one chart came out.
    assert any("image/png" in o.get("data", {}) for c in nb.cells if c.cell_type == "code"
               for o in c.outputs), f"{lesson.name} shows no chart"

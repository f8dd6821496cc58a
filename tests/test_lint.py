"""ruff on the course's Python code (the package, the tests, nbgrader_config.py)."""

import shutil
import subprocess
import sys
from pathlib import Path

from course import REPO


def test_ruff_finds_nothing():
    ruff = shutil.which("ruff") or str(Path(sys.executable).parent / "ruff")
    done = subprocess.run([ruff, "check", "."], cwd=REPO, capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr

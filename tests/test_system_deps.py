"""`make test` brings the Debian packages it needs, or stops at once saying what to install."""

from __future__ import annotations

import subprocess

from course import REPO

SCRIPT = REPO / "tools" / "system-deps"


def _run(**env):
    return subprocess.run([str(SCRIPT)], capture_output=True, text=True, timeout=60,
                          env={"PATH": "/usr/sbin:/usr/bin:/sbin:/bin", **env})


def test_nothing_to_do_when_everything_is_there():
    done = _run()
    assert done.returncode == 0, done.stderr
    assert done.stdout == ""


def test_stops_with_one_line_naming_what_to_install():
    done = _run(SYSTEM_DEPS_PRETEND_MISSING="bubblewrap chromium", SYSTEM_DEPS_NO_INSTALL="1")
    assert done.returncode == 1
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1, lines
    assert "bubblewrap chromium" in lines[0]
    assert "apt-get install bubblewrap chromium" in lines[0]


def test_make_test_runs_it_before_anything_else():
    makefile = (REPO / "Makefile").read_text()
    assert "test: system-deps $(VENV)/.dev-installed" in makefile
    assert "make test" in (REPO / ".ci" / "run").read_text()

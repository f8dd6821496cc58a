"""The gradebook on a real PostgreSQL server (nbgrader's db_url), not only SQLite.

Starts a throwaway server (Debian's postgresql package; .ci/run installs it) listening on a
Unix socket only, so the offline grading run reaches it without any network.
"""

from __future__ import annotations

import csv
import glob
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import nbformat
import pytest
from course import REPO, run, submission_from

A = "01_infraestructura_global"
NB = f"{A}_ejercicios.ipynb"


def _as_postgres() -> list[str]:
    # initdb and postgres refuse to run as root.
    return ["setpriv", "--reuid=postgres", "--regid=postgres", "--init-groups"] \
        if os.geteuid() == 0 else []


@pytest.fixture
def postgres():
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
    if not found:
        if os.environ.get("CI"):
            pytest.fail("PostgreSQL is not installed (.ci/run installs Debian's postgresql)")
        pytest.skip("PostgreSQL is not installed (apt-get install postgresql)")
    bin_dir = Path(found[-1]).parent
    # Not under pytest's 0700 tmp folders: the postgres user must reach it.
    base = Path(tempfile.mkdtemp(prefix="fundamentos-pg-"))
    base.chmod(0o755)
    data, sockets = base / "data", base / "sock"
    for folder in (data, sockets):
        folder.mkdir()
        if os.geteuid() == 0:
            shutil.chown(folder, "postgres", "postgres")
    prefix = _as_postgres()
    subprocess.run([*prefix, bin_dir / "initdb", "-D", data, "-U", "postgres", "--auth=trust"],
                   check=True, capture_output=True)
    subprocess.run([*prefix, bin_dir / "pg_ctl", "-D", data, "-w", "-l", data / "log",
                    "-o", f"-k {sockets} -c listen_addresses=''", "start"],
                   check=True, capture_output=True)
    try:
        subprocess.run([*prefix, bin_dir / "createdb", "-h", sockets, "-U", "postgres",
                        "gradebook"], check=True, capture_output=True)
        yield f"postgresql+psycopg2://postgres@/gradebook?host={sockets}"
    finally:
        subprocess.run([*prefix, bin_dir / "pg_ctl", "-D", data, "-m", "immediate", "stop"],
                       capture_output=True)
        shutil.rmtree(base, ignore_errors=True)


def test_grades_round_trip_through_postgresql(postgres, tmp_path):
    root = tmp_path / "curso"
    (root / "source").mkdir(parents=True)
    shutil.copytree(REPO / "source" / A, root / "source" / A)
    config = (REPO / "nbgrader_config.py").read_text()
    (root / "nbgrader_config.py").write_text(
        config + f"\nc.CourseDirectory.db_url = {postgres!r}\n")
    done = run(["nbgrader", "generate_assignment", A, "--force"], root, root)
    assert done.returncode == 0, done.stderr[-3000:]
    assert not (root / "gradebook.db").exists(), "nbgrader used SQLite, not PostgreSQL"

    release = nbformat.read(REPO / "release" / A / NB, as_version=4)
    source = nbformat.read(REPO / "source" / A / NB, as_version=4)
    for student, nb in (("ana", submission_from(release, source, {})[0]), ("beto", release)):
        folder = root / "submitted" / student / A
        folder.mkdir(parents=True)
        nbformat.write(nb, folder / NB)
    done = run([sys.executable, "-m", "fundamentos_aws.grading", A, "--course", str(root),
                "--steps", "autograde,export", "--no-progress"], root, root)
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]

    # Round trip: what autograde stored in PostgreSQL comes back through nbgrader's export.
    with open(root / "grades.csv", encoding="utf-8") as rows:
        exported = {row["student_id"]: float(row["score"]) for row in csv.DictReader(rows)
                    if row["assignment"] == A}
    assert exported == {"ana": 22.0, "beto": 0.0}
    from nbgrader.api import Gradebook

    with Gradebook(postgres) as gb:
        assert gb.find_submission(A, "ana").score == 22.0

"""The course's exchange (exchange/ inside the course) works on one machine, without root:
release → fetch (two students) → submit → collect → grade, with a temporary exchange root."""

from __future__ import annotations

import subprocess
import sys

import nbformat
from course import REPO, GradedCourse, clean_env, submission_from

ASSIGNMENT = "01_infraestructura_global"
NOTEBOOK = f"{ASSIGNMENT}_ejercicios.ipynb"


def _as(student: str, cmd: list[str], cwd, home):
    """Run a command from ``student``'s folder, with a clean environment."""
    env = clean_env(home) | {"USER": student, "LOGNAME": student}
    return subprocess.run(cmd, cwd=cwd, env=env, capture_output=True, text=True, timeout=600)


def test_release_fetch_submit_collect_grade_on_one_machine(tmp_path):
    graded = GradedCourse.create(tmp_path / "curso", ASSIGNMENT)
    assert graded.generate.returncode == 0, graded.generate.stderr[-3000:]
    course = graded.root
    assert (course / "exchange").is_relative_to(tmp_path)  # a throwaway exchange root
    done = _as("profe", ["nbgrader", "release_assignment", ASSIGNMENT], course, tmp_path)
    assert done.returncode == 0, done.stderr[-3000:]

    source = nbformat.read(REPO / "source" / ASSIGNMENT / NOTEBOOK, as_version=4)
    for student, solved in (("ana", True), ("beto", False), ("carla", False)):
        # A student on the same machine: own folder, own config naming the course's exchange.
        home = tmp_path / student
        home.mkdir()
        (home / "nbgrader_config.py").write_text(
            f"c = get_config()\nc.Exchange.root = {str(course / 'exchange')!r}\n"
            "c.CourseDirectory.course_id = 'fundamentos-aws'\n")
        listed = _as(student, ["nbgrader", "list"], home, home)
        assert ASSIGNMENT in listed.stdout + listed.stderr
        done = _as(student, ["nbgrader", "fetch_assignment", ASSIGNMENT], home, home)
        assert done.returncode == 0, done.stderr[-3000:]
        fetched = home / ASSIGNMENT / NOTEBOOK
        if solved:  # Ana does the exercises; Beto hands in the notebook as he got it
            nb, _ = submission_from(nbformat.read(fetched, as_version=4), source, {})
            nbformat.write(nb, fetched)
        # nbgrader names a submission after the OS login; both students are the same login
        # in this test, so each says who they are (nbgrader's --student).
        done = _as(student, ["nbgrader", "submit", ASSIGNMENT, f"--student={student}"],
                   home, home)
        assert done.returncode == 0, done.stderr[-3000:]

    # Carla then plants a link in her submission in the exchange, pointing at a file only the
    # instructor can read: collect must copy nothing through it.
    secret = tmp_path / "solo_profe.ipynb"
    secret.write_text('{"SECRETO-DEL-PROFE": 1}')
    (planted,) = (course / "exchange").glob(f"*/inbound/carla+{ASSIGNMENT}+*")
    (planted / NOTEBOOK).unlink()
    (planted / NOTEBOOK).symlink_to(secret)

    done = _as("profe", ["nbgrader", "collect", ASSIGNMENT], course, tmp_path)
    assert done.returncode == 0, done.stderr[-3000:]
    assert sorted(p.name for p in (course / "submitted").iterdir()) == ["ana", "beto", "carla"]
    collected = course / "submitted" / "carla" / ASSIGNMENT / NOTEBOOK
    assert collected.is_symlink(), "collect copied what the link points to"
    assert not [p for p in (course / "submitted").rglob("*") if p.is_file()
                and not p.is_symlink() and b"SECRETO-DEL-PROFE" in p.read_bytes()]

    done = _as("profe", [sys.executable, "-m", "fundamentos_aws.grading", ASSIGNMENT,
                         "--course", str(course), "--steps", "autograde,feedback",
                         "--no-progress"], course, tmp_path)  # report: test_grading.py
    # 2: some submission needs a look (Carla's, refused with its reason).
    assert done.returncode == 2, done.stdout[-3000:] + done.stderr[-3000:]
    carla = graded.outcomes()["carla"]
    assert carla["status"] == "error" and "symbolic link" in carla["reasons"][0], carla
    assert graded.scores("ana") and sum(s for s, _ in graded.scores("ana").values()) == 22
    assert sum(s for s, _ in graded.scores("beto").values()) == 0
    assert (course / "feedback" / "ana" / ASSIGNMENT).is_dir()

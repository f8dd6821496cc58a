"""The course's exchange (exchange/ inside the course) works on one machine, without root."""

from __future__ import annotations

import getpass

from course import GradedCourse, run

ASSIGNMENT = "01_infraestructura_global"


def test_release_fetch_submit_collect_on_one_machine(tmp_path):
    graded = GradedCourse.create(tmp_path / "curso", ASSIGNMENT)
    assert graded.generate.returncode == 0, graded.generate.stderr[-3000:]
    course = graded.root
    done = run(["nbgrader", "release_assignment", ASSIGNMENT], course, tmp_path)
    assert done.returncode == 0, done.stderr[-3000:]

    # A student on the same machine: own folder, own config naming the course's exchange.
    student = tmp_path / "ana"
    student.mkdir()
    (student / "nbgrader_config.py").write_text(
        f"c = get_config()\nc.Exchange.root = {str(course / 'exchange')!r}\n"
        "c.CourseDirectory.course_id = 'fundamentos-aws'\n")
    listed = run(["nbgrader", "list"], student, student)
    assert ASSIGNMENT in listed.stdout + listed.stderr
    for step in (["fetch_assignment", ASSIGNMENT], ["submit", ASSIGNMENT]):
        done = run(["nbgrader", *step], student, student)
        assert done.returncode == 0, done.stderr[-3000:]
    assert (student / ASSIGNMENT / f"{ASSIGNMENT}_ejercicios.ipynb").exists()

    done = run(["nbgrader", "collect", ASSIGNMENT], course, tmp_path)
    assert done.returncode == 0, done.stderr[-3000:]
    # nbgrader names a submission after the student's login (here, whoever runs the tests).
    collected = course / "submitted" / getpass.getuser() / ASSIGNMENT
    assert (collected / f"{ASSIGNMENT}_ejercicios.ipynb").exists()

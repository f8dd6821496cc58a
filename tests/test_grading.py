"""`make grade` on a hostile class: every bad case gets an outcome and a reason, the good
submissions are graded right, and nothing outside a submission's sandbox is touched.

One class of module 01, graded once (module fixture) by the course's pipeline, offline:
a spy that probes every promise of the sandbox, one student per bad case, the solution,
and a reference student who simply left exercise 1 unanswered (what a broken exercise 1
should score the same as).
"""

from __future__ import annotations

import csv
import hashlib
import json
import sys
import uuid
from pathlib import Path

import nbformat
import pytest
from course import REPO, GradedCourse, assignment_notebooks, run, submission_from

pytestmark = pytest.mark.xdist_group("grading-hostile")

A = "01_infraestructura_global"
NB = f"{A}_ejercicios.ipynb"
# Long enough for the slowest honest test cell on a busy 2-core machine (ej8-pruebas passed 5 s
# at load 10 and the solution was wrongly stopped), short enough to keep the endless loops cheap.
CELL_TIMEOUT = 15
UNANSWERED = "raise NotImplementedError()"

# Answer to exercise 1 that, after its mischief, defines the function correctly.
RIGHT_EJ1 = '''
def availability_zones(region):
    ec2 = boto3.client("ec2", region_name=region)
    return sorted(z["ZoneName"] for z in ec2.describe_availability_zones()["AvailabilityZones"])
'''

SPY = '''
import json, os, socket, subprocess
found = {}
def attempt(name, action):
    try:
        found[name] = ("ok", repr(action())[:200])
    except BaseException as error:  # MemoryError too
        found[name] = ("blocked", type(error).__name__)
attempt("env", lambda: {k: v for k, v in os.environ.items()})
attempt("network", lambda: socket.create_connection(("1.1.1.1", 53), timeout=2))
attempt("dns", lambda: socket.getaddrinfo("example.com", 443))
attempt("grader_home", lambda: os.listdir(COURSE))
attempt("read_source", lambda: open(COURSE + "/source/{A}/{NB}").read(100))
attempt("read_other_student", lambda: open(COURSE + "/submitted/solution/{A}/{NB}").read(100))
attempt("write_gradebook", lambda: open(COURSE + "/gradebook.db", "ab").write(b"x"))
attempt("write_course", lambda: open(COURSE + "/pwned.txt", "w").write("x"))
attempt("write_host_tmp", lambda: open("/tmp/" + MARK, "w").write("x"))
attempt("read_root_home", lambda: open("/root/.bashrc").read(10))
attempt("memory", lambda: len(bytearray(8 * 1024**3)))
procs = []
try:
    for _ in range(400):
        procs.append(subprocess.Popen(["sleep", "30"]))
except OSError:
    pass
found["processes"] = len(procs)
print("SPY " + json.dumps(found))
'''

# name: (code for ej1-respuesta or None, how to damage the notebook, status, reason, score)
# score: "full" (the solution's), "no_ej1" (the reference student's), None (not graded)
CASES = {
    "infinite_loop": ("while True:\n    pass", None, "revisar", "stopped after", "no_ej1"),
    "interrupt_proof_loop": ("import time\nwhile True:\n    try:\n        time.sleep(0.05)\n"
                             "    except KeyboardInterrupt:\n        pass", None, "error",
                             "ignored the interrupt", None),
    "kernel_death": ("import os\nos._exit(1)", None, "error", "kernel died", None),
    "sys_exit": ("import sys\nsys.exit(0)", None, "revisar", "SystemExit", "no_ej1"),
    "huge_output": ("for _ in range(20_000):\n    print('x' * 100)\n" + RIGHT_EJ1, None,
                    "revisar", "output cut", "full"),
    # bytes(n) is calloc'd, so reaching the limit takes no time even on a loaded machine
    # (a bytearray is zero-filled page by page and can hit the cell timeout first).
    "memory_exhaustion": ("hog = [bytes(256 * 1024**2) for _ in range(64)]", None,
                          "revisar", "MemoryError", "no_ej1"),
    "invalid_json": (None, "invalid_json", "error", "not valid JSON", None),
    "empty_file": (None, "empty_file", "error", "empty file", None),
    "missing_notebook": (None, "missing", "error", "missing", None),
    "renamed_notebook": (None, "renamed", "error", "renamed", None),
    "deleted_test_cell": (None, "delete_test", "revisar", "was deleted", "full"),
    "edited_test_cell": (None, "edit_test", "revisar", "was edited", "full"),
    "stripped_metadata": (None, "strip_metadata", "revisar", "lost its nbgrader metadata", "full"),
    "fake_grade_cell": (None, "fake_cell", "revisar", "extra grade cell", "full"),
    "changed_points": (None, "change_points", "revisar", "points of 'ej1-pruebas' changed", "full"),
    # A link hands in someone else's file: never read, whatever it points to.
    "link_to_solution": (None, "link_solution", "error", "symbolic link", None),
    "link_outside_course": (None, "link_outside", "error", "symbolic link", None),
    "link_beside_notebook": (None, "link_beside", "error", "symbolic link", None),
    # The course's pricing API answers module 05's exercises: graded, and the instructor told.
    "imports_pricing_api": ("from fundamentos_aws.pricing import break_even_month\n" + RIGHT_EJ1,
                            None, "revisar", "imports fundamentos_aws.pricing", "full"),
}


def _damage(nb, how: str):
    cells = nb.cells
    test = next(i for i, c in enumerate(cells)
                if c.metadata.get("nbgrader", {}).get("grade_id") == "ej1-pruebas")
    if how == "delete_test":
        del cells[test]
    elif how == "edit_test":
        cells[test].source = "print('todo bien')"
    elif how == "strip_metadata":
        cells[test].metadata = {}
    elif how == "fake_cell":
        fake = nbformat.v4.new_code_cell("print('dame puntos')")
        fake.metadata["nbgrader"] = {"grade": True, "grade_id": "regalo", "locked": True,
                                     "points": 100, "schema_version": 3, "solution": False,
                                     "task": False}
        cells.insert(test + 1, fake)
    elif how == "change_points":
        cells[test].metadata["nbgrader"]["points"] = 50
    return nb


@pytest.fixture(scope="module")
def hostile_class(tmp_path_factory):
    root = tmp_path_factory.mktemp("hostile") / "curso"
    course = GradedCourse.create(root, A)
    assert course.generate.returncode == 0, course.generate.stderr[-3000:]
    with open(root / "nbgrader_config.py", "a") as config:
        config.write(f"\nc.Execute.timeout = {CELL_TIMEOUT}\n")
    source = nbformat.read(REPO / "source" / A / NB, as_version=4)
    release = nbformat.read(REPO / "release" / A / NB, as_version=4)

    def submit(student, answers=None, how=None):
        nb, _ = submission_from(release, source, answers or {})
        folder = root / "submitted" / student / A
        folder.mkdir(parents=True)
        if how == "invalid_json":
            (folder / NB).write_text('{"cells": [ this is not json')
        elif how == "empty_file":
            (folder / NB).write_bytes(b"")
        elif how == "missing":
            (folder / "LEEME.txt").write_text("se me olvidó el cuaderno")
        elif how == "renamed":
            nbformat.write(nb, folder / "mi_copia.ipynb")
        elif how == "link_solution":
            (folder / NB).symlink_to(root / "source" / A / NB)
        elif how == "link_outside":
            outside = root.parent / f"fuera-{student}.ipynb"
            nbformat.write(nb, outside)
            (folder / NB).symlink_to(outside)
        elif how == "link_beside":
            nbformat.write(nb, folder / NB)
            (folder / "datos").symlink_to(root / "source")
        else:
            nbformat.write(_damage(nb, how) if how else nb, folder / NB)

    mark = f"fundamentos-spy-{uuid.uuid4().hex}"
    spy = (f"COURSE = {str(root)!r}\nMARK = {mark!r}\n"
           + SPY.replace("{A}", A).replace("{NB}", NB) + RIGHT_EJ1)
    submit("solution")
    submit("no_ej1", {"ej1-respuesta": UNANSWERED})
    submit("spy", {"ej1-respuesta": spy})
    for name, (code, how, *_rest) in CASES.items():
        submit(name, {"ej1-respuesta": code} if code else None, how)

    protected = {p: _digest(p) for p in [*(root / "source").rglob("*"),
                                         *(root / "submitted").rglob("*")] if p.is_file()}
    course.autograde_all(extra=("--steps", "autograde,feedback,export,report"))
    first = course.outcomes()
    # Again, one worker, students in the opposite order: same results (no state leaks).
    students = sorted(first, reverse=True)
    again = run([sys.executable, "-m", "fundamentos_aws.grading", A, "--course", str(root),
                 "--steps", "autograde", "--workers", "1", "--no-progress",
                 "--students", ",".join(students)], root, root, timeout=1800)
    return dict(course=course, first=first, again=again, second=course.outcomes(),
                mark=mark, protected=protected)


def _digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _output_text(course, student, grade_id):
    nb = course.autograded(student, NB)
    cell = next(c for c in nb.cells if c.metadata.get("nbgrader", {}).get("grade_id") == grade_id)
    return "".join(o.get("text", "") for o in cell.outputs if o.output_type == "stream")


def test_exit_status_says_some_need_a_look(hostile_class):
    assert hostile_class["course"].autograde.returncode == 2, (
        hostile_class["course"].autograde.stdout[-3000:]
        + hostile_class["course"].autograde.stderr[-3000:])


@pytest.mark.parametrize("name", CASES)
def test_bad_case_gets_its_outcome_and_reason(hostile_class, name):
    outcomes = hostile_class["first"]
    _code, _how, status, reason, score = CASES[name]
    outcome = outcomes[name]
    assert outcome["status"] == status, outcome
    assert any(reason in r for r in outcome["reasons"]), outcome
    expected = {"full": outcomes["solution"]["score"], "no_ej1": outcomes["no_ej1"]["score"],
                None: None}[score]
    assert outcome["score"] == expected, outcome
    if status == "error":  # no stale or partial score left behind in the gradebook
        assert not (hostile_class["course"].root / "autograde" / name / A).exists()


def test_good_submissions_are_graded_right(hostile_class):
    outcomes = hostile_class["first"]
    assert outcomes["solution"]["status"] == "ok"
    assert outcomes["solution"]["score"] == 22 and outcomes["solution"]["max_score"] == 25
    # The reference misses exercise 1 and exercise 8, which calls it.
    assert outcomes["no_ej1"]["score"] == 22 - 2 - 2
    assert outcomes["spy"]["score"] == 22, outcomes["spy"]


def test_spy_finds_every_door_closed(hostile_class):
    course = hostile_class["course"]
    text = _output_text(course, "spy", "ej1-respuesta")
    found = json.loads(text.split("SPY ", 1)[1].splitlines()[0])
    env = found["env"][1]
    for secret in ("AKIAREALLOOKINGKEY00", "real-secret", "instructor", str(course.root)):
        assert secret not in env, f"the kernel sees the grader's environment: {secret}"
    for door in ("network", "dns", "grader_home", "read_source", "read_other_student",
                 "write_gradebook", "write_course", "read_root_home", "memory"):
        assert found[door][0] == "blocked", (door, found[door])
    assert found["processes"] < 400, "no process limit"
    # /tmp inside is private: the write worked there, and nothing appeared on the host.
    assert found["write_host_tmp"][0] == "ok"
    assert not (Path("/tmp") / hostile_class["mark"]).exists()
    assert not (course.root / "pwned.txt").exists()
    # The spy's processes died with its sandbox: nothing of it still runs on the machine.
    leftovers = []
    for cmdline in Path("/proc").glob("[0-9]*/cmdline"):
        try:
            if cmdline.read_bytes().split(b"\0")[:2] == [b"sleep", b"30"]:
                leftovers.append(cmdline.parent.name)
        except OSError:
            pass
    assert not leftovers, f"processes left by the spy: {leftovers}"


def test_nothing_outside_the_sandbox_changed(hostile_class):
    for path, digest in hostile_class["protected"].items():
        assert path.exists() and _digest(path) == digest, f"{path} changed"


def test_regrading_is_idempotent_and_order_free(hostile_class):
    again = hostile_class["again"]
    assert again.returncode == 2, again.stderr[-3000:]
    first, second = hostile_class["first"], hostile_class["second"]
    assert {s: (o["status"], o["score"]) for s, o in first.items()} == \
           {s: (o["status"], o["score"]) for s, o in second.items()}


def test_report_lists_every_student_with_reason(hostile_class):
    course = hostile_class["course"]
    report = course.root / "informes" / A
    with open(report / "notas.csv", encoding="utf-8") as rows:
        notas = {row["estudiante"]: row for row in csv.DictReader(rows)}
    assert set(notas) == set(hostile_class["first"])
    assert notas["kernel_death"]["nota"] == "" and "kernel died" in notas["kernel_death"]["motivos"]
    assert notas["solution"]["nota"] == "22" and notas["solution"]["estado"] == "ok"
    for name in ("histograma.png", "celdas.png", "celdas.csv", "informe.ipynb"):
        assert (report / name).stat().st_size > 0, name
    nb = nbformat.read(report / "informe.ipynb", as_version=4)
    errors = [o for c in nb.cells if c.cell_type == "code" for o in c.outputs
              if o.output_type == "error"]
    assert not errors, errors
    # Feedback only for the graded students, and never with hidden tests (scanned in
    # test_assignments for every assignment).
    feedback = {p.parts[-3] for p in (course.root / "feedback").rglob("*.html")}
    graded = {s for s, o in hostile_class["first"].items() if o["status"] != "error"}
    assert feedback == graded


def test_release_folder_is_all_a_student_gets(hostile_class):
    # The course's own release/ has no hidden tests (test_assignments scans it); the
    # throwaway course's release is byte-identical to it.
    course = hostile_class["course"]
    for path in assignment_notebooks(REPO / "release" / A):
        assert (course.root / "release" / A / path.name).read_bytes() == path.read_bytes()


@pytest.fixture(scope="module")
def small_class(tmp_path_factory):
    root = tmp_path_factory.mktemp("small") / "curso"
    course = GradedCourse.create(root, A)
    assert course.generate.returncode == 0, course.generate.stderr[-3000:]
    source = nbformat.read(REPO / "source" / A / NB, as_version=4)
    release = nbformat.read(REPO / "release" / A / NB, as_version=4)
    course.submit("ana", {NB: submission_from(release, source, {})[0]})
    return course


def _grade_with_env(course, **env):
    import subprocess

    from course import clean_env
    return subprocess.run([sys.executable, "-m", "fundamentos_aws.grading", A, "--course",
                           str(course.root), "--steps", "autograde", "--no-progress"],
                          cwd=course.root, env=clean_env(course.root) | env,
                          capture_output=True, text=True, timeout=600)


def test_refuses_to_grade_without_the_sandbox(small_class):
    # A PATH with Python's tools but not bubblewrap: as on a machine without it.
    done = _grade_with_env(small_class, PATH=str(Path(sys.executable).parent))
    assert done.returncode == 1, done.stdout + done.stderr
    assert "Refusing to grade" in done.stderr and "No se corrige" in done.stderr
    assert "bwrap" in done.stderr and "FUNDAMENTOS_AWS_UNSAFE_GRADING=1" in done.stderr
    assert not (small_class.root / "autograde" / "ana").exists()


def test_unsafe_opt_out_grades_and_says_so(small_class):
    done = _grade_with_env(small_class, PATH=str(Path(sys.executable).parent),
                           FUNDAMENTOS_AWS_UNSAFE_GRADING="1")
    assert "UNSANDBOXED" in done.stderr
    outcome = small_class.outcomes()["ana"]
    assert outcome["score"] == 22
    # Never a silent "ok": the outcome carries the warning too.
    assert outcome["status"] == "revisar" and any("UNSANDBOXED" in r for r in outcome["reasons"])
    assert done.returncode == 2


def test_grades_a_course_whose_package_is_not_the_venvs(tmp_path):
    """The venv's fundamentos_aws is an editable install of this repository; a course
    elsewhere, with its own copy of the package, is graded with that copy inside the sandbox
    (before the fix, its kernels failed with "No module named 'fundamentos_aws'")."""
    import shutil

    root = tmp_path / "otro_curso"
    course = GradedCourse.create(root, A)
    assert course.generate.returncode == 0, course.generate.stderr[-3000:]
    shutil.copytree(REPO / "fundamentos_aws", root / "fundamentos_aws",
                    ignore=shutil.ignore_patterns("__pycache__"))
    source = nbformat.read(REPO / "source" / A / NB, as_version=4)
    release = nbformat.read(REPO / "release" / A / NB, as_version=4)
    course.submit("ana", {NB: submission_from(release, source, {})[0]})
    # Ana's answer proves which package her kernel imported: only the copy has this module.
    (root / "fundamentos_aws" / "solo_en_la_copia.py").write_text("HERE = True\n")
    nb = course.root / "submitted" / "ana" / A / NB
    ana = nbformat.read(nb, as_version=4)
    answer = next(c for c in ana.cells
                  if c.metadata.get("nbgrader", {}).get("grade_id") == "ej1-respuesta")
    answer.source = "from fundamentos_aws.solo_en_la_copia import HERE\n" + answer.source
    nbformat.write(ana, nb)
    course.autograde_all(workers=1)
    log = course.autograde.stdout[-3000:] + course.autograde.stderr[-3000:]
    outcome = course.outcomes()["ana"]
    assert outcome["status"] == "ok" and outcome["score"] == 22, (outcome, log)

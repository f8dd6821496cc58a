"""The student's and the instructor's JupyterLab, driven in a real browser (Playwright +
Debian's chromium). Screenshots of every step go to tests/artifacts/browser/."""

from __future__ import annotations

import os
import re
import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path

import nbformat
import pytest
from course import REPO, GradedCourse, clean_env, run, solved_copy, submission_from

from fundamentos_aws.progress import collect_progress

CHROMIUM = Path(os.environ.get("CHROMIUM", "/usr/bin/chromium"))
ARTIFACTS = REPO / "tests" / "artifacts" / "browser"
ASSIGNMENT = "01_infraestructura_global"
NOTEBOOK = f"{ASSIGNMENT}_ejercicios.ipynb"
# The two browser tests share one worker: two JupyterLabs and two Chromiums at once would
# starve a 2-core machine.
pytestmark = pytest.mark.xdist_group("browser")

CORRECT_EJ1 = '''def availability_zones(region):
    ec2 = boto3.client("ec2", region_name=region)
    zones = ec2.describe_availability_zones()["AvailabilityZones"]
    return sorted(zone["ZoneName"] for zone in zones)'''
WRONG_EJ1 = '''def availability_zones(region):
    ec2 = boto3.client("ec2", region_name=region)
    zones = ec2.describe_availability_zones()["AvailabilityZones"]
    return sorted(zone["ZoneId"] for zone in zones)'''


@pytest.fixture(scope="module")
def browser():
    if not CHROMIUM.exists():
        message = (f"no browser at {CHROMIUM}: install Debian's chromium (apt-get install "
                   "chromium) or set CHROMIUM=/path/to/chromium. Never `playwright install`.")
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    from playwright.sync_api import sync_playwright

    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as p:
        # Flags as measured on these machines: no sandbox as root, and no background
        # networking (the network is closed and Chromium would keep retrying).
        browser = p.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=[
            "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
            "--disable-background-networking", "--disable-component-update",
            "--disable-sync"])
        yield browser
        browser.close()


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Lab:
    """A JupyterLab server on a course folder, and the URL it asked the browser to open."""

    def __init__(self, command: list[str], cwd: Path, env: dict, tmp: Path):
        self.port = _free_port()
        self.opened = tmp / "opened-url.txt"
        self.log = tmp / "lab.log"
        browser_cmd = f"sh -c 'echo \"$0\" > {self.opened}' %s"
        args = [f"--port={self.port}", "--ServerApp.ip=127.0.0.1",
                "--IdentityProvider.token=", "--ServerApp.password=",
                f"--ServerApp.browser={browser_cmd}"]
        with self.log.open("w") as log:
            self.process = subprocess.Popen([*command, *args], cwd=cwd, env=env, stdout=log,
                                            stderr=subprocess.STDOUT)
        self.url = f"http://127.0.0.1:{self.port}"
        deadline = time.time() + 90
        while time.time() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"JupyterLab exited:\n{self.log.read_text()[-3000:]}")
            if self.opened.exists() and self.opened.read_text().strip():
                return
            time.sleep(0.3)
        raise RuntimeError(f"JupyterLab did not start:\n{self.log.read_text()[-3000:]}")

    def stop(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            self.process.kill()


def _copy_course(dest: Path) -> Path:
    dest.mkdir(parents=True)
    shutil.copy(REPO / "nbgrader_config.py", dest)
    for folder in ("notebooks", "release", "source"):
        shutil.copytree(REPO / folder, dest / folder)
    return dest


def _shot(page, name: str, showing=None) -> None:
    if showing is not None:  # JupyterLab draws cells lazily: scroll, then let it paint
        showing.scroll_into_view_if_needed()
        page.wait_for_timeout(800)
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=False)


def _cell(page, text: str):
    """The code cell, in the notebook on screen, whose text contains ``text``."""
    return page.locator(".jp-NotebookPanel:visible .jp-CodeCell").filter(has_text=text).first


def _replace_cell_text(page, cell, code: str) -> None:
    editor = cell.locator(".cm-content")
    editor.click()
    page.keyboard.press("Control+a")
    page.keyboard.press("Delete")
    page.keyboard.insert_text(code)  # as typed text, without the editor's auto-indent


def test_student_does_an_exercise_in_jupyterlab(browser, tmp_path, monkeypatch):
    course = _copy_course(tmp_path / "curso")
    work = course / "mi_trabajo"
    env = clean_env(tmp_path) | {"FUNDAMENTOS_AWS_WORK_DIR": str(work)}
    # `make lab` runs exactly this: working copies, then JupyterLab with the welcome lesson.
    subprocess.run([sys.executable, "-m", "fundamentos_aws.workspace"], env=env, check=True,
                   cwd=course)  # so that the copy exists before we fill it in
    copy = work / ASSIGNMENT / NOTEBOOK  # a student who has done all but exercise 1
    solved_copy(copy, REPO / "source" / ASSIGNMENT / NOTEBOOK, copy,
                unsolved=frozenset({"ej1-respuesta"}))
    monkeypatch.setenv("FUNDAMENTOS_AWS_WORK_DIR", str(work))
    (before,) = [p for p in collect_progress(course) if p.assignment == ASSIGNMENT]
    # Exercise 1 missing costs its 2 points and the 2 of exercise 8, which calls it.
    assert (before.earned, before.total) == (18, 22)
    # The teacher has released the assignment through the course's exchange.
    for step in ("generate_assignment", "release_assignment"):
        done = run(["nbgrader", step, ASSIGNMENT], course, tmp_path)
        assert done.returncode == 0, done.stderr[-3000:]
    lab = Lab([sys.executable, "-m", "fundamentos_aws.lab", "--root", str(course)], course,
              env, tmp_path)
    try:
        page = browser.new_page(viewport={"width": 1400, "height": 900})
        # 1. What `make lab` opens: the welcome lesson, and no pop-up.
        page.goto(lab.opened.read_text().strip())
        page.wait_for_url(re.compile(r"/lab/tree/notebooks/00_bienvenida\.ipynb"), timeout=60_000)
        page.locator(".jp-Notebook").first.wait_for(timeout=60_000)
        page.get_by_role("heading", name=re.compile("Bienvenid")).first.wait_for(
            timeout=30_000)
        time.sleep(2)  # let late notifications (the news prompt) appear, if any would
        assert page.locator(".jp-Dialog").count() == 0, "a dialog greets the student"
        assert page.get_by_text(re.compile("Jupyter news", re.I)).count() == 0
        _shot(page, "01-bienvenida")

        # 2. The working copy of the exercises: type a correct answer and run everything.
        page.goto(f"{lab.url}/lab/tree/mi_trabajo/{ASSIGNMENT}/{NOTEBOOK}")
        answer = _cell(page, "def availability_zones(region):")
        answer.wait_for(timeout=60_000)
        _replace_cell_text(page, answer, CORRECT_EJ1)
        page.get_by_role("menuitem", name="Run", exact=True).click()
        page.get_by_role("menuitem", name=re.compile("^Run All Cells")).click()
        tests = _cell(page, "check01.availability_zones(availability_zones)")
        tests.get_by_text("availability_zones: correcto").wait_for(timeout=120_000)
        _shot(page, "02-respuesta-correcta", showing=tests)

        # 3. Validate: the whole notebook passes.
        page.get_by_role("button", name="Validate").first.click()
        dialog = page.locator(".jp-Dialog")
        dialog.wait_for(timeout=120_000)
        dialog.get_by_text(re.compile("Success|passes all the tests", re.I)).first.wait_for(
            timeout=120_000)
        _shot(page, "03-validate-correcto")
        page.keyboard.press("Escape")
        dialog.wait_for(state="detached", timeout=10_000)
        page.keyboard.press("Control+s")  # Validate saved it already; saving again is harmless

        # 4. The progress in the welcome lesson now counts exercise 1 too.
        page.goto(f"{lab.url}/lab/tree/notebooks/00_bienvenida.ipynb")
        progress = _cell(page, "show_progress()")
        progress.wait_for(timeout=60_000)
        progress.click()
        page.keyboard.press("Shift+Enter")
        progress.get_by_text("22 / 22").first.wait_for(timeout=120_000)
        _shot(page, "04-progreso", showing=progress)
        page.goto(f"{lab.url}/lab/tree/mi_trabajo/{ASSIGNMENT}/{NOTEBOOK}")

        # 5. A wrong answer: the test cell says in Spanish what is wrong.
        answer = _cell(page, "def availability_zones(region):")
        _replace_cell_text(page, answer, WRONG_EJ1)
        page.keyboard.press("Shift+Enter")  # runs the answer, moves to the hint
        page.keyboard.press("Shift+Enter")  # renders the hint, moves to the test cell
        page.keyboard.press("Shift+Enter")  # runs the test cell
        tests = _cell(page, "check01.availability_zones(availability_zones)")
        tests.get_by_text("Has devuelto los identificadores de zona").wait_for(timeout=60_000)
        _shot(page, "05-respuesta-incorrecta", showing=tests)

        # 6. nbgrader's Assignment List sees the course's exchange.
        page.get_by_role("menuitem", name="Nbgrader", exact=True).click()
        page.get_by_role("menuitem", name="Assignment List").click()
        released = page.locator("#released_assignments_list")
        released.get_by_text(ASSIGNMENT).wait_for(timeout=60_000)
        _shot(page, "06-lista-de-tareas")
    finally:
        lab.stop()


def test_instructor_sees_graded_submissions_in_formgrader(browser, tmp_path):
    graded = GradedCourse.create(tmp_path / "curso", ASSIGNMENT)
    assert graded.generate.returncode == 0, graded.generate.stderr[-3000:]
    course = graded.root
    release = nbformat.read(course / "release" / ASSIGNMENT / NOTEBOOK, 4)
    source = nbformat.read(course / "source" / ASSIGNMENT / NOTEBOOK, 4)
    graded.submit("ana", {NOTEBOOK: submission_from(release, source, {})[0]})
    graded.submit("bruno", {NOTEBOOK: release})
    graded.autograde_all()
    assert graded.autograde.returncode == 0, graded.autograde.stdout + graded.autograde.stderr

    root_flag = ["--allow-root"] if os.geteuid() == 0 else []
    lab = Lab([sys.executable, "-m", "jupyterlab", *root_flag], course, clean_env(tmp_path),
              tmp_path)
    try:
        page = browser.new_page(viewport={"width": 1400, "height": 900})
        page.goto(f"{lab.url}/formgrader")
        page.get_by_text(ASSIGNMENT).first.wait_for(timeout=60_000)
        assert page.get_by_text("does not exist").count() == 0, "formgrader warns of a problem"
        _shot(page, "07-formgrader-tareas")
        page.goto(f"{lab.url}/formgrader/manage_submissions/{ASSIGNMENT}")
        rows = page.locator("tr", has_text="ana")
        rows.first.wait_for(timeout=60_000)
        page.locator("tr", has_text="bruno").first.wait_for(timeout=30_000)
        assert "22" in rows.first.inner_text()  # autograded points of the solution
        assert re.search(r"\b0(\.0)? / 25", page.locator("tr", has_text="bruno").first
                         .inner_text())
        _shot(page, "08-formgrader-entregas")
    finally:
        lab.stop()

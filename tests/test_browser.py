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
OTHER = "04_ec2"  # a module the student has not started
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


def _validar(page, name: str, notebook: str):
    """Press the course's Validar in ``notebook``, on screen; the result dialog's body, once
    the answer has arrived (screenshot ``name``-espera if it does not)."""
    page.locator(".jp-mod-current .lm-TabBar-tabLabel, .lm-mod-current .lm-TabBar-tabLabel"
                 ).filter(has_text=notebook).first.wait_for(timeout=60_000)
    page.locator(".jp-NotebookPanel:visible .fa-validar-button").first.click()
    dialog = page.locator(".fa-validar-dialog")
    dialog.wait_for(timeout=30_000)
    assert notebook in dialog.locator(".jp-Dialog-header").inner_text()
    body = dialog.locator(".fa-validar-body")
    try:
        body.locator(".fa-validar-wait").wait_for(state="detached", timeout=180_000)
    except Exception:
        _shot(page, f"{name}-espera")
        raise
    return body


def _read_result(page, body) -> None:
    """The whole result is readable: the note on hidden tests, and no sideways scrolling."""
    body.locator(".fa-validar-note").get_by_text("pruebas ocultas").wait_for(timeout=10_000)
    scroll, client = body.evaluate("b => [b.scrollWidth, b.clientWidth]")
    assert scroll <= client, f"the result scrolls sideways ({scroll} > {client} px)"
    for message in body.locator(".fa-validar-message").all():
        box, inner = message.evaluate("m => [m.clientWidth, m.scrollWidth]")
        assert inner <= box, f"a message is cut: {message.inner_text()[:80]}"


def _close_dialog(page) -> None:
    page.get_by_role("button", name="Cerrar").click()
    page.locator(".fa-validar-dialog").wait_for(state="detached", timeout=10_000)


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
        # 1. What `make lab` opens: the student's copy of the welcome lesson, no pop-up, and
        #    the file browser in mi_trabajo/, where lessons and exercise folders sit together.
        page.goto(lab.opened.read_text().strip())
        page.wait_for_url(re.compile(r"/lab/tree/mi_trabajo/00_bienvenida\.ipynb"),
                          timeout=60_000)
        page.locator(".jp-Notebook").first.wait_for(timeout=60_000)
        page.get_by_role("heading", name=re.compile("Bienvenid")).first.wait_for(
            timeout=30_000)
        time.sleep(2)  # let late notifications (the news prompt) appear, if any would
        assert page.locator(".jp-Dialog").count() == 0, "a dialog greets the student"
        assert page.get_by_text(re.compile("Jupyter news", re.I)).count() == 0
        listing = page.locator(".jp-DirListing-content")
        listing.get_by_text(f"{ASSIGNMENT}.ipynb", exact=True).wait_for(timeout=30_000)
        listing.get_by_text(ASSIGNMENT, exact=True).wait_for(timeout=30_000)
        assert "mi_trabajo" in page.locator(".jp-FileBrowser-crumbs").inner_text()
        _shot(page, "01-bienvenida")

        # 1b. The course's Validar takes the place of nbgrader's Validate; on a lesson it says
        #     what it is for, in Spanish.
        assert page.get_by_role("button", name="Validate", exact=True).count() == 0
        result = _validar(page, "01b-validar-leccion", "00_bienvenida.ipynb")
        assert "no es un cuaderno de ejercicios del curso" in result.inner_text()
        _close_dialog(page)

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

        # 3. Validar on the solved copy: every exercise passes, in Spanish, with its points,
        #    and the note about hidden tests. No test code, nothing cut or scrolled sideways.
        result = _validar(page, "03-validar-resuelto", NOTEBOOK)
        assert "Superas todas las pruebas visibles: 22 puntos de 22." in result.inner_text()
        _read_result(page, result)
        assert result.locator(".fa-validar-item.fa-ok").count() == 15
        assert result.locator(".fa-validar-item.fa-fail").count() == 0
        assert "check01." not in result.inner_text()
        _shot(page, "03-validar-resuelto")
        _close_dialog(page)
        page.keyboard.press("Control+s")  # Validar saves nothing: the student saves
        page.locator(".jp-NotebookPanel:visible .jp-mod-dirty").wait_for(state="detached",
                                                                          timeout=10_000)
        page.wait_for_timeout(500)

        # 4. The progress in the welcome lesson now counts exercise 1 too.
        page.goto(f"{lab.url}/lab/tree/mi_trabajo/00_bienvenida.ipynb")
        progress = _cell(page, "show_progress()")
        progress.wait_for(timeout=60_000)
        progress.click()
        page.keyboard.press("Shift+Enter")
        progress.get_by_text("22 / 22").first.wait_for(timeout=120_000)
        _shot(page, "04-progreso", showing=progress)
        page.goto(f"{lab.url}/lab/tree/mi_trabajo/{ASSIGNMENT}/{NOTEBOOK}")

        # 5. A wrong answer: the test cell says in Spanish what is wrong, and so does Validar
        #    (what is on screen, unsaved).
        answer = _cell(page, "def availability_zones(region):")
        _replace_cell_text(page, answer, WRONG_EJ1)
        page.keyboard.press("Shift+Enter")  # runs the answer, moves to the hint
        page.keyboard.press("Shift+Enter")  # renders the hint, moves to the test cell
        page.keyboard.press("Shift+Enter")  # runs the test cell
        tests = _cell(page, "check01.availability_zones(availability_zones)")
        tests.get_by_text("Has devuelto los identificadores de zona").wait_for(timeout=60_000)
        _shot(page, "05-respuesta-incorrecta", showing=tests)
        result = _validar(page, "05b-validar-incorrecto", NOTEBOOK)
        failed = result.locator(".fa-validar-item.fa-fail").filter(has_text="Ejercicio 1")
        assert "Has devuelto los identificadores de zona" in failed.inner_text()
        assert "Por revisar: Ejercicio 1" in result.inner_text()
        _read_result(page, result)
        assert "2 puntos" in failed.inner_text()
        _shot(page, "05b-validar-incorrecto")
        _close_dialog(page)

        # 5c. An unsolved module (04 as the student first gets it): every exercise ✘ with its
        #     whole message, wrapped.
        page.goto(f"{lab.url}/lab/tree/mi_trabajo/{OTHER}/{OTHER}_ejercicios.ipynb")
        page.locator(".jp-NotebookPanel:visible .jp-Notebook").wait_for(timeout=60_000)
        result = _validar(page, "05c-validar-sin-empezar", f"{OTHER}_ejercicios.ipynb")
        assert re.search(r"Pruebas visibles: 0 puntos de \d+\.", result.inner_text()), \
            result.inner_text()[:500]
        _read_result(page, result)
        assert result.locator(".fa-validar-item.fa-ok").count() == 0
        assert result.get_by_text("aún no está hecha").count() >= 10
        _shot(page, "05c-validar-sin-empezar")
        result.locator(".fa-validar-item").last.scroll_into_view_if_needed()
        _shot(page, "05d-validar-sin-empezar-final")
        _close_dialog(page)

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

"""`make directorio` in a real browser (Playwright + Debian's chromium): the local AWS starts,
an employee is added with a photo, the photo loads from the (moto) bucket through its presigned
URL, the employee is deleted, and Ctrl+C stops the app and the local AWS. Screenshots go to
tests/artifacts/directorio/."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
from course import REPO
from test_directorio import png_bytes

CHROMIUM = Path(os.environ.get("CHROMIUM", "/usr/bin/chromium"))
ARTIFACTS = REPO / "tests" / "artifacts" / "directorio"
# One Chromium at a time on a 2-core machine: share the worker of the other browser tests.
pytestmark = pytest.mark.xdist_group("browser")


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
        # As in tests/test_browser.py: no sandbox as root, no background networking.
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


class Directory:
    """`python -m directorio` (what `make directorio` runs) in a temporary working folder."""

    def __init__(self, tmp: Path, student: Path | None = None):
        self.port = _free_port()
        env = {k: v for k, v in os.environ.items() if not k.startswith("AWS_")}
        env.update(PORT=str(self.port), PYTHONPATH=str(REPO), PYTHONUNBUFFERED="1")
        args = [sys.executable, "-m", "directorio"]
        args += ["--student", str(student or tmp / "sin-capa-de-datos.py")]
        self.log = tmp / "directorio.log"
        self.out = self.log.open("w")
        self.process = subprocess.Popen(args, cwd=tmp, env=env, stdout=self.out,
                                        stderr=subprocess.STDOUT, start_new_session=True)
        deadline = time.monotonic() + 90
        while "Directorio de empleados en" not in self.text():
            assert self.process.poll() is None, f"the app ended:\n{self.text()}"
            assert time.monotonic() < deadline, f"the app did not start:\n{self.text()}"
            time.sleep(0.2)
        self.url = f"http://127.0.0.1:{self.port}/"

    def text(self) -> str:
        return self.log.read_text(encoding="utf-8")

    def interrupt(self) -> int:
        """Ctrl+C, as in a terminal; returns the exit code."""
        self.process.send_signal(signal.SIGINT)
        try:
            return self.process.wait(timeout=30)
        finally:
            if self.process.poll() is None:
                self.process.kill()
            self.out.close()


def _shot(page, name: str) -> None:
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)


def test_add_an_employee_with_a_photo_see_it_and_delete_it(browser, tmp_path):
    photo = tmp_path / "yo.png"
    photo.write_bytes(png_bytes(64))
    app = Directory(tmp_path)
    try:
        assert f"http://127.0.0.1:{app.port}/" in app.text()
        assert "AWS local (moto) en http://127.0.0.1:" in app.text()
        page = browser.new_page(viewport={"width": 1100, "height": 750})
        page.goto(app.url)
        page.get_by_text("No hay empleados").wait_for()
        assert "la de referencia del curso" in page.inner_text("#pie")
        _shot(page, "01-vacio")

        page.get_by_role("link", name="Añadir empleado").click()
        page.fill("#nombre", "Marta Vidal")
        page.fill("#puesto", "Ingeniera de la nube")
        page.fill("#departamento", "Sistemas")
        page.set_input_files("#foto", str(photo))
        _shot(page, "02-formulario")
        page.get_by_role("button", name="Guardar").click()

        card = page.locator(".ficha", has_text="Marta Vidal")
        card.wait_for()
        image = card.locator("img")
        image.wait_for()
        page.wait_for_function("img => img.complete && img.naturalWidth > 0",
                               arg=image.element_handle(), timeout=15000)
        assert image.evaluate("img => img.naturalWidth") == 64
        assert "X-Amz-Algorithm=AWS4-HMAC-SHA256" in image.get_attribute("src")
        assert "Añadido: Marta Vidal." in page.inner_text(".avisos")
        _shot(page, "03-con-foto")

        page.get_by_role("link", name="Info").click()
        assert "simulad" in page.inner_text("main")
        _shot(page, "04-info")
        page.goto(app.url)

        page.locator(".ficha", has_text="Marta Vidal").get_by_role("button",
                                                                 name="Borrar").click()
        page.get_by_text("Empleado borrado.").wait_for()
        assert page.locator(".ficha").count() == 0
        _shot(page, "05-borrado")
        page.close()
    finally:
        code = app.interrupt()
    assert code == 0, app.text()
    assert "Parados el directorio y la AWS local." in app.text()
    with socket.socket() as s:  # nothing listens on the port any more
        s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        s.bind(("127.0.0.1", app.port))

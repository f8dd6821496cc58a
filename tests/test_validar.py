"""The course's Validate (fundamentos_aws.validar): the Spanish summary, the warm kernel, bad
input, and the prebuilt JupyterLab extension that shows it (built from labextension/)."""

from __future__ import annotations

import asyncio
import json
import shutil
from pathlib import Path

import nbformat
import pytest
from course import REPO, solved_copy

from fundamentos_aws import validar
from fundamentos_aws.labextension_source import OUTPUT, SOURCE, source_hash

ASSIGNMENT = "01_infraestructura_global"
NOTEBOOK = f"{ASSIGNMENT}_ejercicios.ipynb"
pytestmark = pytest.mark.xdist_group("validar")


def _validate(path: Path, **kwargs) -> dict:
    async def run():
        kernels = validar.WarmKernels(refill=False)
        try:
            return await kernels.validate(validar.read_notebook(path=path), path.parent,
                                          **kwargs)
        finally:
            await kernels.close()
    return asyncio.run(run())


def _course_notebook(*test_sources: str) -> nbformat.NotebookNode:
    """A tiny notebook with the course's metadata: one test cell per source."""
    nb = nbformat.v4.new_notebook()
    for number, source in enumerate(test_sources, 1):
        cell = nbformat.v4.new_code_cell(source)
        cell.metadata["nbgrader"] = {"grade": True, "solution": False, "points": 1,
                                     "grade_id": f"ej{number}-pruebas", "locked": True}
        nb.cells.append(cell)
    return nb


@pytest.mark.slow
def test_solved_and_unsolved_copies_in_spanish_without_touching_the_file(tmp_path):
    release = REPO / "release" / ASSIGNMENT / NOTEBOOK
    solved = solved_copy(release, REPO / "source" / ASSIGNMENT / NOTEBOOK,
                         tmp_path / "resuelto" / NOTEBOOK, unsolved=frozenset({"ej1-respuesta"}))
    before = solved.read_bytes()
    summary = _validate(solved)
    assert solved.read_bytes() == before  # Validate never writes the student's notebook
    by_id = {e["id"]: e for e in summary["ejercicios"]}
    assert by_id["ej2-pruebas"]["estado"] == "supera"
    assert by_id["ej1-pruebas"]["estado"] == "falla"
    assert "aún no está hecha" in by_id["ej1-pruebas"]["mensaje"]
    assert by_id["ej1-pruebas"]["puntos"] == 2 and by_id["ej1-pruebas"]["nombre"] == "Ejercicio 1"
    assert by_id["abierta-respuesta"]["estado"] == "manual"
    assert (summary["puntos"], summary["total"]) == (18, 22)
    assert "pruebas ocultas" in summary["aviso"]
    text = json.dumps(summary, ensure_ascii=False)
    # Never test code: no cell's source reaches the summary.
    nb = nbformat.read(release, 4)
    for cell in nb.cells:
        if cell.metadata.get("nbgrader", {}).get("grade") and cell.cell_type == "code":
            assert cell.source.strip() not in text
    assert "Traceback" not in text and "check01." not in text

    untouched = tmp_path / "sin_hacer" / NOTEBOOK
    untouched.parent.mkdir()
    shutil.copy(release, untouched)
    summary = _validate(untouched)
    assert summary["puntos"] == 0 and not summary["ok"]
    assert all(e["estado"] in {"falla", "manual"} for e in summary["ejercicios"])
    assert "✘ Ejercicio 1 (2 pt)" in validar.summary_text(summary)


@pytest.mark.slow
def test_set_up_run_ahead_for_the_notebook_on_screen(tmp_path):
    """Opening a notebook runs its set-up cell in the waiting kernel; Validate then skips it
    and answers the same. A notebook whose set-up differs is run whole, in a fresh kernel."""
    release = REPO / "release" / ASSIGNMENT / NOTEBOOK
    solved = solved_copy(release, REPO / "source" / ASSIGNMENT / NOTEBOOK,
                         tmp_path / "resuelto" / NOTEBOOK, unsolved=frozenset({"ej1-respuesta"}))

    async def run():
        kernels = validar.WarmKernels(refill=False)
        try:
            await kernels.prepare_for(validar.read_notebook(path=release), solved.parent)
            ahead = await kernels.validate(validar.read_notebook(path=solved), solved.parent)
            changed = validar.read_notebook(path=solved)
            changed.cells[validar.setup_cells(changed)[0]].source += "\nEXTRA = 1"
            kernels.prepare()
            await kernels.prepare_for(validar.read_notebook(path=release), solved.parent)
            whole = await kernels.validate(changed, solved.parent)
            return ahead, whole
        finally:
            await kernels.close()

    ahead, whole = asyncio.run(run())
    assert ahead["preparacion_adelantada"] and not whole["preparacion_adelantada"]
    for summary in (ahead, whole):
        assert (summary["puntos"], summary["total"]) == (18, 22), summary
        assert not summary["errores"]


def test_a_notebook_that_is_not_from_the_course_gets_a_clear_answer(tmp_path):
    lesson = REPO / "notebooks" / "00_bienvenida.ipynb"
    summary = _validate(lesson)  # refused before any kernel starts
    assert summary["error"] == validar.NOT_A_COURSE_NOTEBOOK and not summary["ejercicios"]
    broken = tmp_path / "roto.ipynb"
    broken.write_text("{ no es un cuaderno")
    summary = asyncio.run(validar.validate_file(broken))
    assert summary["error"].startswith("No he podido leer roto.ipynb como cuaderno")


@pytest.mark.slow
def test_a_cell_that_never_ends_and_a_kernel_that_dies(tmp_path):
    nb = _course_notebook("print('bien')", "while True:\n    pass", "print('tarde')")
    path = tmp_path / "bucle.ipynb"
    nbformat.write(nb, path)
    summary = _validate(path, cell_timeout=3)
    assert "La celda 2 tardó más de 3 s" in summary["error"]
    assert [e["estado"] for e in summary["ejercicios"]] == ["supera", "sin_ejecutar",
                                                           "sin_ejecutar"]
    nbformat.write(_course_notebook("import os\nos._exit(1)", "print('después')"), path)
    summary = _validate(path)
    assert summary["error"].startswith("Python se cerró mientras ejecutaba la celda 1")
    assert not summary["ok"]


def test_failure_messages_are_whole_and_without_traceback():
    nb = _course_notebook("x", "y", "z")
    nb.cells[0].execution_count = 1
    nb.cells[0].outputs = [nbformat.v4.new_output(
        "error", ename="CheckFailure", evalue="una línea\nY otra línea, entera, " + "x" * 300,
        traceback=["\x1b[31mTraceback (most recent call last)", "check01.secreto()"])]
    nb.cells[1].execution_count = 2
    nb.cells[1].outputs = [nbformat.v4.new_output(
        "error", ename="NameError", evalue="name 'f' is not defined", traceback=["..."])]
    nb.cells[2].execution_count = 3
    nb.cells[2].outputs = [nbformat.v4.new_output("stream", text="✔ f: correcto.\n")]
    summary = validar.summarize(nb)
    first, second, third = summary["ejercicios"]
    assert first["mensaje"] == "una línea\nY otra línea, entera, " + "x" * 300
    assert second["mensaje"].startswith("Error de Python (NameError): «f» no está definido.")
    assert (third["estado"], third["mensaje"]) == ("supera", "f: correcto.")
    assert "Traceback" not in json.dumps(summary) and "secreto" not in json.dumps(summary)


# --- the JupyterLab extension, shipped prebuilt --------------------------------------------

def test_the_shipped_extension_is_built_from_the_source_in_the_repository():
    """labextension/build.py records the hash of the TypeScript sources it built; a source
    changed without a rebuild (cd labextension && npm install && python3 build.py) fails."""
    recorded = json.loads((OUTPUT / "source-hash.json").read_text())["sha256"]
    assert recorded == source_hash(), (
        "fundamentos_aws/jupyter_data/ is stale: rebuild it with "
        "`cd labextension && npm install && ../.venv/bin/python build.py`")
    package = json.loads((OUTPUT / "package.json").read_text())
    assert package["name"] == json.loads((SOURCE / "package.json").read_text())["name"]
    entry = OUTPUT / package["jupyterlab"]["_build"]["load"]
    assert entry.is_file()
    # The compiled bundle holds the source's Spanish strings (it is this source's build).
    bundles = "".join(p.read_text(encoding="utf-8") for p in (OUTPUT / "static").glob("*.js"))
    for text in ("fundamentos-aws/validar", "Ejecutando tu cuaderno con las pruebas visibles",
                 "Celdas con errores (no son pruebas):"):
        assert text in (SOURCE / "src" / "index.ts").read_text() and text in bundles


def test_the_lab_turns_nbgraders_validate_into_the_courses():
    from fundamentos_aws import lab

    page = json.loads((lab.JUPYTER_CONFIG / "labconfig" / "page_config.json").read_text())
    assert page["disabledExtensions"] == {"@jupyter/nbgrader:validate-assignment": True}
    server = json.loads((lab.JUPYTER_CONFIG / "jupyter_server_config.d" /
                         "fundamentos_aws.json").read_text())
    assert server["ServerApp"]["jpserver_extensions"] == {"fundamentos_aws.validar": True}
    assert (lab.JUPYTER_DATA / "labextensions" / OUTPUT.name / "package.json").is_file()
    pyproject = (REPO / "pyproject.toml").read_text()
    assert '"jupyter_data/**/*"' in pyproject and '"jupyter_config/**/*.json"' in pyproject

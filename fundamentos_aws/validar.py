"""The course's Validate: run a copy of the student's notebook in a warm kernel and answer,
in Spanish, which exercises pass the visible tests.

    python -m fundamentos_aws.validar mi_trabajo/04_ec2/04_ec2_ejercicios.ipynb

In JupyterLab (``make lab``) the same code runs inside the server: this module is a Jupyter
server extension that answers ``POST /fundamentos-aws/validar`` with the summary, and the
course's "Validar" toolbar button (labextension/, shipped prebuilt in jupyter_data/) shows it.

Why it is fast: as in grading (grading/zygote.py), the slow part is paid before the student
asks. A kernel is started ahead of time and has already imported IPython's display machinery,
matplotlib, boto3, moto and the course's checks, and parsed botocore's models; moto's EC2 data
is loaded. A Validate only executes the notebook's cells in it, all in one request (not one
per cell), and then a fresh kernel is warmed for the next one (a kernel runs one notebook,
never two: no state leaks between runs).

There is no sandbox here, unlike grading: it is the student's own code, on their own machine,
just as when they press "Run All".

The student's file is never written: the notebook is read (or received from the browser, with
what is on screen) and executed in memory.
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import json
import re
import sys
import time
import uuid
from pathlib import Path
from queue import Empty
from typing import Any

import nbformat
from jupyter_client.manager import AsyncKernelManager

from .progress import exercise_label

CELL_TIMEOUT = 60  # seconds for one cell, as when grading
HIDDEN_TESTS_NOTE = ("Estas son las pruebas visibles. Al corregir la tarea, las pruebas ocultas "
                     "añadirán más casos: superar estas no asegura todos los puntos.")
NOT_A_COURSE_NOTEBOOK = (
    "Este cuaderno no es un cuaderno de ejercicios del curso: no tiene pruebas que comprobar. "
    "Validar sirve para los cuadernos de ejercicios de tu carpeta mi_trabajo/ (por ejemplo "
    "mi_trabajo/04_ec2/04_ec2_ejercicios.ipynb); las lecciones se leen y se ejecutan, no se "
    "validan.")
_ANSI = re.compile(r"\x1b\[[0-9;]*[A-Za-z]")

# Run silently in a kernel before it is handed out: what every exercise notebook imports and
# loads, done once ahead (see grading/zygote.py, which does the same for grading).
WARM_UP = """
def _fundamentos_aws_warm_up():
    import matplotlib.pyplot  # noqa: F401  (font cache, inline backend)
    from fundamentos_aws.validar import warm_up_kernel
    warm_up_kernel(in_kernel=True)
_fundamentos_aws_warm_up()
del _fundamentos_aws_warm_up
"""


def warm_up_kernel(in_kernel: bool = False) -> None:
    """In a kernel about to run a student's notebook: import and warm up what exercises use.

    Figures are still created, returned and closed after each cell as in any kernel, but not
    drawn as PNG images, and errors keep their message but not the long traceback: Validar
    shows neither.
    """
    import gc
    import importlib
    import pkgutil

    import boto3

    from . import checks, fast_aws, local_aws
    from .grading.zygote import WARM_SERVICES

    if in_kernel:  # Validar shows neither tracebacks nor figures: do not draw them
        with contextlib.suppress(Exception):
            from IPython import get_ipython
            from IPython.core.pylabtools import select_figure_formats

            shell = get_ipython()
            shell.InteractiveTB.set_mode("Minimal")  # the message is still there (evalue)
            select_figure_formats(shell, set())
    fast_aws.speed_up()
    for module in pkgutil.iter_modules(checks.__path__):
        with contextlib.suppress(Exception):
            importlib.import_module(f"{checks.__name__}.{module.name}")
    local_aws.start_local_aws(load_default_amis=False, warm_up=("ec2", "s3", "iam", "sts"))
    for service in WARM_SERVICES:
        boto3.client(service, region_name="us-east-1")
    boto3.session.Session().get_available_regions("ec2")
    local_aws.stop_local_aws()
    # What is loaded so far stays for the kernel's life: keep the garbage collector off it
    # (a full collection would walk botocore's and moto's data again and again).
    gc.collect()
    gc.freeze()


# --- The summary ---------------------------------------------------------------------------

def _grading(cell: Any) -> dict:
    return cell.get("metadata", {}).get("nbgrader", {}) or {}


def is_course_exercise_notebook(nb: Any) -> bool:
    """True when the notebook has the course's autograded test cells (nbgrader metadata)."""
    return any(_grading(c).get("grade") and not _grading(c).get("solution")
               and c.get("cell_type") == "code" for c in nb.get("cells", []))


def _error_text(output: Any) -> str:
    """What a failed cell says to a student: the message, never the traceback or the code."""
    name = output.get("ename", "Error")
    value = _ANSI.sub("", output.get("evalue", "") or "").strip()
    if name in ("AssertionError", "CheckFailure"):  # the checks' Spanish message, as it is
        return value or "La prueba no se cumple (sin más detalle)."
    if name == "NameError" and (match := re.fullmatch(r"name '(\w+)' is not defined", value)):
        return (f"Error de Python (NameError): «{match.group(1)}» no está definido. ¿Falta tu "
                "respuesta en la celda de arriba, o esa celda da un error?")
    if name == "NotImplementedError" and not value:
        return ("Error de Python (NotImplementedError): aún no está hecho. Sustituye la línea "
                "«raise NotImplementedError()» por tu código o tus respuestas.")
    return f"Error de Python ({name}): {value}" if value else f"Error de Python ({name})."


def _printed(cell: Any) -> str:
    text = "".join(o.get("text", "") for o in cell.get("outputs", [])
                   if o.get("output_type") == "stream" and o.get("name") == "stdout")
    return _ANSI.sub("", text).strip()


def _answer_label(grade_id: str) -> str:
    if match := re.fullmatch(r"ej(\w+?)-respuesta", grade_id or ""):
        return f"Tu respuesta del ejercicio {match.group(1)}"
    if grade_id == "quiz-respuestas":
        return "Tus respuestas del cuestionario"
    if grade_id == "preparacion":
        return "La celda de preparación (la primera de código)"
    return f"La celda «{grade_id}»" if grade_id else "Una celda sin nombre"


def summarize(nb: Any, stopped: str = "") -> dict[str, Any]:
    """The Spanish summary of an executed notebook: one entry per test cell, in order."""
    exercises, errors = [], []
    for index, cell in enumerate(nb.cells):
        meta = _grading(cell)
        grade_id = meta.get("grade_id", "")
        error = next((o for o in cell.get("outputs", []) if o.get("output_type") == "error"),
                     None)
        if meta.get("grade") and meta.get("solution"):  # written answer: the teacher grades it
            exercises.append({"nombre": "Pregunta abierta" if grade_id.startswith("abierta")
                              else exercise_label(grade_id), "id": grade_id,
                              "puntos": float(meta.get("points", 0)), "estado": "manual",
                              "mensaje": "La corrige tu profesor: Validar no la puntúa."})
        elif meta.get("grade") and cell.cell_type == "code":  # a test cell
            ran = cell.get("execution_count") is not None
            if error is not None:
                state, message = "falla", _error_text(error)
            elif not ran:
                state, message = "sin_ejecutar", "No llegó a ejecutarse."
            else:
                state, message = "supera", _printed(cell).lstrip("✔ ") or "Correcto."
            exercises.append({"nombre": exercise_label(grade_id), "id": grade_id,
                              "puntos": float(meta.get("points", 0)), "estado": state,
                              "mensaje": message})
        elif error is not None and cell.cell_type == "code":  # answer or setup cell broke
            errors.append({"celda": index + 1, "nombre": _answer_label(grade_id),
                           "mensaje": _error_text(error)})
    autograded = [e for e in exercises if e["estado"] != "manual"]
    earned = sum(e["puntos"] for e in autograded if e["estado"] == "supera")
    total = sum(e["puntos"] for e in autograded)
    return {"ok": bool(autograded) and earned == total and not stopped, "error": stopped,
            "ejercicios": exercises, "errores": errors, "puntos": earned, "total": total,
            "aviso": HIDDEN_TESTS_NOTE}


def refusal(message: str) -> dict[str, Any]:
    """A summary that only says why nothing could be checked."""
    return {"ok": False, "error": message, "ejercicios": [], "errores": [], "puntos": 0,
            "total": 0, "aviso": ""}


def summary_text(summary: dict[str, Any]) -> str:
    """The summary as plain text (the command line prints it)."""
    lines = []
    if summary["error"]:
        lines.append(f"⚠ {summary['error']}")
    for e in summary["ejercicios"]:
        mark = {"supera": "✔", "manual": "✎"}.get(e["estado"], "✘")
        lines.append(f"{mark} {e['nombre']} ({e['puntos']:g} pt): {e['mensaje']}")
    for e in summary["errores"]:
        lines.append(f"⚠ {e['nombre']} (celda {e['celda']}): {e['mensaje']}")
    if summary["total"]:
        lines.append(f"Pruebas visibles: {summary['puntos']:g} de {summary['total']:g} puntos.")
    if summary["aviso"]:
        lines.append(summary["aviso"])
    return "\n".join(lines)


# --- Warm kernels and the run --------------------------------------------------------------

def setup_cells(nb: Any) -> list[int]:
    """Indices of the notebook's set-up code cells: those before the first answer or test
    cell (the locked "preparacion" cell that imports and starts moto)."""
    indices = []
    for index, cell in enumerate(nb.cells):
        if _grading(cell).get("solution") or _grading(cell).get("grade"):
            break
        if cell.cell_type == "code":
            indices.append(index)
    return indices


def setup_key(nb: Any, cwd: Path) -> str:
    """What a kernel's pre-run set-up depends on: the folder and the set-up cells' code."""
    sources = [nb.cells[i].source for i in setup_cells(nb)]
    return hashlib.sha256(json.dumps([str(cwd), sources]).encode()).hexdigest()


class WarmKernel:
    """A started, warmed kernel; maybe with a notebook's set-up cells already run in it."""

    def __init__(self, km: AsyncKernelManager, kc: Any) -> None:
        self.km = km
        self.kc = kc  # its client, connected since the warm-up
        self.setup_key: str | None = None  # set-up cells run ahead, for this key
        self.setup_outputs: dict[int, Any] = {}  # their executed cells, by index
        self.used = 0  # code cells executed so far (execution counts continue from here)


class WarmKernels:
    """One kernel started and warmed ahead of time; each Validate takes it and, once done, has
    a new one prepared in the background (unless ``refill`` is False: one-off uses, the
    command line).
    When the student opens an exercise notebook, the waiting kernel also runs that notebook's
    set-up cells ahead (:meth:`prepare_for`); a Validate whose set-up cells are the same skips
    them. One Validate at a time."""

    def __init__(self, kernel_name: str = "python3", refill: bool = True,
                 cell_timeout: int = CELL_TIMEOUT) -> None:
        self.kernel_name = kernel_name
        self.refill = refill
        self.cell_timeout = cell_timeout
        self._next: asyncio.Task | None = None
        self._lock = asyncio.Lock()
        self._closing: set[asyncio.Task] = set()

    async def _start(self) -> WarmKernel:
        km = AsyncKernelManager(kernel_name=self.kernel_name)
        await km.start_kernel()
        kc = km.client()
        kc.start_channels()
        try:
            await kc.wait_for_ready(timeout=60)
            reply = await kc.execute_interactive(WARM_UP, silent=True, store_history=False,
                                                 timeout=120)
        except BaseException:
            kc.stop_channels()
            raise
        if reply["content"].get("status") != "ok":  # still usable: only slower
            print(f"fundamentos_aws.validar: warm-up failed: {reply['content']}",
                  file=sys.stderr)
        # The client stays connected: a new one must wait for the kernel (0.2 s) first.
        return WarmKernel(km, kc)

    def prepare(self) -> None:
        """Start warming the next kernel, if none is on its way."""
        if self._next is None:
            self._next = asyncio.ensure_future(self._start())

    async def ready(self) -> None:
        """Wait until a warm kernel is waiting (benchmarks and tests use it)."""
        self.prepare()
        await asyncio.shield(self._next)

    @property
    def is_warm(self) -> bool:
        return self._next is not None and self._next.done() and not self._next.exception()

    async def take(self) -> WarmKernel:
        """The waiting kernel, now the caller's. The next one is warmed after the caller's
        run (see validate): warming it meanwhile would take one of two cores from the run."""
        self.prepare()
        task, self._next = self._next, None
        return await task

    async def prepare_for(self, nb: Any, cwd: Path) -> None:
        """Run ``nb``'s set-up cells ahead in the waiting kernel (the notebook on screen)."""
        if not is_course_exercise_notebook(nb) or not setup_cells(nb):
            return
        key = setup_key(nb, cwd)
        async with self._lock:
            self.prepare()
            kernel = await asyncio.shield(self._next)
            if kernel.setup_key == key:
                return
            if kernel.setup_key is not None:  # set up for another notebook: a fresh one
                self._next = None
                self.discard(kernel)
                self.prepare()
                kernel = await asyncio.shield(self._next)
            setup = nbformat.v4.new_notebook()
            indices = setup_cells(nb)
            setup.cells = [nbformat.from_dict(nb.cells[i]) for i in indices]
            await _run_cells(setup, kernel, cwd, self.cell_timeout)
            kernel.setup_key = key
            kernel.setup_outputs = dict(zip(indices, setup.cells, strict=True))

    def discard(self, kernel: WarmKernel) -> None:
        async def stop() -> None:
            with contextlib.suppress(Exception):
                kernel.kc.stop_channels()
                await kernel.km.shutdown_kernel(now=True)
        task = asyncio.ensure_future(stop())
        self._closing.add(task)
        task.add_done_callback(self._closing.discard)

    async def close(self) -> None:
        if self._next is not None:
            with contextlib.suppress(Exception):
                self.discard(await self._next)
            self._next = None
        if self._closing:
            await asyncio.gather(*self._closing, return_exceptions=True)

    async def validate(self, nb: Any, cwd: Path, cell_timeout: int | None = None
                       ) -> dict[str, Any]:
        """Execute ``nb`` (a notebook, already a copy) in a warm kernel; return the summary."""
        if not is_course_exercise_notebook(nb):
            return refusal(NOT_A_COURSE_NOTEBOOK)
        async with self._lock:
            kernel = await self.take()
            if kernel.setup_key is not None and kernel.setup_key != setup_key(nb, cwd):
                self.discard(kernel)  # set up for another notebook, or the set-up changed
                kernel = await self._start()
            try:
                return await _execute(nb, kernel, cwd, cell_timeout or self.cell_timeout)
            finally:
                self.discard(kernel)
                if self.refill:
                    self.prepare()


def run_cells_in_this_kernel(cells: list[tuple[int, str]], marker: str) -> None:
    """Inside the kernel: run ``cells`` ((index, code) pairs) one after another, as IPython
    runs any cell, and print what each one printed and raised.

    One request for the whole notebook instead of one per cell: each request costs the
    kernel and the client about 10 ms of messages, a third of a second per notebook. Before
    each cell a line ``<marker><index>`` says which cell runs (the client's clock for the
    cell's time limit, and where the kernel was if it dies); after it, ``<marker>=`` and its
    result as JSON. A KeyboardInterrupt (the client stopping a cell that took too long)
    stops the run.
    """
    from IPython import get_ipython
    from IPython.utils.capture import capture_output

    shell = get_ipython()
    for index, code in cells:
        sys.stdout.write(f"{marker}{index}\n")
        sys.stdout.flush()
        with capture_output(stdout=True, stderr=False, display=False) as captured:
            result = shell.run_cell(code, store_history=False)
        error = result.error_before_exec or result.error_in_exec
        if isinstance(error, KeyboardInterrupt):
            return  # stopped by the client: this cell did not run to its end
        entry: dict[str, Any] = {"index": index, "stdout": captured.stdout}
        if error is not None:
            entry.update(ename=type(error).__name__, evalue=str(error))
        sys.stdout.write(f"{marker}={json.dumps(entry)}\n")
        sys.stdout.flush()


def _stopped_by_clock(index: int, cell_timeout: int) -> str:
    return (f"La celda {index + 1} tardó más de {cell_timeout} s y se detuvo (¿un bucle que "
            "no termina, o una espera?). Las celdas siguientes no se ejecutaron.")


def _stopped_by_death(index: int) -> str:
    return (f"Python se cerró mientras ejecutaba la celda {index + 1} (¿una llamada a "
            "os._exit, o se quedó sin memoria?). Las celdas siguientes no se ejecutaron. "
            "Arregla esa celda y vuelve a validar.")


async def _run_cells(nb: Any, kernel: WarmKernel, cwd: Path, cell_timeout: int,
                     skip: dict[int, Any] | None = None) -> tuple[str, float | None]:
    """Execute ``nb``'s code cells in ``kernel`` (except ``skip``, already run: their results
    are copied). Returns why it stopped ("" if it did not) and the kernel's CPU seconds.

    The cells run in one request (see run_cells_in_this_kernel). A cell past ``cell_timeout``
    is interrupted and the run stops there; a kernel that dies stops it too.
    """
    skip = skip or {}
    todo = []
    for index, cell in enumerate(nb.cells):
        if cell.cell_type != "code":
            continue
        if index in skip:
            cell.outputs = skip[index].get("outputs", [])
            cell.execution_count = skip[index].get("execution_count")
        else:
            cell.outputs, cell.execution_count = [], None
            todo.append((index, cell.source))
    kc = kernel.kc
    stopped, cpu = "", None
    cpu_before = await _kernel_cpu(kc, f"__import__('os').chdir({str(cwd)!r})")
    marker = f"\x1e{uuid.uuid4().hex}:"
    request = kc.execute(
        f"__import__('fundamentos_aws.validar').validar.run_cells_in_this_kernel("
        f"{todo!r}, {marker!r})", store_history=False, allow_stdin=False,
        stop_on_error=False)
    loop = asyncio.get_running_loop()
    current, since, interrupted_at, text = None, loop.time(), None, ""
    last = todo[0][0] if todo else 0
    while todo:
        try:
            message = await kc.get_iopub_msg(timeout=0.25)
        except Empty:  # nothing new: look at the clock and the kernel
            if not await kernel.km.is_alive():
                stopped = _stopped_by_death(last if current is None else current)
                break
            if current is None:
                continue
            if interrupted_at is None and loop.time() - since > cell_timeout:
                interrupted_at = loop.time()
                await kernel.km.interrupt_kernel()
            elif interrupted_at is not None and loop.time() - interrupted_at > 5:
                break  # it ignored the interrupt: the kernel is thrown away anyway
            continue
        if message["parent_header"].get("msg_id") != request:
            continue
        content = message["content"]
        if message["msg_type"] == "stream" and content.get("name") == "stdout":
            text += content["text"]
            *lines, text = text.split("\n")
            for line in lines:  # (a thread of the student's may print around them)
                if marker not in line:
                    continue
                line = line[line.index(marker) + len(marker):]
                if line.startswith("="):
                    _record(nb.cells, json.loads(line[1:]), kernel)
                    current = None
                else:
                    current = last = int(line)
                    since = loop.time()
        elif message["msg_type"] == "status" and content["execution_state"] == "idle":
            break
    if interrupted_at is not None and not stopped:
        stopped = _stopped_by_clock(last if current is None else current, cell_timeout)
    if not stopped and cpu_before is not None:
        cpu_after = await _kernel_cpu(kc)
        cpu = None if cpu_after is None else cpu_after - cpu_before
    return stopped, cpu


def _record(cells: list[Any], entry: dict[str, Any], kernel: WarmKernel) -> None:
    """Put one cell's result (from run_cells_in_this_kernel) on the notebook's cell."""
    cell = cells[entry["index"]]
    kernel.used += 1
    cell.execution_count = kernel.used
    if entry["stdout"]:
        cell.outputs.append(nbformat.v4.new_output("stream", name="stdout",
                                                   text=entry["stdout"]))
    if "ename" in entry:
        cell.outputs.append(nbformat.v4.new_output("error", ename=entry["ename"],
                                                   evalue=entry["evalue"], traceback=[]))


async def _execute(nb: Any, kernel: WarmKernel, cwd: Path, cell_timeout: int
                   ) -> dict[str, Any]:
    stopped, cpu = await _run_cells(nb, kernel, cwd, cell_timeout,
                                    skip=kernel.setup_outputs if kernel.setup_key else None)
    summary = summarize(nb, stopped)
    if cpu is not None:
        summary["cpu_nucleo"] = round(cpu, 3)  # CPU seconds the run took, for the benchmark
    summary["preparacion_adelantada"] = kernel.setup_key is not None
    return summary


async def _kernel_cpu(kc: Any, code: str = "") -> float | None:
    """The kernel's CPU time so far (after running ``code`` silently), for the benchmark."""
    reply = await kc.execute_interactive(
        code, silent=True, store_history=False, timeout=30,
        user_expressions={"cpu": "__import__('time').process_time()"})
    try:
        return float(reply["content"]["user_expressions"]["cpu"]["data"]["text/plain"])
    except (KeyError, TypeError, ValueError):
        return None


def read_notebook(content: Any = None, path: Path | None = None) -> Any:
    """The notebook to validate, as a copy in memory: from JSON content or a file."""
    if content is not None:
        text = content if isinstance(content, str) else json.dumps(content)
        return nbformat.reads(text, as_version=4)
    return nbformat.read(path, as_version=4)


async def validate_file(path: Path, kernels: WarmKernels | None = None) -> dict[str, Any]:
    """Validate a notebook file (its content is read once; the file is never written)."""
    own = kernels is None
    kernels = kernels or WarmKernels(refill=False)
    try:
        try:
            nb = read_notebook(path=path)
        except Exception as error:  # noqa: BLE001 - anything unreadable gets the same answer
            return refusal(f"No he podido leer {path.name} como cuaderno de Jupyter ({error}).")
        return await kernels.validate(nb, path.resolve().parent)
    finally:
        if own:
            await kernels.close()


# --- Jupyter server extension --------------------------------------------------------------

def _jupyter_server_extension_points() -> list[dict[str, str]]:
    return [{"module": "fundamentos_aws.validar"}]


def _load_jupyter_server_extension(serverapp: Any) -> None:
    from jupyter_server.base.handlers import APIHandler
    from jupyter_server.utils import url_path_join
    from tornado import web

    root = Path(serverapp.root_dir).resolve()
    kernels = WarmKernels()
    serverapp.web_app.settings["fundamentos_aws_validar"] = kernels

    background: set[asyncio.Task] = set()

    def folder_of(relative: str) -> Path:
        folder = (root / relative).resolve().parent
        return folder if folder.is_relative_to(root) and folder.is_dir() else root

    class ValidateHandler(APIHandler):
        @web.authenticated
        async def post(self) -> None:
            start = time.perf_counter()
            try:
                body = json.loads(self.request.body or b"{}")
                relative = str(body.get("path", ""))
                try:
                    nb = read_notebook(body.get("content"),
                                       None if "content" in body else root / relative)
                except Exception as error:  # noqa: BLE001
                    summary = refusal(f"No he podido leer este cuaderno ({error}).")
                else:
                    summary = await kernels.validate(nb, folder_of(relative))
            except Exception as error:  # noqa: BLE001 - the student gets an answer, always
                serverapp.log.exception("fundamentos_aws.validar")
                summary = refusal(f"Validar ha fallado por un problema del curso, no de tu "
                                  f"cuaderno ({type(error).__name__}: {error}). Vuelve a "
                                  f"intentarlo; si se repite, reinicia `make lab`.")
            summary["segundos"] = round(time.perf_counter() - start, 3)
            self.finish(json.dumps(summary))

        @web.authenticated
        async def get(self) -> None:
            """Warm a kernel; with ?path=, run that notebook's set-up cells in it ahead."""
            kernels.prepare()
            relative = self.get_argument("path", "")
            target = (root / relative).resolve()
            if relative.endswith(".ipynb") and target.is_relative_to(root) and target.is_file():
                async def ahead() -> None:
                    try:
                        nb = await asyncio.to_thread(read_notebook, None, target)
                        await kernels.prepare_for(nb, target.parent)
                    except Exception:  # noqa: BLE001 - only an optimisation
                        serverapp.log.warning("fundamentos_aws.validar: no set-up ahead for "
                                              "%s", relative, exc_info=True)
                task = asyncio.ensure_future(ahead())
                background.add(task)
                task.add_done_callback(background.discard)
            self.finish(json.dumps({"caliente": kernels.is_warm}))

    base = serverapp.web_app.settings["base_url"]
    serverapp.web_app.add_handlers(".*$", [
        (url_path_join(base, "fundamentos-aws", "validar"), ValidateHandler)])

    # Warm the first kernel as soon as the server's loop runs (JupyterLab is loading then).
    try:
        asyncio.get_event_loop().call_soon(kernels.prepare)
    except RuntimeError:  # no loop yet: the first request warms it
        pass
    serverapp.log.info("fundamentos_aws.validar: Validar del curso en /fundamentos-aws/validar")


async def _unload_jupyter_server_extension(serverapp: Any) -> None:
    """When JupyterLab stops: stop the warm kernels too."""
    kernels = serverapp.web_app.settings.get("fundamentos_aws_validar")
    if kernels is not None:
        kernels.refill = False
        await kernels.close()


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print("uso: python -m fundamentos_aws.validar CUADERNO.ipynb", file=sys.stderr)
        return 2
    summary = asyncio.run(validate_file(Path(argv[0])))
    print(summary_text(summary))
    return 0 if summary["ok"] else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

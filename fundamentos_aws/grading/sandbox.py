"""Run students' notebooks in a bubblewrap sandbox, with kernels forked from a warm factory.

What a kernel running a submission can do, and what it cannot:

- no network at all (its own network namespace, not even loopback to the grader's host);
- no instructor environment: the environment is rebuilt from nothing (no AWS_*, no tokens),
  HOME is an empty folder of the sandbox;
- it sees only the system's programs and libraries, Python, the virtualenv and the course's
  helper package, all read-only; never source/ (solutions, hidden tests), the gradebook,
  other students' files or the instructor's home;
- it writes only its own scratch folder and a private /tmp (a tmpfs), both emptied between
  submissions;
- limits: address space, processes, file size, open files and CPU seconds (rlimits), and a
  per-cell and per-submission clock (see :class:`SandboxedExecute` and the pipeline);
- when the grader runs as root, the kernel runs as an unprivileged user id of its own (one
  per grading process), so the process limit really applies and root-only files stay closed.

The mechanism is bubblewrap (Debian package ``bubblewrap``). Where it is missing or does not
work, grading refuses with a clear message unless the instructor opts out explicitly
(``FUNDAMENTOS_AWS_UNSAFE_GRADING=1``), in which case kernels run unsandboxed and every run
says so.

Speed: one sandbox per grading process, reused for its submissions one at a time. Inside it a
factory process (zygote.py) has already imported IPython, boto3 and moto and loaded moto's
EC2 data; each submission gets a fresh kernel forked from it.
"""

from __future__ import annotations

import atexit
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from queue import Empty
from typing import Any

from jupyter_client.asynchronous import AsyncKernelClient
from jupyter_client.manager import AsyncKernelManager
from jupyter_client.provisioning import LocalProvisioner
from jupyter_core.utils import run_sync
from nbclient.exceptions import DeadKernelError
from nbformat.notebooknode import NotebookNode
from nbgrader.api import Gradebook
from nbgrader.preprocessors import Execute, NbGraderPreprocessor
from traitlets import Type

import fundamentos_aws

UNSAFE_ENV = "FUNDAMENTOS_AWS_UNSAFE_GRADING"
#: Inside the sandbox the scratch folder is always here; outside it is a temporary folder.
INSIDE = Path("/grading")
#: Sandboxes of a root grader run as user BASE_UID + the grader's pid: a user id of their own
#: (no two live graders share a pid), so one sandbox's process limit never starves another's.
BASE_UID = 200_000


class SandboxUnavailable(RuntimeError):
    """Grading cannot isolate student code on this machine (and the instructor did not opt out)."""


class SubmissionFailed(RuntimeError):
    """A submission could not be graded to the end; the message says why, for the instructor."""


@dataclass
class Limits:
    """Resource limits of every process in a sandbox (rlimits, applied by prlimit)."""

    memory_bytes: int = 3 * 1024**3   # address space per process: MemoryError beyond it
    processes: int = 128               # threads count too; a kernel uses about 10
    file_bytes: int = 64 * 1024**2     # largest file a submission may write
    open_files: int = 512
    cpu_seconds: int = 600             # per process; the clocks below stop loops sooner

    def prlimit_args(self) -> list[str]:
        return ["prlimit", f"--as={self.memory_bytes}", f"--nproc={self.processes}",
                f"--fsize={self.file_bytes}", f"--nofile={self.open_files}",
                f"--cpu={self.cpu_seconds}", "--core=0", "--"]


@dataclass
class RunRecord:
    """What happened while grading the current submission in this process."""

    failure: str | None = None
    notes: list[str] = field(default_factory=list)

    def fail(self, reason: str) -> None:
        if self.failure is None:  # the first cause is the one worth reading
            self.failure = reason


#: The submission being graded by this process (the pipeline resets it per student).
current_run = RunRecord()


def unsafe_opt_out() -> bool:
    return os.environ.get(UNSAFE_ENV, "") not in ("", "0")


def sandbox_problem() -> str | None:
    """Why student code cannot be sandboxed here, or None when it can."""
    if not sys.platform.startswith("linux"):
        return "the sandbox needs Linux (bubblewrap)"
    for tool, package in (("bwrap", "bubblewrap"), ("prlimit", "util-linux")):
        if shutil.which(tool) is None:
            return f"`{tool}` is not installed (Debian/Ubuntu: apt-get install {package})"
    if os.geteuid() == 0 and shutil.which("setpriv") is None:
        return "`setpriv` is not installed (Debian/Ubuntu: apt-get install util-linux)"
    probe = subprocess.run(["bwrap", *_namespace_args(), "--ro-bind", "/", "/", "true"],
                           capture_output=True, text=True)
    if probe.returncode != 0:
        return f"bubblewrap cannot create a sandbox here: {probe.stderr.strip()}"
    return None


def refusal_message(problem: str) -> str:
    return (
        f"Refusing to grade: student code would run with your rights, because {problem}.\n"
        f"No se corrige: el código de los estudiantes se ejecutaría con tus permisos ({problem}).\n"
        f"Install it, or accept the risk explicitly with {UNSAFE_ENV}=1 "
        f"(o acepta el riesgo con {UNSAFE_ENV}=1)."
    )


def _namespace_args() -> list[str]:
    args = ["--unshare-ipc", "--unshare-pid", "--unshare-net", "--unshare-uts",
            "--unshare-cgroup-try", "--die-with-parent", "--new-session"]
    if os.geteuid() != 0:
        args.append("--unshare-user")  # how an ordinary user gets the other namespaces
    return args


def _read_only_paths() -> list[Path]:
    """What Python and the course's package need, and nothing of the course's data."""
    package = Path(fundamentos_aws.__file__).resolve().parent
    paths = [Path(sys.base_prefix).resolve(), Path(sys.prefix).resolve(), package]
    # A venv reached through a link (the course's .venv -> a shared environment, as on the
    # class's hub): the kernel is started by that path, so it must exist inside too.
    if Path(sys.prefix).absolute() != Path(sys.prefix).resolve():
        paths.append(Path(sys.prefix).absolute())
    # Site folders added from outside the venv (a .pth running site.addsitedir: e.g. a venv
    # that shares another one's packages); only site-packages, never the course's folder.
    paths += [Path(p).resolve() for p in sys.path
              if Path(p).name in ("site-packages", "dist-packages") and Path(p).is_dir()
              and not Path(p).resolve().is_relative_to(Path(sys.prefix).resolve())
              and not Path(p).resolve().is_relative_to(Path(sys.base_prefix).resolve())]
    # Compiled extensions of the venv may link libraries from the base install's lib/.
    return sorted(set(paths))


def bwrap_command(scratch: Path, uid: int | None, limits: Limits, argv: list[str]) -> list[str]:
    """The command that runs ``argv`` in a sandbox whose only writable place is ``scratch``."""
    cmd = ["bwrap", *_namespace_args()]
    for top in ("/usr", "/bin", "/lib", "/lib64", "/lib32", "/libx32", "/sbin"):
        path = Path(top)
        if path.is_symlink():
            cmd += ["--symlink", os.readlink(path), top]
        elif path.is_dir():
            cmd += ["--ro-bind", top, top]
    # A private /tmp, mounted before the binds: Python or the course may live under /tmp
    # (a clone in /tmp/...), and a /tmp mounted later would hide them.
    cmd += ["--perms", "1777", "--tmpfs", "/tmp"]
    for etc in ("/etc/ld.so.cache", "/etc/fonts", "/etc/localtime", "/etc/mime.types"):
        cmd += ["--ro-bind-try", etc, etc]
    binds = _read_only_paths()
    # Folders above a bind are made by bwrap with mode 0700; an unprivileged uid needs 0755.
    parents = sorted({p for b in binds for p in b.parents if p != Path("/")},
                     key=lambda p: len(p.parts))
    for parent in parents:
        cmd += ["--perms", "0755", "--dir", str(parent)]
    for path in binds:
        cmd += ["--ro-bind", str(path), str(path)]
    cmd += ["--proc", "/proc", "--dev", "/dev",
            "--bind", str(scratch), str(INSIDE),
            "--chdir", str(INSIDE / "work"), "--clearenv"]
    for key, value in sandbox_environment().items():
        cmd += ["--setenv", key, value]
    if uid is not None:
        # bwrap keeps these two capabilities only long enough for setpriv to drop to `uid`.
        cmd += ["--cap-add", "CAP_SETUID", "--cap-add", "CAP_SETGID",
                "setpriv", f"--reuid={uid}", f"--regid={uid}", "--clear-groups",
                "--inh-caps=-all", "--bounding-set=-all"]
    return cmd + limits.prlimit_args() + argv


def sandbox_environment() -> dict[str, str]:
    """The whole environment of a sandboxed kernel: nothing inherited from the instructor."""
    return {
        "PATH": f"{Path(sys.executable).parent}:/usr/bin:/bin",
        "HOME": str(INSIDE / "home"),
        "USER": "estudiante",
        "LANG": "C.UTF-8",
        "TMPDIR": "/tmp",
        "MPLBACKEND": "module://matplotlib_inline.backend_inline",
        "MPLCONFIGDIR": str(INSIDE / "home" / ".matplotlib"),
        "PYTHONDONTWRITEBYTECODE": "1",
        "PYTHONHASHSEED": "0",
        # The kernel imports the very package the grader imports (and binds read-only), even
        # when the venv's own install of it is an editable one pointing at another folder.
        "PYTHONPATH": str(Path(fundamentos_aws.__file__).resolve().parent.parent),
    }


class Sandbox:
    """A bubblewrap sandbox with a kernel factory in it, reused for one submission at a time."""

    def __init__(self, limits: Limits | None = None) -> None:
        self.limits = limits or Limits()
        self.uid = BASE_UID + os.getpid() if os.geteuid() == 0 else None
        self.scratch = Path(tempfile.mkdtemp(prefix="fundamentos-aws-grading-"))
        self._lock = threading.Lock()
        self._process: subprocess.Popen | None = None
        self._channel: socket.socket | None = None
        self._reader: Any = None
        self._kernels = 0

    # -- life cycle ---------------------------------------------------------------------
    def start(self) -> None:
        self._clear(keep_factory_log=False)
        ours, theirs = socket.socketpair()
        argv = [sys.executable, "-m", "fundamentos_aws.grading.zygote", str(theirs.fileno())]
        log = open(self.scratch / "run" / "factory.log", "ab")  # noqa: SIM115 (child keeps it)
        self._process = subprocess.Popen(
            bwrap_command(self.scratch, self.uid, self.limits, argv),
            pass_fds=(theirs.fileno(),), stdin=subprocess.DEVNULL, stdout=log, stderr=log)
        theirs.close()
        log.close()
        ours.settimeout(120)
        self._channel = ours
        self._reader = ours.makefile("r", encoding="utf-8")
        try:
            ready = self._reader.readline()
        except OSError:
            ready = ""
        if not ready:
            self.close()
            raise SandboxUnavailable("the grading sandbox did not start:\n" + self.factory_log())
        ours.settimeout(None)

    def factory_log(self) -> str:
        return _tail(self.scratch / "run" / "factory.log", 3000)

    def alive(self) -> bool:
        return self._process is not None and self._process.poll() is None

    def ensure_running(self) -> None:
        """Start the sandbox, or start a new one if a submission broke the last one."""
        if not self.alive():
            self.close()
            self.start()

    def close(self) -> None:
        if self._process is not None:
            if self._process.poll() is None:
                self._process.kill()
            self._process.wait()
            self._process = None
        if self._channel is not None:
            self._channel.close()
            self._channel = None

    def remove(self) -> None:
        self.close()
        shutil.rmtree(self.scratch, ignore_errors=True)

    # -- requests to the factory --------------------------------------------------------
    def request(self, op: str, **args: Any) -> dict[str, Any]:
        with self._lock:
            if self._channel is None:
                raise SubmissionFailed("the grading sandbox is not running")
            try:
                self._channel.sendall(json.dumps({"op": op, **args}).encode() + b"\n")
                line = self._reader.readline()
            except OSError as error:
                line, reason = "", str(error)
            else:
                reason = "it closed the connection"
            if not line:
                raise SubmissionFailed(f"the grading sandbox stopped answering ({reason})")
            reply = json.loads(line)
        if "error" in reply:
            raise SubmissionFailed(f"grading sandbox: {reply['error']}")
        return reply

    def killall(self) -> None:
        """Kill every process a submission started in the sandbox (the factory stays)."""
        if self.alive():
            try:
                self.request("killall")
            except SubmissionFailed:
                self.close()

    # -- one submission -----------------------------------------------------------------
    def _clear(self, keep_factory_log: bool = True) -> None:
        """Empty work/, home/ and run/ and give them to the sandbox's user (the factory
        empties the sandbox's /tmp). Nothing a submission left is followed: links are
        removed, never written through."""
        for name in ("work", "home", "run"):
            folder = self.scratch / name
            if folder.is_symlink() or (folder.exists() and not folder.is_dir()):
                folder.unlink()
            folder.mkdir(mode=0o700, exist_ok=True)
            for item in list(folder.iterdir()):
                if not (keep_factory_log and name == "run" and item.name == "factory.log"
                        and not item.is_symlink()):
                    _remove(item)
            if self.uid is not None:
                os.chown(folder, self.uid, self.uid, follow_symlinks=False)
        self.scratch.chmod(0o755)

    def spawn_kernel(self, host_cwd: Path | None, argv: list[str],
                     connection_info: dict[str, Any]) -> int:
        """Copy the submission's folder in, then fork a kernel there. Returns its pid."""
        self.ensure_running()
        self.killall()
        self._clear()
        if host_cwd is not None and host_cwd.is_dir():
            # symlinks=True: a link in a submission stays a link (to nothing in the sandbox)
            # instead of copying in whatever it points to on the grader's machine.
            shutil.copytree(host_cwd, self.scratch / "work", dirs_exist_ok=True, symlinks=True,
                            ignore=shutil.ignore_patterns(".ipynb_checkpoints"))
        if self.uid is not None:
            for path in [self.scratch / "work", *(self.scratch / "work").rglob("*")]:
                os.chown(path, self.uid, self.uid, follow_symlinks=False)
        self._kernels += 1
        name = f"kernel-{self._kernels}"
        info = {k: (v.decode() if isinstance(v, bytes) else v)
                for k, v in connection_info.items()}
        info["ip"] = str(INSIDE / "run" / Path(str(info["ip"])).name)
        (self.scratch / "run" / f"{name}.json").write_text(json.dumps(info))
        args = list(argv)
        if "-f" in args:
            args[args.index("-f") + 1] = str(INSIDE / "run" / f"{name}.json")
        reply = self.request("spawn", argv=args, cwd=str(INSIDE / "work"),
                             env=sandbox_environment(), log=str(INSIDE / "run" / f"{name}.log"))
        return int(reply["pid"])

    def kernel_log(self) -> str:
        return _tail(self.scratch / "run" / f"kernel-{self._kernels}.log", 2000)


def _tail(path: Path, chars: int) -> str:
    """The end of a log the sandbox wrote (never through a link a submission planted)."""
    try:
        if path.is_symlink():
            return ""
        return path.read_text(errors="replace")[-chars:]
    except OSError:
        return ""


def _remove(path: Path) -> None:
    if path.is_dir() and not path.is_symlink():
        shutil.rmtree(path, ignore_errors=True)
    elif path.exists() or path.is_symlink():
        path.unlink()


# One sandbox per grading process, started on first use.
_sandbox: Sandbox | None = None


def get_sandbox() -> Sandbox:
    global _sandbox
    if _sandbox is None:
        problem = sandbox_problem()
        if problem:
            raise SandboxUnavailable(refusal_message(problem))
        _sandbox = Sandbox()
        _sandbox.start()
        atexit.register(_sandbox.remove)
    return _sandbox


class SandboxedProcess:
    """The Popen-like handle jupyter_client gets for a kernel forked in the sandbox."""

    stdin = stdout = stderr = None

    def __init__(self, sandbox: Sandbox, pid: int) -> None:
        self.sandbox, self.pid = sandbox, pid
        self.returncode: int | None = None

    def poll(self) -> int | None:
        if self.returncode is None:
            try:
                self.returncode = self.sandbox.request("poll", pid=self.pid)["exit"]
            except SubmissionFailed:
                self.returncode = -9  # the sandbox itself is gone, and the kernel with it
        return self.returncode

    def wait(self, timeout: float | None = None) -> int:
        deadline = None if timeout is None else time.monotonic() + timeout
        while self.poll() is None:
            if deadline is not None and time.monotonic() > deadline:
                raise subprocess.TimeoutExpired("kernel", timeout)
            time.sleep(0.05)
        return self.returncode

    def send_signal(self, signum: int) -> None:
        if self.poll() is None:
            self.sandbox.request("signal", pid=self.pid, signum=int(signum))

    def kill(self) -> None:
        self.send_signal(signal.SIGKILL)

    def terminate(self) -> None:
        self.send_signal(signal.SIGTERM)


class SandboxProvisioner(LocalProvisioner):
    """Start the kernel in the sandbox instead of as a child of the grader."""

    async def launch_kernel(self, cmd: list[str], **kwargs: Any) -> Any:
        sandbox = get_sandbox()
        # cmd is the kernelspec's argv: python -m ipykernel_launcher -f <file> [extra args]
        argv = cmd[cmd.index("ipykernel_launcher") + 1:] if "ipykernel_launcher" in cmd \
            else cmd[1:]
        cwd = kwargs.get("cwd")
        pid = sandbox.spawn_kernel(Path(cwd) if cwd else None, argv, self.connection_info)
        self.process = SandboxedProcess(sandbox, pid)
        self.pid, self.pgid = pid, None  # signals go through the factory, not os.killpg
        self.cwd = cwd
        return self.connection_info

    async def cleanup(self, restart: bool = False) -> None:
        await super().cleanup(restart)
        if not restart and _sandbox is not None:
            _sandbox.killall()


class PromptKernelClient(AsyncKernelClient):
    """jupyter_client's client, ready as soon as the kernel has answered.

    jupyter_client's wait_for_ready asks for kernel_info until the kernel replies and an
    IOPub message arrives (proof that IOPub is connected), then keeps reading IOPub until it
    has been silent for 0.2 s, to throw old messages away: 0.2 s per submission. nbclient
    reads only the messages of its own requests (by message id), so old ones are harmless:
    this client throws away what has already arrived and goes on.
    """

    async def wait_for_ready(self, timeout: float | None = None) -> None:
        deadline = time.monotonic() + (float("inf") if timeout is None else timeout)
        while True:
            self.kernel_info()
            try:
                reply = await self.shell_channel.get_msg(timeout=1)
            except Empty:
                pass
            else:
                if reply["msg_type"] == "kernel_info_reply":
                    try:  # IOPub connected?
                        await self.iopub_channel.get_msg(timeout=0.2)
                    except Empty:
                        pass
                    else:
                        self._handle_kernel_info_reply(reply)
                        break
            if not await self._async_is_alive():
                raise RuntimeError("Kernel died before replying to kernel_info")
            if time.monotonic() > deadline:
                raise RuntimeError(f"Kernel didn't respond in {timeout:g} seconds")
        while True:  # what has arrived, without waiting for more
            try:
                await self.iopub_channel.get_msg(timeout=0)
            except Empty:
                break


class SandboxedKernelManager(AsyncKernelManager):
    """A kernel manager whose kernels live in this process's sandbox, over IPC sockets."""

    client_factory = Type(klass=AsyncKernelClient, default_value=PromptKernelClient)

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        sandbox = get_sandbox()
        # ZeroMQ over Unix sockets in the sandbox's run/ folder: the kernel has no network.
        self.transport = "ipc"
        self.ip = str(sandbox.scratch / "run" / "zmq")

    async def _async_pre_start_kernel(self, **kw: Any) -> Any:
        if self.provisioner is None:
            self.kernel_id = self.kernel_id or kw.pop("kernel_id", None) or os.urandom(8).hex()
            self.provisioner = SandboxProvisioner(kernel_id=self.kernel_id,
                                                  kernel_spec=self.kernel_spec, parent=self)
        return await super()._async_pre_start_kernel(**kw)


def _cell_name(cell: NotebookNode, index: int) -> str:
    grade_id = cell.get("metadata", {}).get("nbgrader", {}).get("grade_id")
    return f"'{grade_id}'" if grade_id else f"number {index + 1}"


class SandboxedExecute(Execute):
    """nbgrader's Execute, with student code in the sandbox and failures named.

    - Kernels start in this process's sandbox (unless the instructor opted out).
    - A cell that times out and ignores the interrupt, or a kernel that dies, stops this
      submission with a reason (``current_run.failure``) instead of a bare zero, and
      instead of waiting for every remaining cell to time out too.
    - A cell's output is capped, so a print loop cannot fill the grader's memory.
    """

    max_output_chars_per_cell = 200_000

    def __init__(self, **kwargs: Any) -> None:
        if unsafe_opt_out():
            current_run.notes.append(f"UNSANDBOXED ({UNSAFE_ENV}=1)")
        else:
            kwargs.setdefault("kernel_manager_class", SandboxedKernelManager)
            # Everything in the sandbox is killed after the notebook anyway: no need to wait
            # for the kernel to shut down politely.
            kwargs.setdefault("shutdown_kernel", "immediate")
        super().__init__(**kwargs)
        self._output_chars: dict[int, int] = {}

    async def async_execute_cell(self, cell: NotebookNode, cell_index: int,
                                 execution_count: int | None = None,
                                 store_history: bool = True) -> NotebookNode:
        try:
            return await super().async_execute_cell(cell, cell_index, execution_count,
                                                    store_history)
        except DeadKernelError:
            current_run.fail(
                f"the kernel died while running cell {_cell_name(cell, cell_index)} "
                "(os._exit, a crash, or the memory or process limit)")
            raise SubmissionFailed(current_run.failure) from None

    # nbclient binds the sync wrapper to its own coroutine: rebind it to the one above.
    execute_cell = run_sync(async_execute_cell)

    async def _async_handle_timeout(self, timeout: int, cell: NotebookNode | None = None
                                    ) -> None | dict[str, Any]:
        reply = await super()._async_handle_timeout(timeout, cell)
        index = self.nb.cells.index(cell) if cell is not None and cell in self.nb.cells else 0
        name = _cell_name(cell, index) if cell is not None else "?"
        if not await self._kernel_answers(within=10):
            current_run.fail(f"cell {name} ran longer than {timeout} s and ignored the "
                             "interrupt (an endless loop that catches KeyboardInterrupt?)")
            raise SubmissionFailed(current_run.failure)
        current_run.notes.append(f"cell {name} stopped after {timeout} s")
        return reply

    async def _kernel_answers(self, within: float) -> bool:
        """Ask for kernel_info; True if the kernel replies (it is not stuck in a loop)."""
        msg_id = self.kc.kernel_info()
        deadline = time.monotonic() + within
        while (left := deadline - time.monotonic()) > 0:
            try:
                msg = await self.kc.get_shell_msg(timeout=left)
            except Exception:  # queue.Empty on timeout
                return False
            if msg.get("parent_header", {}).get("msg_id") == msg_id:
                return True
        return False

    def output(self, outs: list[NotebookNode], msg: dict[str, Any], display_id: str | None,
               cell_index: int) -> NotebookNode | None:
        used = self._output_chars.get(cell_index, 0)
        size = len(json.dumps(msg.get("content", {}), default=str))
        self._output_chars[cell_index] = used + size
        if used + size > self.max_output_chars_per_cell:
            if used <= self.max_output_chars_per_cell:
                current_run.notes.append(f"cell {cell_index + 1}: output cut at "
                                         f"{self.max_output_chars_per_cell} characters")
                outs.append(NotebookNode(output_type="stream", name="stderr", text=(
                    "\n[salida cortada: esta celda escribió demasiado]\n")))
            return None
        return super().output(outs, msg, display_id, cell_index)


class DropUnknownGradeCells(NbGraderPreprocessor):
    """Turn a grade cell the assignment does not have (a student's invention) into a plain
    cell before nbgrader's OverwriteCells, which would otherwise crash on it (nbgrader 0.9:
    KeyError 'grade_id' in add_missing_grade_cells) and leave the submission ungraded."""

    def preprocess(self, nb: NotebookNode, resources: Any) -> tuple[NotebookNode, Any]:
        info = resources["nbgrader"]
        with Gradebook(info["db_url"]) as gb:
            notebook = gb.find_notebook(info["notebook"], info["assignment"])
            known = {c.name for c in notebook.source_cells} | {c.name for c in notebook.grade_cells}
        for cell in nb.cells:
            meta = cell.metadata.get("nbgrader")
            if meta and meta.get("grade_id") not in known and (meta.get("grade") or
                                                               meta.get("solution")):
                self.log.warning("Cell %r is not in the assignment: graded as a plain cell",
                                 meta.get("grade_id"))
                del cell.metadata["nbgrader"]
        return nb, resources

"""The kernel factory that runs inside a grading sandbox (``python -m ...zygote FD``).

Starting a Python kernel and loading boto3, moto and moto's EC2 data costs about 2 s of CPU
per submission. This process pays it once: it imports all that, warms moto up, and then
forks a fresh kernel for each submission. A fork shares the loaded modules copy-on-write, so
each kernel starts warm in a few hundredths of a second and still shares no state with the
others: every kernel is a new process, and the notebook's own setup cell starts its own moto.

It talks to the grader over an inherited socket (never a file a student could replace), one
JSON request per line: ``spawn``, ``poll``, ``signal`` and ``killall``. It is not a security
boundary by itself: the sandbox around it is (see sandbox.py).
"""

from __future__ import annotations

import contextlib
import ctypes
import gc
import importlib
import json
import os
import shutil
import signal
import socket
import sys
from pathlib import Path
from typing import Any

PR_SET_DUMPABLE = 4


# What a starting kernel imports (measured: sys.modules of a fresh kernel), debugger included.
KERNEL_MODULES = ("ipykernel.kernelapp", "ipykernel.ipkernel", "ipykernel.zmqshell",
                  "ipykernel.debugger", "ipykernel.comm", "debugpy", "IPython",
                  "IPython.core.completer", "IPython.core.debugger", "tornado.ioloop",
                  "sqlite3", "psutil", "pdb", "pydoc")


# Services whose models the exercises load (parsed once in the factory).
WARM_SERVICES = ("ec2", "s3", "iam", "sts", "ecs", "ecr", "eks", "lambda", "dynamodb",
                 "cloudwatch", "logs", "rds", "elbv2", "autoscaling")


def _preload() -> None:
    """Import and warm up what every exercise notebook uses."""
    for name in KERNEL_MODULES:
        try:
            importlib.import_module(name)
        except ImportError:  # optional ones (debugpy, psutil) may be absent
            pass
    import matplotlib

    matplotlib.use("module://matplotlib_inline.backend_inline")
    import boto3
    import matplotlib.pyplot  # noqa: F401  (loads the font cache once)

    from fundamentos_aws import local_aws

    # start_local_aws applies fast_aws's caches: the kernels forked later inherit them.
    # The first EC2 call loads moto's instance types and zones (~1 s); later mocks reuse them.
    local_aws.start_local_aws(load_default_amis=False, warm_up=("ec2", "s3", "iam", "sts"))
    for service in WARM_SERVICES:  # their models, parsed once (see fast_aws)
        boto3.client(service, region_name="us-east-1")
    boto3.session.Session().get_available_regions("ec2")
    local_aws.stop_local_aws()
    # Everything loaded so far lives as long as the kernels: keep the garbage collector off
    # it (faster collections, and pages stay shared with the factory instead of copied).
    gc.collect()
    gc.freeze()


def _run_kernel(request: dict[str, Any]) -> None:
    """In the forked child: become an IPython kernel for one submission. Never returns."""
    try:
        os.setsid()
        os.chdir(request["cwd"])
        os.environ.clear()
        os.environ.update(request["env"])
        log = os.open(request["log"], os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        null = os.open(os.devnull, os.O_RDONLY)
        os.dup2(null, 0)
        os.dup2(log, 1)
        os.dup2(log, 2)
        signal.signal(signal.SIGINT, signal.default_int_handler)
        signal.signal(signal.SIGCHLD, signal.SIG_DFL)
        sys.argv = ["ipykernel_launcher", *request["argv"]]
        from ipykernel.kernelapp import IPKernelApp

        app = IPKernelApp.instance()
        app.initialize(request["argv"])
        app.start()
    finally:
        os._exit(0)


class Zygote:
    def __init__(self, channel: socket.socket) -> None:
        self.channel = channel
        self.children: dict[int, int | None] = {}  # pid -> exit code (None while running)
        import fundamentos_aws

        bound = [sys.prefix, sys.base_prefix, Path(fundamentos_aws.__file__).parent]
        self.keep_in_tmp = {Path(p).resolve().relative_to("/tmp").parts[0] for p in bound
                            if Path(p).resolve().is_relative_to("/tmp")}

    def reap(self) -> None:
        while True:
            try:
                pid, status = os.waitpid(-1, os.WNOHANG)
            except ChildProcessError:
                return
            if pid == 0:
                return
            if pid in self.children:
                self.children[pid] = os.waitstatus_to_exitcode(status)

    def empty_tmp(self) -> None:
        """Empty the sandbox's private /tmp, except the folders that lead to what is bound
        read-only inside it (Python or the course, when they live under /tmp)."""
        for entry in Path("/tmp").iterdir():
            if entry.name in self.keep_in_tmp:
                continue
            if entry.is_dir() and not entry.is_symlink():
                shutil.rmtree(entry, ignore_errors=True)
            else:
                with contextlib.suppress(OSError):
                    entry.unlink()

    def handle(self, request: dict[str, Any]) -> dict[str, Any]:
        self.reap()
        op = request["op"]
        if op == "spawn":
            pid = os.fork()
            if pid == 0:
                self.channel.close()
                _run_kernel(request)
            self.children[pid] = None
            return {"pid": pid}
        if op == "poll":
            return {"exit": self.children.get(request["pid"], 0)}
        if op == "signal":
            pid = request["pid"]
            if self.children.get(pid, 0) is None:
                for target in (-pid, pid):  # the kernel's process group, then the kernel
                    try:
                        os.kill(target, request["signum"])
                        break
                    except ProcessLookupError:
                        continue
            return {}
        if op == "killall":
            # Everything in this sandbox that a submission left behind, whatever its group.
            try:
                os.kill(-1, signal.SIGKILL)
            except ProcessLookupError:
                pass
            while True:
                try:
                    os.waitpid(-1, 0)
                except ChildProcessError:
                    break
            self.children = {pid: (-9 if code is None else code)
                             for pid, code in self.children.items()}
            self.empty_tmp()
            return {}
        if op == "ping":
            return {"pong": True}
        return {"error": f"unknown op {op!r}"}

    def serve(self) -> None:
        reader = self.channel.makefile("r", encoding="utf-8")
        self.channel.sendall(b'{"ready": true}\n')
        for line in reader:
            try:
                reply = self.handle(json.loads(line))
            except Exception as error:  # report, keep serving
                reply = {"error": f"{type(error).__name__}: {error}"}
            self.channel.sendall(json.dumps(reply).encode() + b"\n")


def main() -> None:
    # A kernel cannot ptrace or read the memory of this process, although it runs as the
    # same user: the factory must stay clean for the next submission.
    ctypes.CDLL(None, use_errno=True).prctl(PR_SET_DUMPABLE, 0, 0, 0, 0)
    channel = socket.socket(fileno=int(sys.argv[1]))
    _preload()
    Zygote(channel).serve()


if __name__ == "__main__":
    main()

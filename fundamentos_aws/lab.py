"""Start JupyterLab on the course, the way `make lab` does.

    python -m fundamentos_aws.lab [--root DIR] [jupyter lab options...]

Prepares the working copies (mi_trabajo/: lessons and exercises), then starts JupyterLab on
the course folder with the student's copy of the welcome lesson open (so the file browser
starts in mi_trabajo/, where the lessons and the exercise folders are side by side), without
the "news" prompt that would greet a new student, and with the course's Validar button: the
server extension fundamentos_aws.validar and its prebuilt JupyterLab extension (in
jupyter_data/, found through JUPYTER_PATH), which takes the place of nbgrader's Validate.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from .workspace import COURSE_ROOT, work_dir
from .workspace import main as prepare_and_report

WELCOME_NAME = "00_bienvenida.ipynb"
HERE = Path(__file__).resolve().parent
# JupyterLab defaults for the course (no "get Jupyter news?" prompt, no update check), read
# from <config path>/labconfig/default_setting_overrides.json; page_config.json turns
# nbgrader's Validate button off (the course's Validar takes its place); and
# jupyter_server_config.d/ enables the Validar server extension.
JUPYTER_CONFIG = HERE / "jupyter_config"
# Prebuilt JupyterLab extensions shipped in the package: <this>/labextensions/<name>/.
JUPYTER_DATA = HERE / "jupyter_data"


def welcome_path(course_root: Path) -> str:
    """The welcome lesson to open, relative to the course root: the student's copy."""
    copy = work_dir(course_root) / WELCOME_NAME
    try:
        return copy.resolve().relative_to(course_root.resolve()).as_posix()
    except ValueError:  # working copies kept outside the course: the original, read-only use
        return f"notebooks/{WELCOME_NAME}"


def lab_command(course_root: Path, extra_args: list[str]) -> list[str]:
    """The command that starts JupyterLab on ``course_root`` with the welcome lesson open."""
    command = [sys.executable, "-m", "jupyterlab", f"--ServerApp.root_dir={course_root}",
               "--LabApp.news_url=None"]
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        command.append("--allow-root")  # containers often run as root; Jupyter refuses it
    return [*command, *extra_args, welcome_path(course_root)]


def _prepend(variable: str, path: Path) -> None:
    paths = [str(path), os.environ.get(variable, "")]
    os.environ[variable] = os.pathsep.join(p for p in paths if p)


def main(argv: list[str]) -> None:
    root = COURSE_ROOT
    if argv[:1] == ["--root"]:
        root, argv = Path(argv[1]).resolve(), argv[2:]
    prepare_and_report(root)
    os.chdir(root)  # nbgrader's extension reads nbgrader_config.py from here
    _prepend("JUPYTER_CONFIG_PATH", JUPYTER_CONFIG)
    _prepend("JUPYTER_PATH", JUPYTER_DATA)
    command = lab_command(root, argv)
    os.execv(command[0], command)


if __name__ == "__main__":
    main(sys.argv[1:])

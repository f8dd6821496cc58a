"""Start JupyterLab on the course, the way `make lab` does.

    python -m fundamentos_aws.lab [--root DIR] [jupyter lab options...]

Prepares the working copies (mi_trabajo/), then starts JupyterLab on the course folder with
the welcome lesson open, and without the "news" prompt that would greet a new student.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from .workspace import COURSE_ROOT
from .workspace import main as prepare_and_report

WELCOME = "notebooks/00_bienvenida.ipynb"
# JupyterLab defaults for the course (no "get Jupyter news?" prompt, no update check), read
# from <config path>/labconfig/default_setting_overrides.json. The student can still change them.
JUPYTER_CONFIG = Path(__file__).resolve().parent / "jupyter_config"


def lab_command(course_root: Path, extra_args: list[str]) -> list[str]:
    """The command that starts JupyterLab on ``course_root`` with the welcome lesson open."""
    command = [sys.executable, "-m", "jupyterlab", f"--ServerApp.root_dir={course_root}",
               "--LabApp.news_url=None"]
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        command.append("--allow-root")  # containers often run as root; Jupyter refuses it
    return [*command, *extra_args, WELCOME]


def main(argv: list[str]) -> None:
    root = COURSE_ROOT
    if argv[:1] == ["--root"]:
        root, argv = Path(argv[1]).resolve(), argv[2:]
    prepare_and_report(root)
    os.chdir(root)  # nbgrader's extension reads nbgrader_config.py from here
    paths = [str(JUPYTER_CONFIG), os.environ.get("JUPYTER_CONFIG_PATH", "")]
    os.environ["JUPYTER_CONFIG_PATH"] = os.pathsep.join(p for p in paths if p)
    command = lab_command(root, argv)
    os.execv(command[0], command)


if __name__ == "__main__":
    main(sys.argv[1:])

"""A student's (or instructor's) JupyterLab on the hub: prepare their course folder, then
start ``jupyterhub-singleuser`` in it. The hub runs this as the user (Spawner.cmd).

~/fundamentos-aws/ is the user's course folder:
  notebooks/   their copy of the lessons (a new lesson is added; a copy is never replaced)
  mi_trabajo/  their working copies of the exercises, by fundamentos_aws.workspace, the same
               preparation as `make lab` (never overwrites their work)
  <tarea>/     what they fetch from the exchange (Nbgrader > Assignment List) and submit
"""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

FOLDER = "fundamentos-aws"


def prepare(course: Path, home: Path) -> Path:
    root = home / FOLDER
    root.mkdir(mode=0o700, exist_ok=True)
    os.environ["FUNDAMENTOS_AWS_WORK_DIR"] = str(root / "mi_trabajo")
    from fundamentos_aws.workspace import main as prepare_workspace

    prepare_workspace(course)
    lessons = root / "notebooks"
    lessons.mkdir(exist_ok=True)
    for lesson in sorted((course / "notebooks").glob("*.ipynb")):
        if not (lessons / lesson.name).exists():
            shutil.copyfile(lesson, lessons / lesson.name)
    for data in ("reference",):  # lessons link to the glossary
        if (course / data).is_dir() and not (root / data).exists():
            (root / data).symlink_to(course / data)
    return root


def main(argv: list[str]) -> None:
    course = Path(os.environ.get("FUNDAMENTOS_HUB_COURSE", "/srv/fundamentos-aws"))
    root = prepare(course, Path.home())
    os.chdir(root)  # nbgrader's Assignment List fetches here
    command = [str(Path(sys.executable).parent / "jupyterhub-singleuser"),
               f"--ServerApp.root_dir={root}", "--LabApp.news_url=None", *argv]
    os.execv(command[0], command)


if __name__ == "__main__":
    main(sys.argv[1:])

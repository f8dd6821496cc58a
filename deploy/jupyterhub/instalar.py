"""The course's folders on the hub server (setup.sh calls this as root; so does the test).

    python deploy/jupyterhub/instalar.py --repo /root/fundamentos-aws

- ajustes.course (/srv/fundamentos-aws): what students read: lessons, release/, the package,
  the virtual environment. Never source/ (solutions, hidden tests) or tests/ (its corpus has
  alternative solutions). Owned by root, world-readable, read-only.
- ajustes.grader_course (/home/grader-fundamentos-aws/fundamentos-aws): the instructors'
  course folder, a full copy owned by the grader account, mode 0750 with the instructors'
  group: source/, gradebook, submitted/, autograde/, feedback/ are unreadable to students.
  Beside its nbgrader_config.py, nbgrader_config.json points nbgrader at the hub's exchange.
- ajustes.exchange (/srv/nbgrader/exchange): nbgrader's exchange root, 0777 as nbgrader
  documents; nbgrader itself protects what is inside (release_assignment).
"""

from __future__ import annotations

import argparse
import grp
import json
import os
import pwd
import shutil
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from ajustes import Ajustes  # noqa: E402

# Student data and instructor-only material never copied into the students' course.
# Neither copy takes a checkout's own class data, environment or build trees.
NOT_COPIED = {".git", ".venv", "mi_trabajo", "exchange", "submitted", "autograde", "feedback",
              "informes", "downloaded", "gradebook.db", "grades.csv", "node_modules",
              "labextension", "__pycache__", ".pytest_cache", ".ruff_cache"}
NOT_FOR_STUDENTS = NOT_COPIED | {"source", "tests"}


def _ignore(names_out: set[str], assignments: list[str] | None):
    def ignore(folder: str, names: list[str]) -> set[str]:
        skip = {n for n in names if n in names_out}
        if assignments is not None and Path(folder).name in ("source", "release"):
            skip |= {n for n in names if n not in assignments}
        return skip
    return ignore


def student_course(repo: Path, dest: Path, assignments: list[str] | None = None) -> None:
    """Copy what students may read to ``dest``; root-owned, world-readable."""
    dest.mkdir(parents=True, exist_ok=True)
    shutil.copytree(repo, dest, ignore=_ignore(NOT_FOR_STUDENTS, assignments),
                    dirs_exist_ok=True, symlinks=True)
    for folder, _dirs, files in os.walk(dest):
        os.chmod(folder, 0o755)
        for name in files:
            path = os.path.join(folder, name)
            if not os.path.islink(path):
                os.chmod(path, 0o755 if os.access(path, os.X_OK) else 0o644)


def grader_course(a: Ajustes, repo: Path, venv: Path | None = None,
                  assignments: list[str] | None = None) -> None:
    """The instructors' course folder, owned by the grader, closed to everyone else."""
    dest = a.grader_course
    dest.mkdir(parents=True, exist_ok=True)
    shutil.copytree(repo, dest, ignore=_ignore(NOT_COPIED, assignments), dirs_exist_ok=True,
                    symlinks=True)
    venv = venv or a.python.parent.parent
    if not (dest / ".venv").exists():
        (dest / ".venv").symlink_to(venv)  # `make grade` here uses the course's environment
    (dest / "nbgrader_config.json").write_text(json.dumps(
        {"Exchange": {"root": str(a.exchange)}}, indent=1) + "\n")
    user = pwd.getpwnam(a.grader)
    group = grp.getgrnam(a.instructors_group).gr_gid
    for folder, dirs, files in os.walk(dest):
        os.lchown(folder, user.pw_uid, group)
        for name in dirs + files:
            os.lchown(os.path.join(folder, name), user.pw_uid, group)
    dest.chmod(0o2750)  # grader: all; instructors' group: read; students: nothing
    home = Path(user.pw_dir)
    if dest.parent == home:
        home.chmod(0o750)
        os.chown(home, user.pw_uid, group)


def exchange(a: Ajustes) -> None:
    a.exchange.mkdir(parents=True, exist_ok=True)
    a.exchange.chmod(0o777)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repo", type=Path, default=HERE.parents[1])
    args = parser.parse_args(argv)
    a = Ajustes.from_env()
    student_course(args.repo, a.course)
    grader_course(a, args.repo)
    exchange(a)
    subprocess.run(["chmod", "-R", "a+rX", str(a.course / ".venv")], check=False)
    print(f"curso para estudiantes: {a.course}\ncurso del profesorado: {a.grader_course}\n"
          f"intercambio: {a.exchange}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

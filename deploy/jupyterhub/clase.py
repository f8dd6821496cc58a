"""Add a class list to the hub: CSV -> OS users (students, instructors) + nbgrader students.

    python deploy/jupyterhub/clase.py clase.csv            # as root
    python deploy/jupyterhub/clase.py clase.csv --claves claves.csv

clase.csv (UTF-8, header row; `clave` optional):

    usuario,nombre,apellidos,rol,clave
    ana.garcia,Ana,García López,alumno,
    profe.ruiz,Marta,Ruiz,profe,

For each row: the OS user is created if missing (home 0700: nobody else reads it), added to
the students' or instructors' group (who may log in to the hub, who grades), given the
password of the `clave` column or a random one (written, with the user, to --claves, mode
0600, to hand out; existing users keep theirs); students are added to nbgrader's gradebook
(as the grader account, in the instructors' course folder). Then the firewall of the local
moto servers is rewritten (firewall.py). Running it again with the same list changes nothing.
A new student can log in at once; restart the hub (systemctl restart jupyterhub) so that
new instructors reach the formgrader.
"""

from __future__ import annotations

import argparse
import csv
import os
import pwd
import secrets
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from ajustes import Ajustes  # noqa: E402

ROLES = {"alumno": "students_group", "estudiante": "students_group",
         "profe": "instructors_group", "profesor": "instructors_group",
         "instructor": "instructors_group"}


def _run(*cmd: str, **kwargs) -> subprocess.CompletedProcess:
    return subprocess.run(cmd, check=True, capture_output=True, text=True, **kwargs)


def ensure_group(name: str) -> None:
    if subprocess.run(["getent", "group", name], capture_output=True).returncode != 0:
        _run("groupadd", name)


def ensure_user(name: str, full_name: str, group: str) -> bool:
    """Create ``name`` if missing (True if created) and put it in ``group``."""
    try:
        pwd.getpwnam(name)
        created = False
    except KeyError:
        _run("useradd", "--create-home", "--shell", "/bin/bash", "--comment", full_name, name)
        created = True
    _run("usermod", "--append", "--groups", group, name)
    os.chmod(pwd.getpwnam(name).pw_dir, 0o700)
    return created


def add_to_gradebook(a: Ajustes, rows: list[dict]) -> None:
    """nbgrader db student import (one process for the class), as the grader account, in
    the instructors' course folder."""
    env = {"PATH": f"{a.python.parent}:/usr/sbin:/usr/bin:/sbin:/bin", "LANG": "C.UTF-8",
           "HOME": pwd.getpwnam(a.grader).pw_dir}
    user = pwd.getpwnam(a.grader)
    with tempfile.NamedTemporaryFile("w", suffix=".csv", delete=False, encoding="utf-8",
                                     newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["id", "first_name", "last_name", "email"])
        for row in rows:
            writer.writerow([row["usuario"], row.get("nombre", ""), row.get("apellidos", ""),
                             row.get("correo", "")])
    try:
        os.chown(handle.name, user.pw_uid, user.pw_gid)
        _run("runuser", "-u", a.grader, "--", str(a.python), "-m", "nbgrader", "db", "student",
             "import", handle.name, cwd=a.grader_course, env=env)
    finally:
        os.unlink(handle.name)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("lista", type=Path)
    parser.add_argument("--claves", type=Path, help="where to write new users' passwords")
    parser.add_argument("--sin-cortafuegos", action="store_true",
                        help="do not rewrite the nftables table (firewall.py)")
    args = parser.parse_args(argv)
    if os.geteuid() != 0:
        parser.error("run it as root (it creates users)")
    a = Ajustes.from_env()
    with open(args.lista, encoding="utf-8-sig", newline="") as handle:
        rows = [{k.strip(): (v or "").strip() for k, v in row.items()}
                for row in csv.DictReader(handle)]
    for row in rows:
        if row.get("rol", "alumno").lower() not in ROLES or not row.get("usuario"):
            parser.error(f"row {row}: needs usuario and rol (alumno or profe)")
    ensure_group(a.students_group)
    ensure_group(a.instructors_group)
    passwords = []
    for row in rows:
        group = getattr(a, ROLES[row.get("rol", "alumno").lower()])
        full_name = f"{row.get('nombre', '')} {row.get('apellidos', '')}".strip()
        created = ensure_user(row["usuario"], full_name, group)
        if created or row.get("clave"):
            password = row.get("clave") or secrets.token_urlsafe(9)
            _run("chpasswd", input=f"{row['usuario']}:{password}\n")
            if not row.get("clave"):
                passwords.append((row["usuario"], password))
        print(f"{'nuevo' if created else 'ya existía'}: {row['usuario']} ({group})")
    students = [r for r in rows if ROLES[r.get("rol", "alumno").lower()] == "students_group"]
    if students and a.grader_course.is_dir():
        add_to_gradebook(a, students)
        print(f"libro de notas: {len(students)} estudiantes")
    if passwords and args.claves:
        args.claves.touch(mode=0o600)
        with open(args.claves, "a", encoding="utf-8", newline="") as out:
            csv.writer(out).writerows(passwords)
        print(f"claves nuevas en {args.claves} (entrégalas y bórralo)")
    if not args.sin_cortafuegos:
        from firewall import apply

        apply(a.members(a.students_group) + a.members(a.instructors_group))
        print("cortafuegos de los servidores moto locales actualizado")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""The hub's settings, one place: paths, users' groups, ports. Each has a default for a real
server (deploy/README.md) and can be changed with an environment variable (the test does).

Imported by jupyterhub_config.py, clase.py and singleuser.py.
"""

from __future__ import annotations

import grp
import os
from dataclasses import dataclass
from pathlib import Path

COURSE_ID = "fundamentos-aws"  # nbgrader's course id (the course's nbgrader_config.py)
# Ports 20000.. on 127.0.0.1 for the CLI lessons' local moto servers: PORTS_PER_USER each,
# by uid (uids 1000..5499), reachable only by their user (firewall.py).
FIRST_LOCAL_PORT = 20000
PORTS_PER_USER = 10


def _env(name: str, default: str) -> str:
    return os.environ.get(f"FUNDAMENTOS_HUB_{name}", default)


@dataclass(frozen=True)
class Ajustes:
    course: Path            # the course for students: read-only, without source/ (setup.sh)
    grader_course: Path     # the instructors' course folder: source/, gradebook, submitted/
    exchange: Path          # nbgrader's exchange root
    state: Path             # the hub's database and cookie secret
    grader: str             # OS user that owns grader_course and runs the formgrader service
    students_group: str     # OS groups: who may log in, and who grades
    instructors_group: str
    ip: str
    port: int
    hub_port: int
    proxy_api_port: int
    service_port: int

    @classmethod
    def from_env(cls) -> Ajustes:
        return cls(
            course=Path(_env("COURSE", "/srv/fundamentos-aws")),
            grader_course=Path(_env("GRADER_COURSE",
                                    "/home/grader-fundamentos-aws/fundamentos-aws")),
            exchange=Path(_env("EXCHANGE", "/srv/nbgrader/exchange")),
            state=Path(_env("STATE", "/srv/jupyterhub")),
            grader=_env("GRADER", "grader-fundamentos-aws"),
            students_group=_env("STUDENTS_GROUP", "fundamentos-alumnos"),
            instructors_group=_env("INSTRUCTORS_GROUP", "fundamentos-profes"),
            ip=_env("IP", ""),
            port=int(_env("PORT", "8000")),
            hub_port=int(_env("HUB_PORT", "8081")),
            proxy_api_port=int(_env("PROXY_API_PORT", "8001")),
            service_port=int(_env("SERVICE_PORT", "9999")),
        )

    @property
    def python(self) -> Path:
        """The course's virtual environment (setup.sh makes it; everyone uses this one)."""
        return Path(_env("PYTHON", str(self.course / ".venv" / "bin" / "python")))

    def members(self, group: str) -> list[str]:
        try:
            return sorted(grp.getgrnam(group).gr_mem)
        except KeyError:
            return []

    def environment(self) -> dict[str, str]:
        """What the hub passes on to every single-user server and to the formgrader."""
        here = Path(__file__).resolve().parent
        return {f"FUNDAMENTOS_HUB_{k}": str(v) for k, v in (
            ("COURSE", self.course), ("EXCHANGE", self.exchange), ("GRADER", self.grader),
        )} | {
            # deploy/jupyterhub/jupyter: nbgrader's global config (exchange, course id);
            # fundamentos_aws/jupyter_config: the course's JupyterLab defaults.
            "JUPYTER_CONFIG_PATH": os.pathsep.join(
                [str(here / "jupyter"), str(self.course / "fundamentos_aws" / "jupyter_config")]),
            "PATH": f"{self.python.parent}{os.pathsep}/usr/local/bin:/usr/bin:/bin",
        }


def local_ports(uid: int) -> tuple[int, int]:
    """The first and last port of a user's local moto servers (the CLI lessons)."""
    first = FIRST_LOCAL_PORT + (uid - 1000) * PORTS_PER_USER
    if uid < 1000 or first + PORTS_PER_USER - 1 > 65535:
        raise ValueError(f"uid {uid}: no local port range (uids 1000-5499)")
    return first, first + PORTS_PER_USER - 1

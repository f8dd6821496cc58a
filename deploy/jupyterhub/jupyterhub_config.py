"""JupyterHub for a class of «Fundamentos de AWS» on one server (deploy/README.md).

    jupyterhub -f deploy/jupyterhub/jupyterhub_config.py     # as root; setup.sh installs it

- Users are the machine's users (PAM): students in the group fundamentos-alumnos, instructors
  in fundamentos-profes (clase.py adds a class list). The hub runs as root so that each
  user's JupyterLab runs as that user (LocalProcessSpawner): files, exchange and course
  folder are protected by the operating system's permissions.
- Proxy: configurable-http-proxy (Debian's node-configurable-http-proxy, or npm's).
- Each user's server starts in ~/fundamentos-aws with their working copies (singleuser.py).
- The formgrader is the hub service ``fundamentos-aws`` (nbgrader's "one class, multiple
  graders"): jupyterhub-singleuser running as the grader account in the instructors' course
  folder; instructors reach it through the hub (group formgrade-fundamentos-aws), students
  cannot.
Paths and ports: ajustes.py (environment variables FUNDAMENTOS_HUB_*).
"""

import os
import pwd
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from ajustes import COURSE_ID, Ajustes, local_ports  # noqa: E402

a = Ajustes.from_env()
c = get_config()  # noqa: F821

# -- network: the proxy is the only public port ----------------------------------------------
c.JupyterHub.ip = a.ip
c.JupyterHub.port = a.port
c.JupyterHub.hub_ip = "127.0.0.1"
c.JupyterHub.hub_port = a.hub_port
c.ConfigurableHTTPProxy.api_url = f"http://127.0.0.1:{a.proxy_api_port}"
c.ConfigurableHTTPProxy.command = ["configurable-http-proxy"]
# Debian's node-configurable-http-proxy keeps its modules in /usr/share/nodejs; a Node.js
# from elsewhere (NodeSource) does not look there by itself.
os.environ.setdefault("NODE_PATH", "/usr/share/nodejs")
# HTTPS: put the certificate here, or a reverse proxy (nginx, Caddy) in front (README).
# c.JupyterHub.ssl_cert = "/etc/letsencrypt/live/<host>/fullchain.pem"
# c.JupyterHub.ssl_key = "/etc/letsencrypt/live/<host>/privkey.pem"

a.state.mkdir(mode=0o700, parents=True, exist_ok=True)
c.JupyterHub.db_url = f"sqlite:///{a.state / 'jupyterhub.sqlite'}"
c.JupyterHub.cookie_secret_file = str(a.state / "jupyterhub_cookie_secret")
c.ConfigurableHTTPProxy.pid_file = str(a.state / "jupyterhub-proxy.pid")
c.JupyterHub.cleanup_servers = True

# -- who: the machine's users, by group -------------------------------------------------------
students = a.members(a.students_group)
instructors = a.members(a.instructors_group)
c.JupyterHub.authenticator_class = "pam"
c.PAMAuthenticator.allowed_groups = {a.students_group, a.instructors_group}
c.Authenticator.allowed_users = set(students) | set(instructors)  # known to the hub at start
c.LocalAuthenticator.create_system_users = False  # clase.py creates them
c.Authenticator.admin_users = set()  # nobody reads another user's server through the hub

c.JupyterHub.load_groups = {
    f"formgrade-{COURSE_ID}": {"users": instructors},  # nbgrader: who grades this course
    f"nbgrader-{COURSE_ID}": {"users": students},      # nbgrader: who takes it
}
c.JupyterHub.load_roles = [
    {"name": f"formgrade-{COURSE_ID}", "groups": [f"formgrade-{COURSE_ID}"],
     "scopes": [f"access:services!service={COURSE_ID}", "list:services",
                f"read:services!service={COURSE_ID}"]},
    {"name": f"nbgrader-{COURSE_ID}", "groups": [f"nbgrader-{COURSE_ID}"],
     "scopes": ["list:services", f"read:services!service={COURSE_ID}"]},
    # nbgrader's course list asks the hub which courses its user grades.
    {"name": "server", "scopes": ["inherit"]},
]

# -- each user's JupyterLab ---------------------------------------------------------------------
c.JupyterHub.spawner_class = "localprocess"
c.Spawner.cmd = [str(a.python), str(HERE / "singleuser.py")]
c.Spawner.default_url = "/lab/tree/notebooks/00_bienvenida.ipynb"
c.Spawner.start_timeout = 120
c.Spawner.http_timeout = 120
c.LocalProcessSpawner.shell_cmd = []


def _local_ports(spawner) -> str:
    """The CLI lessons' moto servers bind here: only this user may connect (firewall.py)."""
    try:
        return "{}-{}".format(*local_ports(pwd.getpwnam(spawner.user.name).pw_uid))
    except (KeyError, ValueError):
        return ""


c.Spawner.environment = a.environment() | {"FUNDAMENTOS_AWS_LOCAL_PORTS": _local_ports}
# Stop servers idle for an hour (jupyterhub-idle-culler, if installed).
try:
    import jupyterhub_idle_culler  # noqa: F401
    c.JupyterHub.services = [{"name": "idle-culler",
                              "command": [sys.executable, "-m", "jupyterhub_idle_culler",
                                          "--timeout=3600"]}]
    c.JupyterHub.load_roles.append({"name": "idle-culler", "services": ["idle-culler"],
                                    "scopes": ["list:users", "read:users:activity",
                                               "read:servers", "delete:servers"]})
except ImportError:
    c.JupyterHub.services = []

# -- the formgrader: a hub service that runs as the grader account -----------------------------
try:
    grader_home = pwd.getpwnam(a.grader).pw_dir
except KeyError:  # not created yet (setup.sh creates it)
    grader_home = str(a.grader_course)
c.JupyterHub.services.append({
    "name": COURSE_ID,  # nbgrader: the service's name is the course id
    "url": f"http://127.0.0.1:{a.service_port}",
    "command": [str(a.python.parent / "jupyterhub-singleuser"),
                f"--ServerApp.root_dir={a.grader_course}"],
    "user": a.grader,
    "cwd": str(a.grader_course),
    "environment": a.environment() | {"JUPYTERHUB_DEFAULT_URL": "/lab/tree",
                                      "HOME": grader_home},
    "oauth_no_confirm": True,
    # JupyterHub 6 stops if the service is not up in time; a loaded machine needs > 30 s.
    "timeout": 180,
})

"""A class on a real JupyterHub (deploy/jupyterhub/): two students and one instructor as
real OS users, driven through the Hub's REST API and nbgrader's server extensions.

release -> both students fetch -> each submits a different answer -> the other student tries
to list, read, overwrite and impersonate a submission and fails (as that OS user, with
runuser, and through their own server) -> a link planted in a submission is not followed by
collect -> `make grade` -> both grades right -> feedback released, each student fetches only
their own. Also: the instructors' course folder is closed to students, PAM logs a student
in, and a student's local moto server cannot be reached by the other student.

Needs root (it creates users; CI runs as root), configurable-http-proxy and nftables
(tools/system-deps installs them). Everything it creates is removed at the end.
"""

from __future__ import annotations

import contextlib
import json
import os
import pwd
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import nbformat
import pytest
import requests
from course import REPO, submission_from

pytestmark = [pytest.mark.xdist_group("hub"), pytest.mark.timeout(600)]

A = "01_infraestructura_global"
NB = f"{A}_ejercicios.ipynb"
COURSE = "fundamentos-aws"
STUDENTS = ("fa-alumno1", "fa-alumno2")
INSTRUCTOR = "fa-profe"
GRADER = "fa-corrector"
GROUPS = ("fa-prueba-alumnos", "fa-prueba-profes")
TABLE = "fundamentos_aws_prueba"
DEPLOY = REPO / "deploy" / "jupyterhub"
sys.path.insert(0, str(DEPLOY))


def _why_not() -> str | None:
    if os.geteuid() != 0:
        return "needs root: it creates OS users (CI runs as root)"
    os.environ.setdefault("NODE_PATH", "/usr/share/nodejs")
    if not shutil.which("configurable-http-proxy"):
        return "configurable-http-proxy is missing (tools/system-deps installs it)"
    if not shutil.which("nft"):
        return "nft is missing (tools/system-deps installs nftables)"
    if not (Path(sys.executable).parent / "jupyterhub").exists():
        return "jupyterhub is not installed in the environment (requirements-dev.txt)"
    return None


def _shared_python(base: Path) -> Path:
    """A Python every test user can run, with this environment's packages.

    The suite's venv may be built on a Python under /root (pyenv), which other users cannot
    reach. Then: a venv from Debian's /usr/bin/python3 (same version) whose .pth adds this
    venv's site-packages, and copies of this venv's scripts pointing at it. A real server's
    venv (setup.sh) is built on /usr/bin/python3 and needs none of this.
    """
    real = Path(sys.executable).resolve()
    if all(os.stat(p).st_mode & 0o001 for p in real.parents):
        return Path(sys.executable)
    system = Path("/usr/bin/python3")
    version = subprocess.run([system, "-c", "import sys; print(sys.version_info[:2])"],
                             capture_output=True, text=True).stdout.strip()
    if version != str(sys.version_info[:2]):
        pytest.skip(f"{real} is not reachable by other users, and {system} is not "
                    f"Python {sys.version_info[:2]}")
    venv = base / "venv"
    subprocess.run([system, "-m", "venv", "--without-pip", venv], check=True)
    site = next((venv / "lib").glob("python3*/site-packages"))
    ours = [p for p in sys.path if p.endswith("site-packages")
            and Path(p).resolve().is_relative_to(Path(sys.prefix).resolve())]
    (site / "zz_fundamentos_aws.pth").write_text(
        "".join(f"import site; site.addsitedir({p!r})\n" for p in ours))
    for shared in ("etc", "share"):  # server extensions enabled, JupyterLab's assets
        if (Path(sys.prefix) / shared).is_dir():
            (venv / shared).symlink_to(Path(sys.prefix) / shared)
    for script in Path(sys.executable).parent.iterdir():
        if script.name.startswith("python") or not script.is_file():
            continue
        with contextlib.suppress(UnicodeDecodeError, OSError):
            first, _, rest = script.read_text().partition("\n")
            if first.startswith("#!") and "python" in first:
                (venv / "bin" / script.name).write_text(f"#!{venv / 'bin' / 'python'}\n{rest}")
                (venv / "bin" / script.name).chmod(0o755)
    for folder, _, _ in os.walk(venv):
        os.chmod(folder, 0o755)
    (venv / ".runtime-installed").touch()  # `make grade` in the course: nothing to install
    return venv / "bin" / "python"


def _free_ports(n: int) -> list[int]:
    sockets = [socket.socket() for _ in range(n)]
    for s in sockets:
        s.bind(("127.0.0.1", 0))
    ports = [s.getsockname()[1] for s in sockets]
    for s in sockets:
        s.close()
    return ports


def _as(user: str, *cmd: str, cwd: str | Path = "/", **kwargs) -> subprocess.CompletedProcess:
    """Run ``cmd`` as the OS user ``user`` (runuser), with a plain login-like environment."""
    home = pwd.getpwnam(user).pw_dir
    env = {"HOME": home, "USER": user, "LOGNAME": user, "LANG": "C.UTF-8",
           "PATH": f"{Path(os.environ.get('FUNDAMENTOS_HUB_PYTHON', sys.executable)).parent}:"
                   "/usr/sbin:/usr/bin:/sbin:/bin"} | kwargs.pop("env", {})
    return subprocess.run(["runuser", "-u", user, "--", *cmd], cwd=cwd, env=env,
                          capture_output=True, text=True, timeout=kwargs.pop("timeout", 300),
                          **kwargs)


def _remove_users() -> None:
    for user in (*STUDENTS, INSTRUCTOR, GRADER):
        try:
            uid = pwd.getpwnam(user).pw_uid
        except KeyError:
            continue
        for pid in _pids_of(uid):
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)
        subprocess.run(["userdel", "--remove", user], capture_output=True)
    for group in GROUPS:
        subprocess.run(["groupdel", group], capture_output=True)


def _pids_of(uid: int) -> list[int]:
    """Processes of a test user (only ever started by this test)."""
    pids = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            with contextlib.suppress(OSError):
                if entry.stat().st_uid == uid:
                    pids.append(int(entry.name))
    return pids


class Hub:
    def __init__(self, url: str, token: str):
        self.url = url
        self.admin = {"Authorization": f"token {token}"}
        self.tokens: dict[str, str] = {}

    def api(self, method: str, path: str, **kwargs) -> requests.Response:
        return requests.request(method, f"{self.url}/hub/api{path}", headers=self.admin,
                                timeout=60, **kwargs)

    def token_for(self, user: str) -> str:
        if user not in self.tokens:
            answer = self.api("POST", f"/users/{user}/tokens", json={"note": "prueba"})
            assert answer.status_code in (200, 201), answer.text
            self.tokens[user] = answer.json()["token"]
        return self.tokens[user]

    def as_user(self, user: str, method: str, path: str, **kwargs) -> requests.Response:
        """An HTTP call through the proxy with ``user``'s API token."""
        headers = {"Authorization": f"token {self.token_for(user)}"}
        return requests.request(method, f"{self.url}{path}", headers=headers, timeout=120,
                                allow_redirects=False, **kwargs)

    def spawn(self, user: str) -> None:
        """Ask the hub to start ``user``'s server (it starts in the background)."""
        answer = self.api("POST", f"/users/{user}/server")
        assert answer.status_code in (201, 202), answer.text

    def wait_ready(self, user: str) -> None:
        deadline = time.monotonic() + 240
        while time.monotonic() < deadline:
            model = self.api("GET", f"/users/{user}").json()
            server = model.get("servers", {}).get("")
            if server and server.get("ready"):
                return
            time.sleep(0.5)
        raise AssertionError(f"{user}'s server did not start: {model}")


def _ok(answer: requests.Response) -> dict:
    assert answer.status_code == 200, f"{answer.status_code} {answer.text[:2000]}"
    body = answer.json()
    assert not isinstance(body, dict) or body.get("success", True), json.dumps(body)[:4000]
    return body


@pytest.fixture
def hub(tmp_path):
    reason = _why_not()
    if reason:
        if os.environ.get("CI") and os.geteuid() == 0:
            pytest.fail(reason)
        pytest.skip(reason)
    from ajustes import Ajustes
    from clase import main as import_class
    from firewall import remove as remove_firewall
    from instalar import exchange, grader_course, student_course

    _remove_users()  # a previous run killed half-way
    base = Path(tempfile.mkdtemp(prefix="fundamentos-hub-"))  # not pytest's 0700 tmp
    base.chmod(0o755)
    port, hub_port, api_port, service_port = _free_ports(4)
    settings = {
        "COURSE": base / "srv" / "fundamentos-aws",
        "GRADER_COURSE": base / "home" / GRADER / "fundamentos-aws",
        "EXCHANGE": base / "srv" / "nbgrader" / "exchange",
        "STATE": base / "srv" / "jupyterhub",
        "GRADER": GRADER, "STUDENTS_GROUP": GROUPS[0], "INSTRUCTORS_GROUP": GROUPS[1],
        "IP": "127.0.0.1", "PORT": port, "HUB_PORT": hub_port, "PROXY_API_PORT": api_port,
        "SERVICE_PORT": service_port, "PYTHON": sys.executable, "NFT_TABLE": TABLE,
    }
    env = {f"FUNDAMENTOS_HUB_{k}": str(v) for k, v in settings.items()}
    os.environ.update(env)
    process = None
    try:
        (base / "home").mkdir()
        (base / "home").chmod(0o755)
        subprocess.run(["useradd", "--create-home", "--home-dir", str(base / "home" / GRADER),
                        "--shell", "/usr/sbin/nologin", GRADER], check=True)
        python = _shared_python(base)
        os.environ["FUNDAMENTOS_HUB_PYTHON"] = env["FUNDAMENTOS_HUB_PYTHON"] = str(python)
        a = Ajustes.from_env()
        student_course(REPO, a.course, assignments=[A])
        # The class list: OS users, groups, nbgrader students, firewall (deploy's clase.py).
        roster = base / "clase.csv"
        roster.write_text("usuario,nombre,apellidos,rol,clave\n"
                          f"{STUDENTS[0]},Ana,Uno,alumno,\n{STUDENTS[1]},Beto,Dos,alumno,\n"
                          f"{INSTRUCTOR},Marta,Profe,profe,\n")
        import_class([str(roster), "--sin-cortafuegos", "--claves", str(base / "claves.csv")])
        grader_course(a, REPO, venv=python.parents[1], assignments=[A])
        exchange(a)
        import_class([str(roster)])  # again, now with the gradebook and firewall: idempotent
        token = secrets.token_hex(16)
        config = base / "jupyterhub_config.py"
        config.write_text(
            f"load_subconfig({str(DEPLOY / 'jupyterhub_config.py')!r})\n"
            "c = get_config()\n"
            "c.JupyterHub.services.append({'name': 'prueba', "
            f"'api_token': {token!r}}})\n"
            "c.JupyterHub.load_roles.append({'name': 'admin', 'services': ['prueba']})\n")
        log = open(base / "jupyterhub.log", "w")
        hub_env = {k: v for k, v in os.environ.items() if not k.startswith("AWS_")}
        process = subprocess.Popen([str(python.parent / "jupyterhub"), "-f",
                                    str(config)], cwd=a.state.parent, env=hub_env,
                                   stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
        url = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 240
        while True:
            try:
                if requests.get(f"{url}/hub/api", timeout=5).status_code == 200:
                    break
            except requests.RequestException:
                pass
            assert process.poll() is None and time.monotonic() < deadline, \
                (base / "jupyterhub.log").read_text()[-5000:]
            time.sleep(0.3)
        yield Hub(url, token), a, base
    finally:
        if process is not None:
            os.killpg(process.pid, signal.SIGTERM)
            try:
                process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                os.killpg(process.pid, signal.SIGKILL)
        if os.environ.get("FUNDAMENTOS_HUB_KEEP_LOG") and (base / "jupyterhub.log").exists():
            shutil.copy(base / "jupyterhub.log", os.environ["FUNDAMENTOS_HUB_KEEP_LOG"])
        remove_firewall(TABLE)
        _remove_users()
        for key in env:
            os.environ.pop(key, None)
        shutil.rmtree(base, ignore_errors=True)


def test_a_class_on_jupyterhub(hub):
    hub, a, base = hub
    started = time.monotonic()
    steps: list[str] = []

    def step(name: str) -> None:
        steps.append(f"{time.monotonic() - started:6.1f} s  {name}")

    one, two = STUDENTS
    source = nbformat.read(REPO / "source" / A / NB, as_version=4)
    inbound = a.exchange / COURSE / "inbound"
    service = f"/services/{COURSE}"

    for student in STUDENTS:  # their servers start while the instructor works
        hub.spawn(student)

    # PAM: a student logs in to the hub with the password from the class list.
    password = dict(line.split(",") for line in
                    (base / "claves.csv").read_text().split())[one]
    browser = requests.Session()
    browser.get(f"{hub.url}/hub/login", timeout=30)
    form = {"username": one, "password": password, "_xsrf": browser.cookies.get("_xsrf", "")}
    assert browser.post(f"{hub.url}/hub/login", data=form, allow_redirects=False,
                        timeout=60).status_code == 302
    form["password"] = "wrong"
    assert browser.post(f"{hub.url}/hub/login", data=form, allow_redirects=False,
                        timeout=60).status_code != 302
    step("PAM login")

    # The formgrader is a hub service for instructors only.
    assert hub.as_user(one, "GET", f"{service}/formgrader/api/assignments").status_code in \
        (302, 403)
    _ok(hub.as_user(INSTRUCTOR, "GET", f"{service}/formgrader/api/assignments"))
    _ok(hub.as_user(INSTRUCTOR, "POST", f"{service}/formgrader/api/assignment/{A}/assign"))
    _ok(hub.as_user(INSTRUCTOR, "POST", f"{service}/formgrader/api/assignment/{A}/release"))
    step("instructor: generate + release through the formgrader service")

    for student in STUDENTS:
        hub.wait_ready(student)
    step("both students' servers started")
    # Their course folder is ready: working copies and lessons (the `make lab` preparation).
    listing = _ok(hub.as_user(one, "GET", f"/user/{one}/api/contents/mi_trabajo/{A}"))
    assert NB in {item["name"] for item in listing["content"]}
    assert hub.as_user(two, "GET", f"/user/{one}/api/contents/").status_code in (302, 403)

    answers = {one: {}, two: {"ej1-respuesta": "raise NotImplementedError()"}}
    for student in STUDENTS:
        listed = _ok(hub.as_user(student, "GET", f"/user/{student}/assignments",
                                 params={"course_id": COURSE}))
        assert [x["assignment_id"] for x in listed["value"]] == [A]
        _ok(hub.as_user(student, "POST", f"/user/{student}/assignments/fetch",
                        data={"course_id": COURSE, "assignment_id": A}))
        fetched = _ok(hub.as_user(student, "GET", f"/user/{student}/api/contents/{A}/{NB}"))
        nb, _ = submission_from(nbformat.from_dict(fetched["content"]), source,
                                answers[student])
        _ok(hub.as_user(student, "PUT", f"/user/{student}/api/contents/{A}/{NB}",
                        json={"type": "notebook", "format": "json", "content": nb}))
    step("both fetched and answered")

    # Beto (two) first hands in a submission with a link planted in it, to the instructors'
    # solutions; collect must copy the link, never what it points to. Then his real one.
    _ok(hub.as_user(two, "POST", f"/user/{two}/assignments/submit",
                    data={"course_id": COURSE, "assignment_id": A}))
    (first,) = [p for p in inbound.iterdir() if p.name.startswith(f"{two}+")]
    secret = a.grader_course / "source" / A / NB
    made = _as(two, "ln", "-s", str(secret), str(first / "solucion.ipynb"))
    assert made.returncode == 0, made.stderr
    _ok(hub.as_user(INSTRUCTOR, "POST", f"{service}/formgrader/api/assignment/{A}/collect"))
    planted = a.grader_course / "submitted" / two / A / "solucion.ipynb"
    assert planted.is_symlink(), "collect copied what the link points to"
    time.sleep(1.1)  # submissions are told apart by their timestamp
    for student in STUDENTS:
        _ok(hub.as_user(student, "POST", f"/user/{student}/assignments/submit",
                        data={"course_id": COURSE, "assignment_id": A}))
    step("submitted (one with a planted link, collected as a link)")

    # Beto now tries to cheat on Ana's submission, as his OS user.
    (genuine,) = [p for p in inbound.iterdir() if p.name.startswith(f"{one}+")]
    attempts = {
        "list inbound": _as(two, "ls", str(inbound)),
        "list her submission": _as(two, "ls", str(genuine)),
        "read her notebook": _as(two, "cat", str(genuine / NB)),
        "overwrite her notebook": _as(two, "cp", "/etc/hostname", str(genuine / NB)),
        "add a file to it": _as(two, "touch", str(genuine / "extra.ipynb")),
        "remove it": _as(two, "rm", "-rf", str(genuine)),
        "move it away": _as(two, "mv", str(genuine), str(inbound / f"{one}+{A}+x+y")),
        "nbgrader list --inbound": _as(two, "nbgrader", "list", "--inbound",
                                       cwd=pwd.getpwnam(two).pw_dir,
                                       env={"JUPYTER_CONFIG_PATH": str(DEPLOY / "jupyter"),
                                            "FUNDAMENTOS_HUB_EXCHANGE": str(a.exchange)}),
        "read the instructors' folder": _as(two, "ls", str(a.grader_course)),
        "read the gradebook": _as(two, "cat", str(a.grader_course / "gradebook.db")),
        "read the solutions": _as(two, "cat", str(secret)),
        "read Ana's home": _as(two, "ls", pwd.getpwnam(one).pw_dir),
    }
    report = {k: (v.returncode, (v.stderr or v.stdout).strip()[:160]) for k, v in
              attempts.items()}
    print(json.dumps(report, indent=1, ensure_ascii=False))
    listed = attempts.pop("nbgrader list --inbound")  # nbgrader lists what it can: nothing
    assert one not in listed.stdout + listed.stderr, listed.stderr
    refused = ("Permission denied", "Operation not permitted")  # the latter: sticky inbound/
    for what, done in attempts.items():
        assert done.returncode != 0 and any(r in done.stderr for r in refused), \
            (what, report[what])
    assert genuine.is_dir() and (genuine / NB).is_file()
    # ... and as Ana, submitting in her name (nbgrader submit --student=fa-alumno1).
    forged = _as(two, "nbgrader", "submit", A, f"--student={one}",
                 cwd=Path(pwd.getpwnam(two).pw_dir) / "fundamentos-aws",
                 env={"JUPYTER_CONFIG_PATH": str(DEPLOY / "jupyter"),
                      "FUNDAMENTOS_HUB_EXCHANGE": str(a.exchange),
                      "FUNDAMENTOS_HUB_COURSE": str(a.course)})
    assert forged.returncode == 0, forged.stderr[-2000:]  # it lands in inbound/ ...
    # ... through his own server: only his own submissions, nothing outside his folder.
    assert hub.as_user(two, "GET", f"/user/{two}/api/contents/../../{inbound}").status_code \
        in (400, 403, 404)
    assert hub.as_user(two, "GET", f"/user/{one}/api/contents/{A}/{NB}").status_code in \
        (302, 403)
    step("cheating attempts refused")

    _ok(hub.as_user(INSTRUCTOR, "POST", f"{service}/formgrader/api/assignment/{A}/collect"))
    submitted = a.grader_course / "submitted"
    assert sorted(p.name for p in submitted.iterdir()) == sorted(STUDENTS)
    link = submitted / two / A / "solucion.ipynb"
    assert not link.is_symlink() and not link.exists()  # his newer, clean submission
    collected = nbformat.read(submitted / one / A / NB, as_version=4)
    assert "NotImplementedError" not in "".join(  # hers, not the impostor's (his answers)
        c.source for c in collected.cells if c.metadata.get("nbgrader", {}).get("solution"))
    step("instructor: collect (the impostor's submission refused)")

    # `make grade` in the instructors' folder. On a real server the grader account runs it
    # (deploy/README.md); here root does, with the suite's own Python (BIN=): the test's
    # bridge Python (Debian's 3.11.2 running this venv's packages) breaks soupsieve in the
    # feedback step. Root grades with the sandbox's own unprivileged uid (README).
    graded = subprocess.run(["make", "grade", f"A={A}", f"BIN={Path(sys.executable).parent}"],
                            cwd=a.grader_course, capture_output=True, text=True, timeout=600,
                            env={k: v for k, v in os.environ.items()
                                 if not k.startswith(("AWS_", "FUNDAMENTOS_HUB_"))})
    subprocess.run(["chown", "-R", f"{GRADER}:", a.grader_course], check=True)
    results = a.grader_course / "informes" / A / "resultados.json"
    assert results.exists(), graded.stdout[-3000:] + graded.stderr[-3000:]
    outcomes = {o["student"]: o for o in json.loads(results.read_text())}
    assert {s: (o["status"], o["score"]) for s, o in outcomes.items()} == {
        one: ("ok", 22.0), two: ("ok", 18.0)}, \
        json.dumps(outcomes, indent=1) + graded.stdout[-4000:] + graded.stderr[-4000:]
    assert graded.returncode == 0, graded.stdout[-3000:] + graded.stderr[-3000:]
    step("make grade (as root here; the grader account on a real server)")

    _ok(hub.as_user(INSTRUCTOR, "POST",
                    f"{service}/formgrader/api/assignment/{A}/release_feedback"))
    for student, score in ((one, "22"), (two, "18")):
        _ok(hub.as_user(student, "POST", f"/user/{student}/assignments/fetch_feedback",
                        data={"course_id": COURSE, "assignment_id": A}))
        home = Path(pwd.getpwnam(student).pw_dir) / "fundamentos-aws"
        pages = list((home / A / "feedback").rglob("*.html"))
        assert pages, f"{student} got no feedback"
        other = STUDENTS[1 - STUDENTS.index(student)]
        for page in (p.read_text() for p in pages):
            assert f"(Score: {score}.0 / " in page
            assert other not in page
    listed = _as(two, "ls", str(a.exchange / COURSE / "feedback"))
    assert listed.returncode != 0 and "ermission denied" in listed.stderr, listed
    step("feedback released; each student fetched only their own")

    # Every student's moto stays theirs: Ana's local moto server (her port range) answers
    # her and refuses Beto.
    from ajustes import local_ports

    first_port, _ = local_ports(pwd.getpwnam(one).pw_uid)
    server = subprocess.Popen(
        ["runuser", "-u", one, "--", a.python, "-c",
         "import time; from fundamentos_aws.local_aws import start_local_server; "
         f"s = start_local_server(port={first_port}); print(s.endpoint_url, flush=True); "
         "time.sleep(120)"],
        stdout=subprocess.PIPE, text=True,
        env={"PATH": "/usr/sbin:/usr/bin:/sbin:/bin", "HOME": "/tmp"})
    try:
        assert server.stdout.readline().strip().endswith(f":{first_port}")
        reset = [str(a.python), "-c",
                 "import urllib.request as u; print(u.urlopen(u.Request("
                 f"'http://127.0.0.1:{first_port}/moto-api/reset', method='POST'), "
                 "timeout=10).status)"]
        hers, his = _as(one, *reset), _as(two, *reset)
        assert hers.stdout.strip() == "200", hers
        # The firewall answers his SYN with a TCP reset: "Connection refused", while she, on
        # the same port a moment before, got her server's answer.
        assert his.returncode != 0 and "Connection refused" in his.stderr, his.stderr[-500:]
    finally:
        server.kill()
        server.wait()
    step("local moto server: another student cannot reach or reset it")
    print("\n".join(steps))
    assert time.monotonic() - started < 600

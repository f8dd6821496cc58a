#!/usr/bin/env bash
# JupyterHub for a class of «Fundamentos de AWS» on a fresh Debian 12 server, as root:
#     sudo make hub          (or: sudo deploy/jupyterhub/setup.sh)
# Then add the class:  sudo /srv/fundamentos-aws/.venv/bin/python \
#     /srv/fundamentos-aws/deploy/jupyterhub/clase.py clase.csv --claves claves.csv
# Run it again after `git pull` to update the course: students' work is never touched, and the
# instructors' folder keeps its gradebook and submissions. deploy/README.md explains it all.
set -euo pipefail
[ "$(id -u)" = 0 ] || { echo "setup.sh: run it as root (sudo make hub)" >&2; exit 1; }
REPO=$(cd "$(dirname "$0")/../.." && pwd)
COURSE=${FUNDAMENTOS_HUB_COURSE:-/srv/fundamentos-aws}
GRADER=${FUNDAMENTOS_HUB_GRADER:-grader-fundamentos-aws}
STUDENTS=${FUNDAMENTOS_HUB_STUDENTS_GROUP:-fundamentos-alumnos}
INSTRUCTORS=${FUNDAMENTOS_HUB_INSTRUCTORS_GROUP:-fundamentos-profes}

echo "1/6 paquetes de Debian"
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
  python3 python3-venv make git bubblewrap util-linux iproute2 nftables \
  node-configurable-http-proxy >/dev/null

echo "2/6 grupos y cuenta de corrección ($GRADER)"
getent group "$STUDENTS" >/dev/null || groupadd "$STUDENTS"
getent group "$INSTRUCTORS" >/dev/null || groupadd "$INSTRUCTORS"
id "$GRADER" >/dev/null 2>&1 || useradd --system --create-home --home-dir "/home/$GRADER" \
  --shell /usr/sbin/nologin --gid "$INSTRUCTORS" "$GRADER"

echo "3/6 carpetas del curso y del intercambio"
python3 "$REPO/deploy/jupyterhub/instalar.py" --repo "$REPO"

echo "4/6 entorno de Python en $COURSE/.venv (unos minutos la primera vez)"
[ -x "$COURSE/.venv/bin/python" ] || python3 -m venv "$COURSE/.venv"
(cd "$COURSE" && .venv/bin/pip install --quiet --upgrade pip \
  && .venv/bin/pip install --quiet -r deploy/jupyterhub/requirements.txt)
touch "$COURSE/.venv/.runtime-installed"  # `make grade` in the instructors' folder: ready
chmod -R a+rX "$COURSE/.venv"

echo "5/6 servicio jupyterhub (systemd)"
mkdir -p /srv/jupyterhub && chmod 700 /srv/jupyterhub
cat > /etc/systemd/system/jupyterhub.service <<UNIT
[Unit]
Description=JupyterHub del curso Fundamentos de AWS
After=network-online.target

[Service]
User=root
WorkingDirectory=/srv/jupyterhub
Environment=PATH=$COURSE/.venv/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin
Environment=NODE_PATH=/usr/share/nodejs
ExecStartPre=$COURSE/.venv/bin/python $COURSE/deploy/jupyterhub/firewall.py
ExecStart=$COURSE/.venv/bin/jupyterhub -f $COURSE/deploy/jupyterhub/jupyterhub_config.py
Restart=on-failure

[Install]
WantedBy=multi-user.target
UNIT
if [ -d /run/systemd/system ]; then
  systemctl daemon-reload
  systemctl enable --quiet jupyterhub
  systemctl restart jupyterhub
  echo "6/6 JupyterHub en marcha: http://$(hostname -f):8000 (pon HTTPS delante: deploy/README.md)"
else
  echo "6/6 sin systemd: arráncalo con"
  echo "    cd /srv/jupyterhub && NODE_PATH=/usr/share/nodejs $COURSE/.venv/bin/jupyterhub -f $COURSE/deploy/jupyterhub/jupyterhub_config.py"
fi

# The course's commands. A fresh clone needs only python3 (3.11+) and make.
#   make lab      set up, prepare your working copies, start JupyterLab (students)
#   make test     set up (Python and Debian packages) and run the whole test suite (CI runs this)
#   make release  regenerate release/ from source/ with nbgrader (instructors, authors)
#   make grade A=01_infraestructura_global   grade a class (instructors; STEPS=autograde,...)
#   make grade A=... SHARD=1/2                machine 1 of 2 grades its half (shared gradebook)
#   make hub      as root on a Debian server: JupyterHub for a class (deploy/README.md)
#   make bench    grading benchmark: stock nbgrader vs make grade on a generated class

PYTHON ?= python3
VENV   := .venv
BIN    := $(CURDIR)/$(VENV)/bin
# nbgrader runs `alembic` and `jupyter` from PATH: the venv's bin/ must come first.
export PATH := $(BIN):$(PATH)

ASSIGNMENTS := $(notdir $(wildcard source/[0-9][0-9]_*))

.PHONY: lab test system-deps release clean-notebooks lint progreso bench-student grade bench hub directorio

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(VENV)/.runtime-installed: requirements.txt pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -r requirements.txt
	touch $@

$(VENV)/.dev-installed: requirements-dev.txt $(VENV)/.runtime-installed
	$(BIN)/python -m pip install --quiet -r requirements-dev.txt
	touch $@

system-deps:
	@./tools/system-deps

lab: $(VENV)/.runtime-installed
	$(BIN)/python -m fundamentos_aws.lab $(LAB_ARGS)

# Debian packages first (bubblewrap, PostgreSQL, Chromium...): installed as root with apt-get,
# otherwise one line says what to install and nothing runs.
test: system-deps $(VENV)/.dev-installed
	$(BIN)/python -m pytest -n auto --dist loadgroup $(PYTEST_ARGS)

release: $(VENV)/.runtime-installed
	@for a in $(ASSIGNMENTS); do \
	  $(BIN)/nbgrader generate_assignment "$$a" --force --log-level=WARN || exit 1; \
	done
	@echo "release/ regenerated from source/ for: $(ASSIGNMENTS)"

# Steps: autograde (parallel, sandboxed), feedback, export, report. WORKERS defaults to cores.
# SHARD=I/N grades shard I of N (autograde and feedback of its students; export and report
# run once afterwards, without SHARD). STEPS defaults to every step, or to a shard's two.
STEPS   ?= $(if $(SHARD),autograde$(comma)feedback,autograde$(comma)feedback$(comma)export$(comma)report)
WORKERS ?=
SHARD   ?=
comma   := ,
grade: $(VENV)/.runtime-installed
	@test -n "$(A)" || { echo "usage: make grade A=<assignment> [STEPS=autograde,feedback,export,report] [SHARD=I/N]"; exit 1; }
	$(BIN)/python -m fundamentos_aws.grading "$(A)" --steps "$(STEPS)" $(if $(WORKERS),--workers $(WORKERS)) $(if $(SHARD),--shard $(SHARD))

# As root on a fresh Debian machine: JupyterHub for a class (deploy/README.md).
hub:
	./deploy/jupyterhub/setup.sh

bench: $(VENV)/.dev-installed
	$(BIN)/python benchmarks/grading.py $(BENCH_ARGS)

clean-notebooks: $(VENV)/.runtime-installed
	$(BIN)/python -m fundamentos_aws.notebooks fix notebooks source

lint: $(VENV)/.dev-installed
	$(BIN)/ruff check .

# The employee directory of the final project (module 12) on the local AWS: moto server on
# 127.0.0.1, the student's stack (mi_trabajo/12_proyecto_directorio/directorio_estudiante.py)
# or the course's reference one, the app on PORT (default 8000). Ctrl+C stops both.
directorio: $(VENV)/.runtime-installed
	cd "$(CURDIR)" && $(BIN)/python -m directorio

progreso: $(VENV)/.runtime-installed
	$(BIN)/python -m fundamentos_aws.progress

bench-student: $(VENV)/.dev-installed
	$(BIN)/python benchmarks/student_feedback.py

"""Sharded grading: `make grade SHARD=I/N` on several machines, one shared gradebook.

Two shards run AT ONCE against the real PostgreSQL server of tests/test_postgres.py, on a
gradebook that does not know the assignment yet (both would create its rows: the gradebook
lock makes one of them do it). The class's gradebook, statuses, reasons and reports must then
equal those of one machine grading everybody.
"""

from __future__ import annotations

import csv
import json
import shutil
import subprocess
import sys
import time
from pathlib import Path

import nbformat
import pytest
from course import REPO, clean_env, offline_prefix, run, submission_from
from test_postgres import postgres  # noqa: F401 (the fixture: a throwaway PostgreSQL server)

from fundamentos_aws.grading.pipeline import in_shard, parse_shard, shard_of

A = "01_infraestructura_global"
NB = f"{A}_ejercicios.ipynb"
NOT_DONE = "raise NotImplementedError()"
# Shard of each id for N=2 (a sha256 of the id): ana, beto, dani -> 1; carla, juan, lola -> 2.
CLASS = {
    "ana": {},                                  # everything solved
    "beto": None,                               # the release notebook as fetched
    "dani": "not json",                         # a broken file: status error
    "carla": {"ej1-respuesta": NOT_DONE},       # all but exercise 1 (and a test that uses it)
    "juan": {"ej2-respuesta": NOT_DONE, "ej8-respuesta": NOT_DONE},
    "lola": None,
}


def test_shards_are_disjoint_stable_and_cover_the_class():
    students = [f"alumno{i:03d}" for i in range(200)]
    for count in (1, 2, 3, 7):
        parts = [in_shard(students, i, count) for i in range(1, count + 1)]
        assert sorted(s for part in parts for s in part) == students  # each exactly once
        # Stable: a student's shard does not depend on who else is in the class, or the order.
        assert in_shard(list(reversed(students[:50])), 1, count) == \
            list(reversed([s for s in students[:50] if s in parts[0]]))
        if count > 1:
            assert all(len(part) > 200 / count / 2 for part in parts)  # roughly even
    assert [shard_of(s, 2) for s in CLASS] == [1, 1, 1, 2, 2, 2]
    assert parse_shard("2/3") == (2, 3)
    for bad in ("0/2", "3/2", "1", "a/b"):
        with pytest.raises(ValueError):
            parse_shard(bad)


def _course(root: Path, db_url: str) -> Path:
    (root / "source").mkdir(parents=True)
    shutil.copytree(REPO / "source" / A, root / "source" / A)
    config = (REPO / "nbgrader_config.py").read_text()
    (root / "nbgrader_config.py").write_text(config + f"\nc.CourseDirectory.db_url = {db_url!r}\n")
    release = nbformat.read(REPO / "release" / A / NB, as_version=4)
    source = nbformat.read(REPO / "source" / A / NB, as_version=4)
    for student, answers in CLASS.items():
        folder = root / "submitted" / student / A
        folder.mkdir(parents=True)
        if answers is None:
            nbformat.write(release, folder / NB)
        elif isinstance(answers, str):
            (folder / NB).write_text(answers)
        else:
            nbformat.write(submission_from(release, source, answers)[0], folder / NB)
    return root


def _grade(root: Path, *args: str) -> list[str]:
    return [sys.executable, "-m", "fundamentos_aws.grading", A, "--course", str(root),
            "--no-progress", *args]


def _gradebook(db_url: str) -> dict:
    from nbgrader.api import Gradebook

    with Gradebook(db_url) as gb:
        students = sorted(s.id for s in gb.students)
        cells = {}
        for submission in gb.assignment_submissions(A):
            for notebook in submission.notebooks:
                for grade in notebook.grades:
                    cells[(submission.student.id, grade.name)] = (
                        grade.auto_score, grade.manual_score, grade.max_score,
                        grade.needs_manual_grade)
        return {"students": students, "assignments": [a.name for a in gb.assignments],
                "cells": cells}


def _reports(root: Path) -> dict:
    folder = root / "informes" / A
    outcomes = json.loads((folder / "resultados.json").read_text())
    for outcome in outcomes:
        outcome.pop("seconds")
    with open(folder / "notas.csv", encoding="utf-8") as rows:
        notas = list(csv.reader(rows))
    return {"outcomes": outcomes, "notas": notas, "celdas": (folder / "celdas.csv").read_text(),
            "feedback": sorted(p.relative_to(root / "feedback").as_posix()
                               for p in (root / "feedback").rglob("*.html")),
            "files": sorted(p.name for p in folder.iterdir())}


def test_two_shards_at_once_equal_one_machine(postgres, tmp_path):  # noqa: F811
    sharded_db = postgres
    single_db = postgres.replace("/gradebook?", "/gradebook_single?")
    host = postgres.split("host=")[1]
    subprocess.run([*(["setpriv", "--reuid=postgres", "--regid=postgres", "--init-groups"]
                      if shutil.which("setpriv") and __import__("os").geteuid() == 0 else []),
                    *sorted(Path("/usr/lib/postgresql").glob("*/bin/createdb"))[-1:],
                    "-h", host, "-U", "postgres", "gradebook_single"], check=True,
                   capture_output=True)

    single = _course(tmp_path / "una_maquina", single_db)
    done = run(_grade(single), single, single)
    assert done.returncode == 2, done.stdout[-3000:] + done.stderr[-3000:]  # dani: error

    sharded = _course(tmp_path / "dos_maquinas", sharded_db)
    start = time.monotonic()
    shards = [subprocess.Popen([*(offline_prefix() or []),
                                *_grade(sharded, "--shard", f"{i}/2", "--workers", "1")],
                               cwd=sharded, env=clean_env(sharded), text=True,
                               stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
              for i in (1, 2)]
    logs = [proc.communicate(timeout=600)[0] for proc in shards]
    took = time.monotonic() - start
    # Shard 1 has dani's broken file (2: something to look at); shard 2 is clean (0).
    assert [p.returncode for p in shards] == [2, 0], "\n\n".join(logs)[-6000:]
    assert "shard 1/2: 3 de 6" in logs[0] and "shard 2/2: 3 de 6" in logs[1]
    shard_files = sorted(p.name for p in (sharded / "informes" / A).glob("resultados.shard-*"))
    assert shard_files == ["resultados.shard-1-de-2.json", "resultados.shard-2-de-2.json"]
    for i, expected in ((1, ["ana", "beto", "dani"]), (2, ["carla", "juan", "lola"])):
        mine = json.loads((sharded / "informes" / A / f"resultados.shard-{i}-de-2.json")
                          .read_text())
        assert [o["student"] for o in mine] == expected  # each shard graded only its own
    # Once, after both: the class's export and report, from the shards' merged outcomes.
    done = run(_grade(sharded, "--steps", "export,report"), sharded, sharded)
    assert done.returncode == 2, done.stdout[-3000:] + done.stderr[-3000:]
    assert not list((sharded / "informes" / A).glob("resultados.shard-*")), "not merged"

    assert _gradebook(sharded_db) == _gradebook(single_db)
    book = _gradebook(sharded_db)
    assert book["students"] == sorted(set(CLASS) - {"dani"})  # dani: no score kept
    assert _reports(sharded) == _reports(single)
    outcomes = {o["student"]: o for o in _reports(sharded)["outcomes"]}
    assert {s: (o["status"], o["score"]) for s, o in outcomes.items()} == {
        "ana": ("ok", 22.0), "beto": ("ok", 0.0), "carla": ("ok", 18.0), "dani": ("error", None),
        "juan": ("ok", 19.0), "lola": ("ok", 0.0)}
    print(f"two shards at once: {took:.1f} s")

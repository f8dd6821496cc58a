"""The package the students import answers no exercise: every name defined in it, tried as
the answer to every coded exercise, fails that exercise's visible tests (tests/answer_probe.py).

The pricing API of module 05 does what some exercises ask; its exercises' visible checks say
so (check_own_logic), and `make grade` flags an answer that imports it (test_grading.py)."""

from __future__ import annotations

import json
import sys

import pytest
from course import REPO, assignment_notebooks, assignments, run


@pytest.mark.parametrize("assignment", assignments())
def test_no_package_name_answers_an_exercise(assignment, tmp_path):
    for path in assignment_notebooks(REPO / "source" / assignment):
        done = run([sys.executable, str(REPO / "tests" / "answer_probe.py"), str(path)],
                   cwd=path.parent, home=tmp_path)
        assert done.returncode == 0, done.stderr[-3000:]
        report = json.loads(done.stdout.strip().splitlines()[-1])
        assert report, f"{path.name}: the probe found no exercise to try"
        answered = {gid: names for gid, names in report.items() if names}
        assert not answered, f"{path.name}: the package answers {answered}"


def test_the_probe_finds_a_planted_answer(tmp_path):
    import nbformat
    from nbformat.v4 import new_code_cell, new_notebook

    (tmp_path / "leaky.py").write_text("def twice(x):\n    return 2 * x\n\n"
                                       "def thrice(x):\n    return 3 * x\n")
    answer = new_code_cell("def double(x):\n    ### BEGIN SOLUTION\n    return x + x\n"
                           "    ### END SOLUTION")
    answer.metadata["nbgrader"] = {"grade_id": "ej1-respuesta", "solution": True,
                                   "grade": False}
    tests = new_code_cell("assert double(3) == 6\n### BEGIN HIDDEN TESTS\n"
                          "assert double(5) == 10\n### END HIDDEN TESTS")
    tests.metadata["nbgrader"] = {"grade_id": "ej1-pruebas", "grade": True, "points": 1}
    path = tmp_path / "tiny.ipynb"
    nbformat.write(new_notebook(cells=[answer, tests]), path)
    done = run([sys.executable, str(REPO / "tests" / "answer_probe.py"), str(path), "leaky"],
               cwd=tmp_path, home=tmp_path)
    assert done.returncode == 0, done.stderr[-3000:]
    assert json.loads(done.stdout.strip().splitlines()[-1]) == {"ej1-respuesta": ["leaky.twice"]}

"""Every requirement an exercise statement sets has a wrong answer in the corpus that ignores
it, and the table beside the corpus says which (tests/corpus/<assignment>/README.md).

tests/test_assignments.py grades those wrong answers and proves each loses its points; this
file proves the table covers every autograded test cell and names real corpus files whose
`# fails:` line includes the row's test cell."""

from __future__ import annotations

import re

import nbformat
import pytest
from course import REPO, assignment_notebooks, assignments, corpus

FILE = re.compile(r"`((?:wrong|correct)/[\w.-]+\.py)`")


def autograded_tests(assignment: str) -> set[str]:
    """grade_ids of the test cells of coded exercises (quizzes are checked by hash)."""
    return {c.metadata["nbgrader"]["grade_id"]
            for p in assignment_notebooks(REPO / "source" / assignment)
            for c in nbformat.read(p, as_version=4).cells
            if c.cell_type == "code" and c.metadata.get("nbgrader", {}).get("grade")
            and not c.metadata["nbgrader"].get("solution")
            and not c.metadata["nbgrader"]["grade_id"].startswith("quiz")}


def table_rows(assignment: str) -> list[list[str]]:
    path = REPO / "tests" / "corpus" / assignment / "README.md"
    assert path.is_file(), f"{assignment}: no requirement table at {path.relative_to(REPO)}"
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.startswith("|") or re.fullmatch(r"\|[\s|:-]+\|?", line):
            continue
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) >= 4 and FILE.search(cells[-1]):
            rows.append(cells)
    return rows


@pytest.mark.parametrize("assignment", assignments())
def test_every_test_cell_has_requirement_rows(assignment):
    rows = table_rows(assignment)
    named = {gid for row in rows for gid in re.findall(r"ej\w+-pruebas", row[0])}
    missing = autograded_tests(assignment) - named
    assert not missing, f"{assignment}: no requirement row for {sorted(missing)}"
    unknown = named - autograded_tests(assignment)
    assert not unknown, f"{assignment}: rows name unknown test cells {sorted(unknown)}"


@pytest.mark.parametrize("assignment", assignments())
def test_every_requirement_names_a_wrong_answer_that_fails_there(assignment):
    entries = {e.path.relative_to(e.path.parents[1]).as_posix(): e for e in corpus(assignment)}
    for row in table_rows(assignment):
        # Quiz rows are welcome too (each question's wrong letter is in the corpus).
        cells = set(re.findall(r"ej\w+-pruebas|quiz-p\d+", row[0]))
        files = FILE.findall(row[-1])
        wrong = [f for f in files if f.startswith("wrong/")]
        assert wrong, f"{assignment}: requirement «{row[1]}» names no wrong answer"
        for name in wrong:
            assert name in entries, f"{assignment}: the table names {name}, which is missing"
            assert cells & entries[name].fails, (
                f"{assignment}: {name} is said to catch «{row[1]}» in {sorted(cells)}, "
                f"but its `# fails:` line is {sorted(entries[name].fails)}")

"""Every assignment grades right through nbgrader: full marks solved, zero blank, release in
sync with source, and a corpus of other answers that the tests tell apart."""

from __future__ import annotations

import filecmp
import html
import json
import re
import sys

import nbformat
import pytest
from conftest import BLANK, SOLUTION
from course import REPO, assignment_notebooks, assignments, corpus, imports_pricing, run


def by_assignment(names):
    # All tests of one assignment share one graded course: keep them on one xdist worker.
    return [pytest.param(a, marks=pytest.mark.xdist_group(a), id=a) for a in names]


def test_there_are_assignments():
    assert assignments(), "source/ holds no assignment"


@pytest.mark.parametrize("assignment", by_assignment(assignments()))
def test_release_is_what_generate_assignment_makes(graded, assignment):
    course = graded(assignment)
    generated = course.root / "release" / assignment
    committed = REPO / "release" / assignment
    names = sorted(p.name for p in generated.iterdir())
    assert names == sorted(p.name for p in committed.iterdir()), (
        "release/ and a fresh `nbgrader generate_assignment` differ in files: run `make release`")
    for name in names:
        assert filecmp.cmp(generated / name, committed / name, shallow=False), (
            f"release/{assignment}/{name} is not what generate_assignment makes from source/: "
            "run `make release` and commit the result")


@pytest.mark.parametrize("assignment", by_assignment(assignments()))
def test_autograde_runs_without_harness_errors(graded, assignment):
    course = graded(assignment)
    log = course.autograde.stdout[-5000:] + course.autograde.stderr[-5000:]
    outcomes = course.outcomes()
    # Every student graded with nothing for the instructor to look at, except that the
    # solution student handed in the source notebook itself, whose test cells carry the
    # hidden tests: the pipeline rightly reports them as differing from what was released.
    solution = outcomes.pop(SOLUTION)
    assert solution["status"] in {"ok", "revisar"}, solution
    assert all("edited" in r for r in solution["reasons"]), solution
    # A corpus answer that imports the course's pricing API is graded and flagged, naming
    # the cell; every other student is graded with nothing to look at.
    for entry in corpus(assignment):
        flagged = imports_pricing(entry)
        if flagged:
            outcome = outcomes.pop(entry.name)
            assert outcome["status"] == "revisar", outcome
            for gid in flagged:
                assert any(f"'{gid}' imports fundamentos_aws.pricing" in r
                           for r in outcome["reasons"]), outcome
    assert {o["status"] for o in outcomes.values()} == {"ok"}, log
    assert course.autograde.returncode in {0, 2}, log


@pytest.mark.parametrize("assignment", by_assignment(assignments()))
def test_source_scores_full_marks(graded, assignment):
    auto = _auto_scores(graded(assignment), SOLUTION)
    assert auto, "no autograded cell"
    lost = {gid: s for gid, s in auto.items() if s[0] != s[1]}
    assert not lost, f"the solution loses points in {lost}"


@pytest.mark.parametrize("assignment", by_assignment(assignments()))
def test_untouched_release_scores_zero(graded, assignment):
    course = graded(assignment)
    scores = course.scores(BLANK)
    assert sum(s[0] or 0 for s in scores.values()) == 0, f"blank notebook scores {scores}"
    # Zero for the right reason: every test cell ran and failed on the missing answers.
    for path in assignment_notebooks(REPO / "release" / assignment):
        nb = course.autograded(BLANK, path.name)
        for cell in nb.cells:
            meta = cell.metadata.get("nbgrader", {})
            if cell.cell_type == "code" and meta.get("grade"):
                errors = [o for o in cell.outputs if o.output_type == "error"]
                assert errors, f"test cell {meta['grade_id']} did not fail on a blank notebook"
                assert errors[0].ename in {"CheckFailure", "NameError", "NotImplementedError"}, (
                    f"{meta['grade_id']}: unexpected {errors[0].ename}: {errors[0].evalue}")


@pytest.mark.parametrize("assignment", by_assignment(assignments()))
def test_points_add_up_to_a_round_total(assignment):
    total = sum(c.metadata["nbgrader"].get("points", 0)
                for p in assignment_notebooks(REPO / "source" / assignment)
                for c in nbformat.read(p, as_version=4).cells if "nbgrader" in c.metadata)
    assert total > 0 and total % 5 == 0, f"{assignment} totals {total} points"


def _corpus_params():
    return [pytest.param(a, e, marks=pytest.mark.xdist_group(a), id=f"{a}-{e.name}")
            for a in assignments() for e in corpus(a)]


def test_every_assignment_has_a_corpus():
    for assignment in assignments():
        entries = corpus(assignment)
        assert any(not e.fails for e in entries), f"{assignment}: no alternative correct answer"
        assert any(e.fails for e in entries), f"{assignment}: no plausible wrong answer"


@pytest.mark.parametrize(("assignment", "entry"), _corpus_params())
def test_corpus_entry_scores_as_expected(graded, assignment, entry):
    course = graded(assignment)
    student, members = course.corpus_students[entry.name]
    scores = _auto_scores(course, student)
    unknown = entry.fails - set(scores)
    assert not unknown, f"{entry.path.name}: `fails` names unknown test cells {unknown}"
    # Graded together with entries whose footprints are disjoint from this one's: a cell fails
    # only if one of them says so, and every other cell keeps full marks.
    others = [m.path.name for m in members if m is not entry]
    together = f" (graded in one submission with {others})" if others else ""
    failed_by_others = set().union(*(m.fails for m in members if m is not entry))
    for grade_id, (score, max_score) in scores.items():
        if grade_id in entry.fails:
            assert score == 0, f"{entry.path.name}: wrong answer still scores in {grade_id}"
        elif grade_id not in failed_by_others:
            assert score == max_score, (
                f"{entry.path.name}: loses points in {grade_id} ({score}/{max_score}), "
                f"which it should pass{together}")
    if entry.messages:
        shown = _error_text(course, student, assignment,
                            cells=set(entry.answers) | entry.fails)
        for message in entry.messages:
            assert message in shown, (
                f"{entry.path.name}: the student should read «{message}»; they read:\n{shown}")


def _auto_scores(course, student):
    """{grade_id: (score, max)} of the autograded cells (free-text answers left out)."""
    manual = {gid for p in assignment_notebooks(REPO / "source" / course.assignment)
              for gid in _manual_ids(p)}
    return {gid: s for gid, s in course.scores(student).items() if gid not in manual}


def _manual_ids(path):
    nb = nbformat.read(path, as_version=4)
    return {c.metadata["nbgrader"]["grade_id"] for c in nb.cells
            if c.metadata.get("nbgrader", {}).get("grade")
            and c.metadata["nbgrader"].get("solution")}


def _error_text(course, student, assignment, cells):
    """The errors a student reads in the given cells (answer or test cells, by grade_id)."""
    texts = []
    for path in assignment_notebooks(REPO / "release" / assignment):
        for cell in course.autograded(student, path.name).cells:
            if cell.metadata.get("nbgrader", {}).get("grade_id") not in cells:
                continue
            for output in cell.get("outputs", []):
                if output.output_type == "error":
                    texts.append(f"{output.ename}: {output.evalue}")
    return "\n".join(texts)


@pytest.mark.parametrize("assignment", by_assignment(assignments()))
def test_feedback_never_shows_hidden_tests(graded, assignment):
    course = graded(assignment)
    # The feedback step of `make grade`, for students who between them fail every test cell
    # with hidden tests that anyone fails (a leak is per cell, not per student), and the
    # solution's, where every hidden test ran and passed.
    students = _students_failing_every_hidden_cell(course, assignment) | {SOLUTION}
    done = run([sys.executable, "-m", "fundamentos_aws.grading", assignment, "--course",
                str(course.root), "--steps", "feedback", "--students", ",".join(sorted(students)),
                "--no-progress"], course.root, course.root)
    # 2: some graded submissions need a look (the solution's edited test cells, at least).
    assert done.returncode in {0, 2}, done.stdout[-2000:] + done.stderr[-3000:]
    assert "feedback/:" in done.stdout, done.stdout[-2000:] + done.stderr[-3000:]
    hidden = _hidden_test_lines(assignment)
    assert hidden, f"{assignment} has no hidden tests"
    visible = _visible_test_line(assignment)
    pages = sorted((course.root / "feedback").rglob("*.html"))
    assert {p.relative_to(course.root / "feedback").parts[0] for p in pages} == students
    for page in pages:
        # Code is syntax-highlighted (a span per token): compare the text, not the markup.
        text = html.unescape(re.sub(r"<[^>]+>", "", page.read_text(encoding="utf-8")))
        assert visible in text, "the scan must see the visible test code it compares with"
        student = page.relative_to(course.root / "feedback").parts[0]
        own = "".join(p.read_text(encoding="utf-8") for p in
                      (course.root / "submitted" / student / assignment).glob("*.ipynb"))
        # A line the student wrote themselves is theirs to see, even if a hidden test has it.
        leaked = [line for line in hidden if line in text and json.dumps(line)[1:-1] not in own]
        assert not leaked, f"{page.name} of {student} shows hidden tests: {leaked}"


def _students_failing_every_hidden_cell(course, assignment):
    """A few students who, together, fail every test cell with hidden tests that any graded
    student fails (greedy cover)."""
    with_hidden = {c.metadata["nbgrader"]["grade_id"]
                   for p in assignment_notebooks(REPO / "source" / assignment)
                   for c in nbformat.read(p, as_version=4).cells
                   if "### BEGIN HIDDEN TESTS" in c.source and "nbgrader" in c.metadata}
    failing = {}
    for folder in (course.root / "autograde").iterdir():
        failed = {gid for gid, (score, top) in course.scores(folder.name).items()
                  if gid in with_hidden and top and (score or 0) < top}
        if failed:
            failing[folder.name] = failed
    chosen, left = set(), set().union(*failing.values()) if failing else set()
    while left:
        student = max(sorted(failing), key=lambda s: len(failing[s] & left))
        chosen.add(student)
        left -= failing[student]
    return chosen


@pytest.mark.parametrize("assignment", assignments())
def test_release_has_no_hidden_tests(assignment):
    hidden = _hidden_test_lines(assignment)
    for path in assignment_notebooks(REPO / "release" / assignment):
        text = path.read_text(encoding="utf-8")
        assert "HIDDEN TESTS" not in text
        leaked = [line for line in hidden if json.dumps(line)[1:-1] in text]
        assert not leaked, f"release/{assignment}/{path.name} contains hidden tests: {leaked}"


def _visible_test_line(assignment):
    """The first line of the first test cell, as the student sees it in release/."""
    for path in assignment_notebooks(REPO / "release" / assignment):
        for cell in nbformat.read(path, as_version=4).cells:
            if cell.cell_type == "code" and cell.metadata.get("nbgrader", {}).get("grade"):
                return cell.source.splitlines()[0].strip()
    raise AssertionError(f"{assignment} has no test cells")


def _hidden_test_lines(assignment):
    """The distinctive lines inside the hidden-test regions of an assignment's source."""
    lines = []
    for path in assignment_notebooks(REPO / "source" / assignment):
        for cell in nbformat.read(path, as_version=4).cells:
            inside = False
            for line in cell.source.splitlines():
                if "### BEGIN HIDDEN TESTS" in line:
                    inside = True
                elif "### END HIDDEN TESTS" in line:
                    inside = False
                elif inside and len(line.strip()) > 25:
                    lines.append(line.strip())
    return lines

"""Shared fixtures: one throwaway nbgrader course per assignment, graded once per session."""

from __future__ import annotations

import nbformat
import pytest
from course import (
    REPO,
    GradedCourse,
    assignment_notebooks,
    corpus,
    imports_pricing,
    own_tests,
    pack_corpus,
    submission_from,
)

SOLUTION, BLANK = "solution", "blank"


@pytest.fixture(scope="session")
def graded(tmp_path_factory):
    """graded(assignment) -> a GradedCourse in which these students were autograded:
    `solution` (the source notebooks), `blank` (release/ untouched) and the corpus entries,
    several to a submission where their footprints are disjoint (course.corpus_students).
    """
    cache: dict[str, GradedCourse] = {}

    def get(assignment: str) -> GradedCourse:
        if assignment not in cache:
            course = GradedCourse.create(tmp_path_factory.mktemp(assignment), assignment)
            assert course.generate.returncode == 0, course.generate.stderr[-3000:]
            sources = {p.name: nbformat.read(p, as_version=4)
                       for p in assignment_notebooks(REPO / "source" / assignment)}
            releases = {p.name: nbformat.read(p, as_version=4)
                        for p in assignment_notebooks(REPO / "release" / assignment)}
            course.submit(SOLUTION, sources)
            course.submit(BLANK, releases)
            # Corpus entries with disjoint footprints share a submission (see pack_corpus).
            owned = own_tests(REPO / "source" / assignment)
            packs = pack_corpus(corpus(assignment), owned, alone=imports_pricing)
            for number, members in enumerate(packs, 1):
                student = members[0].name if len(members) == 1 else f"corpus-{number:02d}"
                answers = {}
                for entry in members:
                    answers.update(entry.answers)
                notebooks, used = {}, set()
                for name, release_nb in releases.items():
                    notebooks[name], used_here = submission_from(
                        release_nb, sources[name], answers)
                    used |= used_here
                for entry in members:
                    missing = set(entry.answers) - used
                    assert not missing, f"{entry.path}: no answer cell named {sorted(missing)}"
                    course.corpus_students[entry.name] = (student, members)
                course.submit(student, notebooks)
            course.autograde_all()
            cache[assignment] = course
        return cache[assignment]

    return get

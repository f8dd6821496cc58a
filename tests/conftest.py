"""Shared fixtures: one throwaway nbgrader course per assignment, graded once per session."""

from __future__ import annotations

import nbformat
import pytest
from course import REPO, GradedCourse, assignment_notebooks, corpus, submission_from

SOLUTION, BLANK = "solution", "blank"


@pytest.fixture(scope="session")
def graded(tmp_path_factory):
    """graded(assignment) -> a GradedCourse in which these students were autograded:
    `solution` (the source notebooks), `blank` (release/ untouched) and one per corpus entry.
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
            for entry in corpus(assignment):
                notebooks, used = {}, set()
                for name, release_nb in releases.items():
                    notebooks[name], used_here = submission_from(
                        release_nb, sources[name], entry.answers)
                    used |= used_here
                missing = set(entry.answers) - used
                assert not missing, f"{entry.path}: no answer cell named {sorted(missing)}"
                course.submit(entry.name, notebooks)
            course.autograde_all()
            cache[assignment] = course
        return cache[assignment]

    return get

"""Notebooks are source code: clean, consistently named, unique names across the course."""

from __future__ import annotations

import re

import nbformat
import pytest
from course import KERNELSPEC, REPO, lessons

from fundamentos_aws.notebooks import clean_notebook, notebook_problems

ALL = sorted(p for folder in ("notebooks", "source", "release")
             for p in (REPO / folder).rglob("*.ipynb") if ".ipynb_checkpoints" not in p.parts)


@pytest.mark.parametrize("path", ALL, ids=lambda p: str(p.relative_to(REPO)))
def test_notebook_is_clean(path):
    problems = notebook_problems(nbformat.read(path, as_version=4))
    assert not problems, f"{path.relative_to(REPO)}: {problems}. Run `make clean-notebooks`."


def test_notebook_names_are_unique():
    names = [p.name for p in ALL if p.parts[len(REPO.parts)] != "release"]
    assert len(names) == len(set(names)), f"repeated notebook names: {names}"


def test_lessons_follow_the_naming_scheme():
    assert lessons(), "notebooks/ holds no lesson"
    for path in lessons():
        assert re.fullmatch(r"\d\d_[a-z0-9_]+\.ipynb", path.name), path.name


def test_the_hygiene_check_catches_a_dirty_notebook():
    nb = nbformat.v4.new_notebook(metadata={"kernelspec": KERNELSPEC,
                                            "widgets": {}})
    cell = nbformat.v4.new_code_cell("1 + 1", execution_count=3,
                                     outputs=[nbformat.v4.new_output("execute_result",
                                                                     {"text/plain": "2"})])
    cell.metadata["scrolled"] = True
    nb.cells.append(cell)
    assert len(notebook_problems(nb)) == 4
    assert notebook_problems(clean_notebook(nb)) == []

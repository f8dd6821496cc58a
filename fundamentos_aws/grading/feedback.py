"""What the student receives as feedback: nbgrader's, without hidden tests."""

from __future__ import annotations

from typing import Any

from nbformat.notebooknode import NotebookNode
from nbgrader.preprocessors import ClearHiddenTests

HIDDEN_TEST_FAILED = (
    "Una prueba oculta de esta celda ha fallado: {ename}: {evalue}\n"
    "(Las pruebas ocultas comprueban casos que no ves; repasa el enunciado y los casos límite.)"
)


class ClearHiddenTestsFromFeedback(ClearHiddenTests):
    """Remove hidden tests from the feedback, including what their tracebacks would show.

    Stock ClearHiddenTests removes the hidden lines from the cell's source, but an error
    output still carries a traceback that quotes them (nbgrader issue #917). Here a cell
    that had hidden tests keeps only the error's name and message.
    """

    def preprocess_cell(self, cell: NotebookNode, resources: Any, cell_index: int
                        ) -> tuple[NotebookNode, Any]:
        had_hidden_tests = cell.cell_type == "code" and self.begin_test_delimeter in cell.source
        cell, resources = super().preprocess_cell(cell, resources, cell_index)
        if had_hidden_tests:
            for output in cell.get("outputs", []):
                if output.get("output_type") == "error":
                    output["traceback"] = [HIDDEN_TEST_FAILED.format(
                        ename=output.get("ename", "Error"), evalue=output.get("evalue", ""))]
        return cell, resources

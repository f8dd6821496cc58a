"""Grading with nbgrader: feedback without hidden tests, a sandbox for student code, and the
instructor's pipeline (``python -m fundamentos_aws.grading``, ``make grade``)."""

from typing import Any

__all__ = ["ClearHiddenTestsFromFeedback"]


def __getattr__(name: str) -> Any:
    # Imported on first use: the sandbox's kernel factory (zygote.py) lives in this package
    # and must not pay for nbgrader's import (a second per grading worker).
    if name == "ClearHiddenTestsFromFeedback":
        from .feedback import ClearHiddenTestsFromFeedback

        return ClearHiddenTestsFromFeedback
    raise AttributeError(name)

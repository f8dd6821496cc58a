"""Grading with nbgrader: feedback without hidden tests, a sandbox for student code, and the
instructor's pipeline (``python -m fundamentos_aws.grading``, ``make grade``)."""

from .feedback import ClearHiddenTestsFromFeedback

__all__ = ["ClearHiddenTestsFromFeedback"]

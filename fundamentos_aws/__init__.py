"""Helpers shared by the lessons, the exercises and the grading of «Fundamentos de AWS».

In a notebook::

    from fundamentos_aws import start_local_aws
    start_local_aws()          # boto3 now talks to moto, never to the real AWS
"""

from importlib import import_module
from typing import Any

# Each public name and the module that defines it, imported on first use: nbgrader, the
# grading pipeline and Jupyter's server extensions import this package too, and must not pay
# for matplotlib or moto (seconds per process) when they need none of it.
_HOMES = {
    "new_chart": "charts",
    "use_course_style": "charts",
    "data_path": "data",
    "load_csv": "data",
    "EscapedAWSCallError": "local_aws",
    "reset_local_aws": "local_aws",
    "start_local_aws": "local_aws",
    "stop_local_aws": "local_aws",
}

__all__ = sorted(_HOMES)


def __getattr__(name: str) -> Any:
    if name in _HOMES:
        return getattr(import_module(f".{_HOMES[name]}", __name__), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(list(globals()) + __all__)

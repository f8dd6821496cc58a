"""Helpers shared by the lessons, the exercises and the grading of «Fundamentos de AWS».

In a notebook::

    from fundamentos_aws import start_local_aws
    start_local_aws()          # boto3 now talks to moto, never to the real AWS
"""

from .charts import new_chart, use_course_style
from .data import data_path, load_csv
from .local_aws import (
    EscapedAWSCallError,
    reset_local_aws,
    start_local_aws,
    stop_local_aws,
)

__all__ = [
    "EscapedAWSCallError",
    "data_path",
    "load_csv",
    "new_chart",
    "reset_local_aws",
    "start_local_aws",
    "stop_local_aws",
    "use_course_style",
]

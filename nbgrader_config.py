"""nbgrader configuration of the course «Fundamentos de AWS».

Loaded by every nbgrader command and by JupyterLab's nbgrader extension when they run from
this folder. Paths are taken from this file, so running nbgrader from elsewhere (with
--config) never creates a second, empty gradebook.
"""

from pathlib import Path

from nbconvert.preprocessors import ClearMetadataPreprocessor, CSSHTMLHeaderPreprocessor
from nbgrader.preprocessors import (
    AssignLatePenalties,
    CheckCellMetadata,
    ClearOutput,
    DeduplicateIds,
    GetGrades,
    IgnorePattern,
    LimitOutput,
    OverwriteCells,
    OverwriteKernelspec,
    SaveAutoGrades,
)

from fundamentos_aws.grading import ClearHiddenTestsFromFeedback
from fundamentos_aws.grading.sandbox import DropUnknownGradeCells, SandboxedExecute

COURSE_ROOT = Path(__file__).resolve().parent

c = get_config()  # noqa: F821 (provided by traitlets when it loads this file)

c.CourseDirectory.course_id = "fundamentos-aws"
c.CourseDirectory.root = str(COURSE_ROOT)
c.CourseDirectory.source_directory = "source"
c.CourseDirectory.release_directory = "release"
c.CourseDirectory.submitted_directory = "submitted"
c.CourseDirectory.autograded_directory = "autograde"
c.CourseDirectory.feedback_directory = "feedback"
c.CourseDirectory.db_url = f"sqlite:///{COURSE_ROOT / 'gradebook.db'}"

# Student-facing stubs, in Spanish.
c.ClearSolutions.code_stub = {
    "python": "# ESCRIBE AQUÍ TU CÓDIGO\nraise NotImplementedError()",
}
c.ClearSolutions.text_stub = "ESCRIBE AQUÍ TU RESPUESTA"

# Student code runs in a bubblewrap sandbox (no network, no instructor environment or files,
# resource limits), in kernels forked from a warm factory; a kernel death or an unstoppable
# loop is named instead of scored 0. Same list as nbgrader's, with Execute replaced.
# Refuses to run without bubblewrap unless FUNDAMENTOS_AWS_UNSAFE_GRADING=1 (README).
c.Autograde.autograde_preprocessors = [SandboxedExecute, IgnorePattern, ClearMetadataPreprocessor,
                                       LimitOutput, SaveAutoGrades, AssignLatePenalties,
                                       CheckCellMetadata]

# A grade cell the student invented becomes a plain cell (nbgrader 0.9 would crash on it).
c.Autograde.sanitize_preprocessors = [ClearOutput, DeduplicateIds, OverwriteKernelspec,
                                      DropUnknownGradeCells, OverwriteCells, CheckCellMetadata]

# Per cell. The slowest cell (first EC2 call loads moto's AMIs) takes about 2 s; 60 s
# leaves room for a slow machine and still stops an infinite loop in a minute.
c.Execute.timeout = 60

# A test cell the student deleted is put back (and fails) instead of being silently
# marked "needs manual grading".
c.OverwriteCells.add_missing_cells = True

# Feedback: no hidden tests, not even in a failing test's traceback (nbgrader issue #917).
c.GenerateFeedback.preprocessors = [GetGrades, ClearHiddenTestsFromFeedback,
                                    CSSHTMLHeaderPreprocessor]

# Exchange on one machine, one user (to try the cycle; the default /srv/nbgrader/exchange
# needs root). Never share this folder with a class: set the course up on JupyterHub as
# deploy/README.md says, with nbgrader's permission model on /srv/nbgrader/exchange.
# Created here so that formgrader's Release/Collect work on a fresh clone.
c.Exchange.root = str(COURSE_ROOT / "exchange")
(COURSE_ROOT / "exchange").mkdir(exist_ok=True)

# Collect copies a link planted in a submission as a link, never what it points to; `make
# grade` then refuses that submission ("symbolic link").
c.ExchangeFactory.collect = "fundamentos_aws.grading.exchange.LinkSafeCollect"

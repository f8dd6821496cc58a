"""nbgrader's global configuration on the class's JupyterHub (students and instructors).

Found through JUPYTER_CONFIG_PATH, which the hub sets for every server (ajustes.py). The
instructors' course folder has its own nbgrader_config.py (the course's) and, beside it, an
nbgrader_config.json written by setup.sh with the same exchange root.
"""

import os

c = get_config()  # noqa: F821

c.CourseDirectory.course_id = "fundamentos-aws"
# nbgrader's permission model: exchange root writable by everyone; release makes
# <course>/outbound 0755, inbound 0733 + set-gid (students can write, not list) and feedback
# 0711 (each student finds only their own, by a hash of their submission).
c.Exchange.root = os.environ.get("FUNDAMENTOS_HUB_EXCHANGE", "/srv/nbgrader/exchange")
# inbound/ sticky: nobody renames or deletes another's submission (exchange.py).
c.ExchangeFactory.release_assignment = "fundamentos_aws.grading.exchange.ProtectedRelease"
# A submission readable only by its student and the instructors' group (not 0777/0644).
c.ExchangeFactory.submit = "fundamentos_aws.grading.exchange.PrivateSubmit"
c.ExchangeFactory.collect = "fundamentos_aws.grading.exchange.LinkSafeCollect"

"""nbgrader's collect, without following links a student planted in the exchange.

nbgrader 0.9 copies each submission with ``shutil.copytree``, which follows symbolic links:
a link in a student's submission would make the instructor's collect copy whatever it points
to (another student's work, a file only the instructor can read) into submitted/. Here links
are copied as links, so nothing is read through them, and `make grade` then refuses that
submission with the reason "symbolic link" (integrity.py).
"""

from __future__ import annotations

import os
import shutil

from nbgrader.exchange.default.collect import ExchangeCollect
from nbgrader.utils import ignore_patterns


class LinkSafeCollect(ExchangeCollect):
    """``nbgrader collect`` that copies links as links (set in nbgrader_config.py)."""

    def do_copy(self, src, dest, log=None):  # noqa: D102 (same contract as nbgrader's)
        size = self.get_size(src)  # nbgrader's own size limit (links not counted)
        if size > 1000 * self.coursedir.max_dir_size:
            raise RuntimeError(f"Directory size is too big. Size is {size}, maximum size is "
                               f"{1000 * self.coursedir.max_dir_size}")
        patterns = ignore_patterns(exclude=self.coursedir.ignore, include=self.coursedir.include,
                                   max_file_size=self.coursedir.max_file_size, log=self.log)

        def ignore(directory: str, names: list[str]) -> set[str]:
            # nbgrader's size filter would stat what a link points to: keep links out of it.
            links = {n for n in names if os.path.islink(os.path.join(directory, n))}
            return set(patterns(directory, [n for n in names if n not in links]))

        shutil.copytree(src, dest, symlinks=True, ignore=ignore)

"""nbgrader's exchange, hardened for a shared server (JupyterHub with real OS users).

- :class:`LinkSafeCollect` (``nbgrader collect``): nbgrader 0.9 copies each submission with
  ``shutil.copytree``, which follows symbolic links: a link in a student's submission would
  make the instructor's collect copy whatever it points to (another student's work, a file
  only the instructor can read) into submitted/. Here links are copied as links, so nothing
  is read through them, and `make grade` then refuses that submission with the reason
  "symbolic link" (integrity.py). And a submission that claims to be another existing OS
  user's (``nbgrader submit --student=someone_else``) is not collected: nbgrader only warns
  and would let the newest one, the impostor's, replace the real student's.
- :class:`ProtectedRelease` (``nbgrader release_assignment``): inbound/ gets the sticky bit,
  so a student who learnt the name of another's submission still cannot rename or delete it
  (nbgrader's 0733 lets anyone rename an entry whose name they know).
- :class:`PrivateSubmit` (``nbgrader submit``): nbgrader leaves a submission folder mode 0777
  and its files 0644, hidden only by an unguessable name in the unlistable inbound/. Here the
  folder is 0750: inbound/ gives it the instructor's group (set-gid), so the instructor
  reads it and no other student can enter it, even knowing its name.
"""

from __future__ import annotations

import os
import pwd
import shutil
import stat

from nbgrader.exchange.default.collect import ExchangeCollect
from nbgrader.exchange.default.release_assignment import ExchangeReleaseAssignment
from nbgrader.exchange.default.submit import ExchangeSubmit
from nbgrader.utils import ignore_patterns
from traitlets import Bool


class LinkSafeCollect(ExchangeCollect):
    """``nbgrader collect`` that copies links as links and skips impostors (nbgrader_config.py)."""

    refuse_impostors = Bool(
        True, help="Skip a submission whose folder belongs to another OS user than the student "
                   "it names (when that student is an OS user of this machine).").tag(config=True)

    def init_src(self):  # noqa: D102 (nbgrader's, then impostors dropped)
        if not self.refuse_impostors:
            return super().init_src()
        pattern_student = self.coursedir.student_id
        super().init_src()
        if not self.src_records:
            return
        # nbgrader keeps one record per student (the newest): look again at every folder of
        # each student and keep the newest genuine one.
        import glob

        student = pattern_student if pattern_student else "*"
        pattern = os.path.join(self.inbound_path, f"{student}+{self.coursedir.assignment_id}+*")
        genuine = []
        for path in glob.glob(pattern):
            record = self._path_to_record(path)
            claimed = record["username"]
            try:
                expected = pwd.getpwnam(claimed).pw_uid
            except KeyError:
                genuine.append(record)  # not an OS user here (one machine, --student): keep
                continue
            owner = os.lstat(path).st_uid
            if owner != expected:
                try:
                    name = pwd.getpwuid(owner).pw_name
                except KeyError:
                    name = str(owner)
                self.log.error("Not collected: %s claims to be %s's but belongs to %s",
                               os.path.basename(path), claimed, name)
                continue
            genuine.append(record)
        newest = {}
        for record in self._sort_by_timestamp(genuine):
            if self.before_duedate and self.duedate is not None \
                    and record["timestamp"] > self.duedate \
                    and any(r["username"] == record["username"]
                            and r["timestamp"] <= self.duedate for r in genuine):
                continue
            newest.setdefault(record["username"], record)
        self.src_records = list(newest.values())

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


class PrivateSubmit(ExchangeSubmit):
    """``nbgrader submit`` whose submission only its student and the instructor's group read."""

    def copy_files(self):  # noqa: D102 (nbgrader's, then the folder closed to others)
        super().copy_files()
        # The folder was made inside inbound/ (set-gid): its group is the instructor's. Its
        # files keep nbgrader's modes (some were written after copytree dropped the set-gid
        # bit, so their group is the student's): 0750 on the folder is what keeps others out.
        dest = os.path.join(self.inbound_path, self.assignment_filename)
        os.chmod(dest, stat.S_IRWXU | stat.S_IRGRP | stat.S_IXGRP)


class ProtectedRelease(ExchangeReleaseAssignment):
    """``nbgrader release_assignment`` that puts the sticky bit on inbound/."""

    def init_dest(self):  # noqa: D102 (nbgrader's, then inbound/ made sticky)
        super().init_dest()
        mode = os.stat(self.inbound_path).st_mode
        if os.stat(self.inbound_path).st_uid == os.geteuid() and not mode & stat.S_ISVTX:
            os.chmod(self.inbound_path, stat.S_IMODE(mode) | stat.S_ISVTX)

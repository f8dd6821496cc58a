"""Grade an assignment for a whole class: ``python -m fundamentos_aws.grading <assignment>``.

    python -m fundamentos_aws.grading 01_infraestructura_global            # every step
    python -m fundamentos_aws.grading 01_infraestructura_global --steps autograde
    python -m fundamentos_aws.grading 01_infraestructura_global --workers 4

    python -m fundamentos_aws.grading 01_infraestructura_global --shard 2/3   # machine 2 of 3

Steps, in order: autograde (parallel, sandboxed), feedback, export, report. ``make grade
A=<assignment>`` runs this from the course folder.

Shards: ``--shard I/N`` grades only the students whose id hashes to shard I (disjoint and
stable), so N machines sharing the course folder and one gradebook (PostgreSQL) grade a
class together. A shard runs autograde (and, if asked, feedback) for its students and
writes its outcomes to informes/<assignment>/resultados.shard-I-de-N.json. The whole-class
steps (export, report) run once, after every shard, without --shard: that run merges the
shards' outcomes into resultados.json. Exit status: 0 when every submission was
graded cleanly, 2 when some need a look (listed at the end and in informes/<assignment>/),
1 when grading could not run at all.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

STEPS = ("autograde", "feedback", "export", "report")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m fundamentos_aws.grading",
                                     description=__doc__.split("\n\n")[0])
    parser.add_argument("assignment")
    parser.add_argument("--course", type=Path, default=Path.cwd(),
                        help="course folder (with nbgrader_config.py); default: here")
    parser.add_argument("--steps", default=",".join(STEPS),
                        help=f"comma-separated, from: {', '.join(STEPS)}")
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1,
                        help="parallel grading processes (default: one per core)")
    parser.add_argument("--students", default=None,
                        help="comma-separated student ids (default: all in submitted/)")
    parser.add_argument("--shard", default=None, metavar="I/N",
                        help="grade only shard I of N (students split by a hash of their id)")
    parser.add_argument("--no-progress", action="store_true")
    args = parser.parse_args(argv)
    shard = None
    if args.shard:
        from .pipeline import parse_shard

        try:
            shard = parse_shard(args.shard)
        except ValueError as error:
            parser.error(str(error))
        if args.steps == ",".join(STEPS):  # the default: a shard does its own part only
            args.steps = "autograde,feedback"
    steps = [s.strip() for s in args.steps.split(",") if s.strip()]
    unknown = set(steps) - set(STEPS)
    if unknown:
        parser.error(f"unknown steps {sorted(unknown)}; choose from {', '.join(STEPS)}")
    if shard and {"export", "report"} & set(steps):
        parser.error("export and report are for the whole class: run them once, after every "
                     "shard, without --shard (STEPS=export,report)")
    if not (args.course / "nbgrader_config.py").exists():
        parser.error(f"{args.course} has no nbgrader_config.py (run from the course folder)")

    import matplotlib

    matplotlib.use("Agg")
    from . import pipeline, report, sandbox

    course = pipeline.Course.load(args.course)
    if not (course.root / "source" / args.assignment).is_dir():
        print(f"No assignment {args.assignment!r} in {course.root / 'source'} "
              f"/ No existe la tarea {args.assignment!r}.", file=sys.stderr)
        return 1
    outcomes = pipeline.load_outcomes(course, args.assignment, shard)
    if shard is None and pipeline.has_shard_files(course, args.assignment):
        pipeline.save_outcomes(course, args.assignment, outcomes)  # the shards, merged
    shard_students = None
    if shard is not None:
        everyone = (args.students.split(",") if args.students
                    else course.submitted(args.assignment))
        shard_students = pipeline.in_shard(everyone, *shard)
        print(f"shard {shard[0]}/{shard[1]}: {len(shard_students)} de {len(everyone)} "
              "estudiantes")
    if "autograde" in steps:
        if sandbox.unsafe_opt_out():
            print(f"WARNING / AVISO: {sandbox.UNSAFE_ENV}=1: student code runs UNSANDBOXED, "
                  "with your rights / el código de los estudiantes se ejecuta SIN aislar.",
                  file=sys.stderr)
        elif problem := sandbox.sandbox_problem():
            print(sandbox.refusal_message(problem), file=sys.stderr)
            return 1
        students = args.students.split(",") if args.students else None
        if shard_students is not None:
            students = shard_students
        if shard_students is None and not (students or course.submitted(args.assignment)):
            print(f"Nothing to grade: no submitted/<student>/{args.assignment}/ folders. Run "
                  "`nbgrader collect` or `nbgrader zip_collect` first. / No hay entregas.",
                  file=sys.stderr)
            return 1
        new = pipeline.autograde(course, args.assignment, students, workers=args.workers,
                                 progress=not args.no_progress)
        graded_now = {o.student for o in new}
        outcomes = sorted([o for o in outcomes if o.student not in graded_now] + new,
                          key=lambda o: o.student)
        pipeline.save_outcomes(course, args.assignment, outcomes, shard)
    if "feedback" in steps:
        only = args.students.split(",") if args.students else None
        if shard_students is not None:
            autograded = course.root / course.config.CourseDirectory.autograded_directory
            only = [s for s in shard_students if (autograded / s / args.assignment).is_dir()]
        result = pipeline.feedback(course, args.assignment, only)
        if not result.get("success"):
            print("generate_feedback failed:\n" + (result.get("log") or ""), file=sys.stderr)
            return 1
        print(f"feedback/: retroalimentación sin pruebas ocultas para {args.assignment}")
    if "export" in steps:
        path = pipeline.export(course, args.assignment)
        print(f"{course.root / 'grades.csv'} y {path}")
    if "report" in steps:
        for path in report.write_report(course, args.assignment):
            print(path)
    print(report.summary(outcomes))
    return pipeline.exit_status(outcomes)


if __name__ == "__main__":
    sys.exit(main())

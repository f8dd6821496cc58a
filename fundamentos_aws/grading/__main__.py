"""Grade an assignment for a whole class: ``python -m fundamentos_aws.grading <assignment>``.

    python -m fundamentos_aws.grading 01_infraestructura_global            # every step
    python -m fundamentos_aws.grading 01_infraestructura_global --steps autograde
    python -m fundamentos_aws.grading 01_infraestructura_global --workers 4

Steps, in order: autograde (parallel, sandboxed), feedback, export, report. ``make grade
A=<assignment>`` runs this from the course folder. Exit status: 0 when every submission was
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
    parser.add_argument("--no-progress", action="store_true")
    args = parser.parse_args(argv)
    steps = [s.strip() for s in args.steps.split(",") if s.strip()]
    unknown = set(steps) - set(STEPS)
    if unknown:
        parser.error(f"unknown steps {sorted(unknown)}; choose from {', '.join(STEPS)}")
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
    outcomes = pipeline.load_outcomes(course, args.assignment)
    if "autograde" in steps:
        if sandbox.unsafe_opt_out():
            print(f"WARNING / AVISO: {sandbox.UNSAFE_ENV}=1: student code runs UNSANDBOXED, "
                  "with your rights / el código de los estudiantes se ejecuta SIN aislar.",
                  file=sys.stderr)
        elif problem := sandbox.sandbox_problem():
            print(sandbox.refusal_message(problem), file=sys.stderr)
            return 1
        students = args.students.split(",") if args.students else None
        if not (students or course.submitted(args.assignment)):
            print(f"Nothing to grade: no submitted/<student>/{args.assignment}/ folders. Run "
                  "`nbgrader collect` or `nbgrader zip_collect` first. / No hay entregas.",
                  file=sys.stderr)
            return 1
        new = pipeline.autograde(course, args.assignment, students, workers=args.workers,
                                 progress=not args.no_progress)
        graded_now = {o.student for o in new}
        outcomes = sorted([o for o in outcomes if o.student not in graded_now] + new,
                          key=lambda o: o.student)
        pipeline.save_outcomes(course, args.assignment, outcomes)
    if "feedback" in steps:
        result = pipeline.feedback(course, args.assignment)
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

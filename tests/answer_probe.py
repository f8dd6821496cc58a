"""Try every public name of the package as the answer to every exercise of one assignment.

    python tests/answer_probe.py source/04_ec2/04_ec2_ejercicios.ipynb [extra_module ...]

Runs the source notebook's cells in order (solutions included), and before each exercise's
solution takes effect, binds the exercise's function name to each public callable (or
constant) of `fundamentos_aws` in turn and runs the exercise's VISIBLE tests. Prints JSON:
{answer grade_id: [names of package objects that passed]}. An empty list everywhere means the
package the students import answers no exercise.
"""

from __future__ import annotations

import ast
import contextlib
import importlib
import inspect
import io
import json
import pkgutil
import re
import signal
import sys
import types

import matplotlib
import nbformat

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402

import fundamentos_aws  # noqa: E402

# Entry points with side effects on the machine (servers, the student's folders, grading) or
# on the notebook's local AWS: calling them with an exercise's arguments proves nothing.
SKIP_MODULES = re.compile(r"fundamentos_aws\.(grading|lab|workspace|notebooks|progress|"
                          r"local_aws)(\.|$)|__main__$")
HIDDEN = re.compile(r"### BEGIN HIDDEN TESTS.*?### END HIDDEN TESTS", re.DOTALL)
SOLUTION_MARKERS = re.compile(r"^\s*### (BEGIN|END) SOLUTION\s*$\n?", re.MULTILINE)


class Timeout(BaseException):
    pass


def _alarm(signum, frame):
    raise Timeout()


def public_objects(extra: list[str] = ()) -> dict[str, object]:
    """{dotted name: object} of every name defined in the package's modules (and in the
    ``extra`` modules, which the probe's own test uses to plant an answer)."""
    found = {}
    modules = [fundamentos_aws, *map(importlib.import_module, extra)] + [
        importlib.import_module(m.name)
        for m in pkgutil.walk_packages(fundamentos_aws.__path__, "fundamentos_aws.")
        if not SKIP_MODULES.search(m.name)]
    for module in modules:
        for name, value in vars(module).items():
            if name.startswith("__") or isinstance(value, types.ModuleType):  # _private too
                continue
            origin = getattr(value, "__module__", module.__name__)
            if callable(value) and (not isinstance(origin, str)
                                    or not origin.startswith(("fundamentos_aws", *extra))
                                    or SKIP_MODULES.search(origin)):
                continue  # imported from elsewhere (boto3, math...) or a skipped module
            found[f"{module.__name__}.{name}"] = value
    return found


def accepts(value: object, arity: int) -> bool:
    """Can ``value`` be called as the exercise's function? The checks' own functions, whose
    first parameter is the student's function, cannot: no exercise takes a function."""
    try:
        signature = inspect.signature(value)
        signature.bind(*range(arity))
    except (TypeError, ValueError):
        return False
    first = next(iter(signature.parameters.values()), None)
    return first is None or "Callable" not in str(first.annotation)


def exercises(nb) -> list[tuple[int, str, str, int, list[str]]]:
    """(cell index, grade_id, answer name, arity, visible test sources) per coded exercise."""
    out = []
    cells = nb.cells
    for i, cell in enumerate(cells):
        gid = cell.metadata.get("nbgrader", {}).get("grade_id", "")
        if not re.fullmatch(r"ej\w*-respuesta", gid):
            continue
        tree = ast.parse(SOLUTION_MARKERS.sub("", cell.source))
        defs = [n for n in tree.body if isinstance(n, ast.FunctionDef)]
        if defs:
            name, arity = defs[0].name, len(defs[0].args.args)
        else:
            targets = [t.id for n in tree.body if isinstance(n, ast.Assign)
                       for t in n.targets if isinstance(t, ast.Name)]
            if not targets:
                continue
            name, arity = targets[0], -1
        tests = []
        for later in cells[i + 1:]:
            meta = later.metadata.get("nbgrader", {})
            if meta.get("solution"):
                break
            if later.cell_type == "code" and meta.get("grade"):
                tests.append(HIDDEN.sub("", later.source))
        out.append((i, gid, name, arity, tests))
    return out


def run(code: str, namespace: dict, seconds: int = 20) -> bool:
    signal.alarm(seconds)
    try:
        with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
            exec(compile(code, "<cell>", "exec"), namespace)
        return True
    except (Exception, Timeout):
        return False
    finally:
        signal.alarm(0)
        plt.close("all")


AWS_ID = re.compile(r"^(arn:aws|[a-z]+-[0-9a-f]{8,}$)")
PLAIN = (int, float, bool, str, list, dict, set, tuple, frozenset)


def plausible(candidate_result: object, solution_result: object) -> bool:
    """Could a candidate that returned this on the solution's first inputs pass the tests?
    Values must be equal; ids, ARNs, figures and side effects can only be told apart by the
    tests themselves."""
    with contextlib.suppress(Exception):
        if candidate_result == solution_result:
            return True
    if solution_result is None:
        return True
    if isinstance(solution_result, str) and AWS_ID.match(solution_result):
        return isinstance(candidate_result, str)
    if not isinstance(solution_result, PLAIN):
        return type(candidate_result) is type(solution_result)
    if isinstance(solution_result, list | tuple) and solution_result and all(
            isinstance(x, str) and AWS_ID.match(x) for x in solution_result):
        return isinstance(candidate_result, list | tuple)
    return False


def first_call(function, tests: list[str], namespace: dict, name: str):
    """Run the visible tests with the solution, recording its first call: (args, result)."""
    seen: list = []

    def recorder(*args, **kwargs):
        result = function(*args, **kwargs)
        if not seen:
            seen.append((args, kwargs, result))
        return result

    trial = dict(namespace)
    trial[name] = recorder
    for test in tests:
        run(test, trial)
    return seen[0] if seen else None


def try_call(candidate, args, kwargs):
    signal.alarm(10)
    try:
        with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
            return True, candidate(*args, **kwargs)
    except (Exception, Timeout):
        return False, None
    finally:
        signal.alarm(0)
        plt.close("all")


def main(path: str, extra: list[str]) -> None:
    signal.signal(signal.SIGALRM, _alarm)
    nb = nbformat.read(path, as_version=4)
    objects = public_objects(extra)
    namespace: dict = {"__name__": "__main__"}
    plan = {i: (gid, name, arity, tests) for i, gid, name, arity, tests in exercises(nb)}
    report: dict[str, list[str]] = {}
    for i, cell in enumerate(nb.cells):
        if cell.cell_type != "code":
            continue
        before = dict(namespace)
        source = SOLUTION_MARKERS.sub("", HIDDEN.sub("", cell.source))
        if not run(source, namespace, seconds=120) and not cell.metadata.get(
                "nbgrader", {}).get("grade"):
            print(f"setup or solution cell {cell.get('id')} failed", file=sys.stderr)
        if i not in plan:
            continue
        gid, name, arity, tests = plan[i]
        solution = namespace.get(name)
        recorded = None if arity == -1 else first_call(solution, tests, before, name)
        passed = []
        for dotted, value in objects.items():
            if arity == -1:
                if not plausible(value, solution):
                    continue
            else:
                if not callable(value) or not accepts(value, arity):
                    continue
                if recorded is not None:
                    ok, result = try_call(value, recorded[0], recorded[1])
                    if not ok or not plausible(result, recorded[2]):
                        continue
            trial = dict(before)
            trial[name] = value
            if tests and all(run(test, trial) for test in tests):
                passed.append(dotted)
        report[gid] = passed
    print(json.dumps(report))


if __name__ == "__main__":
    sys.path.insert(0, ".")  # extra modules come from the working directory
    main(sys.argv[1], sys.argv[2:])

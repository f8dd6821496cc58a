"""Checks for the exercises: short Spanish messages instead of long tracebacks.

Test cells in the assignments call these helpers. A failed check raises :class:`CheckFailure`,
an ``AssertionError`` (so nbgrader counts the cell as failed) that Jupyter shows as one
Spanish sentence rather than a traceback full of the checker's own lines.
"""

from __future__ import annotations

import hashlib
import inspect
import math
import types
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from botocore.client import BaseClient

OK = "✔"
FAIL = "✘"


class CheckFailure(AssertionError):
    """A check that failed, with a message meant for the student."""

    def _render_traceback_(self) -> list[str]:
        # IPython calls this instead of formatting a traceback: the student (and the
        # feedback HTML) sees only the message, never the test code around it.
        return [f"\x1b[0;31m{FAIL} {self}\x1b[0m"]


def check(condition: object, message: str) -> None:
    """Fail with ``message`` (Spanish, for the student) unless ``condition`` is true."""
    if not condition:
        raise CheckFailure(message)


def check_close(actual: object, expected: float, what: str, rel: float = 1e-3,
                abs_tol: float = 1e-9) -> None:
    """Check that ``actual`` is a number within ``rel`` (relative) of ``expected``."""
    check(isinstance(actual, int | float) and not isinstance(actual, bool),
          f"{what} debería ser un número, pero es {describe(actual)}.")
    check(math.isclose(actual, expected, rel_tol=rel, abs_tol=abs_tol),
          f"{what} vale {actual:.6g}, pero se esperaba {expected:.6g} "
          f"(se admite un error relativo de {rel:.1%}).")


def call(function: Callable[..., Any], *args: Any, what: str | None = None) -> Any:
    """Call the student's ``function``; turn an exception into a clear message."""
    shown = what or f"{getattr(function, '__name__', 'la función')}{_args_text(args)}"
    check(callable(function), f"{shown}: no es una función. ¿Has ejecutado su celda?")
    try:
        return function(*args)
    except NotImplementedError:
        raise CheckFailure(
            f"{shown}: la función aún no está hecha (lanza NotImplementedError). "
            "Sustituye la línea «raise NotImplementedError()» por tu código."
        ) from None
    except CheckFailure:
        raise
    except Exception as exc:  # the student's bug: say which call and what it raised
        raise CheckFailure(f"{shown} lanzó {type(exc).__name__}: {exc}") from None


def call_with_hint(function: Callable[..., Any], *args: Any,
                   hint_for: Callable[[BaseException | None], str],
                   what: str | None = None) -> Any:
    """:func:`call`, adding to its failure a Spanish hint that ``hint_for`` finds for the
    error behind it (the errors a beginner meets in one module); "" means no hint."""
    try:
        return call(function, *args, what=what)
    except CheckFailure as failure:
        hint = hint_for(failure.__context__)
        raise CheckFailure(f"{failure} → {hint}" if hint else str(failure)) from None


def describe(value: object) -> str:
    """A short Spanish description of a value, for messages."""
    text = repr(value)
    if len(text) > 120:
        text = text[:117] + "..."
    return f"{text} (tipo {type(value).__name__})"


def _args_text(args: tuple[Any, ...]) -> str:
    inner = ", ".join(repr(a) if len(repr(a)) < 40 else "…" for a in args)
    return f"({inner})"


def answer_hash(question_id: str, answer: object) -> str:
    """The hash stored in a quiz's test cell: it checks an answer without showing it."""
    normalized = str(answer).strip().lower()
    return hashlib.sha256(f"{question_id}|{normalized}".encode()).hexdigest()[:16]


def check_answer(question_id: str, answer: object, expected_hash: str,
                 options: str = "abcd", hint: str = "") -> None:
    """Check a multiple-choice answer (a letter) against its hash."""
    check(isinstance(answer, str) and answer.strip().lower() in options,
          f"Pregunta {question_id}: responde con una letra entre comillas, una de "
          f"{', '.join(repr(o) for o in options)}; ahora vale {describe(answer)}.")
    if answer_hash(question_id, answer) != expected_hash:
        raise CheckFailure(
            f"Pregunta {question_id}: «{answer.strip()}» no es la respuesta correcta."
            + (f" Pista: {hint}" if hint else "")
        )
    print(f"{OK} Pregunta {question_id}: correcta.")


def passed(message: str = "Correcto.") -> None:
    """Tell the student a visible check passed."""
    print(f"{OK} {message}")


ApiCall = Callable[[BaseClient, str, dict[str, Any]], Any]


@contextmanager
def api_calls_through(make: Callable[[ApiCall], ApiCall]) -> Iterator[ApiCall]:
    """Route every boto3 call made inside the block, by any client, through
    ``make(original)``: a function ``(client, operation, params) -> response`` that may look
    at, change or answer the call, and calls ``original`` for what AWS would answer.

    The one place where the checks bend moto towards AWS (pages, launch counts, refusals)
    or record calls. Yields ``original``."""
    original = BaseClient._make_api_call
    BaseClient._make_api_call = make(original)  # type: ignore[method-assign]
    try:
        yield original
    finally:
        BaseClient._make_api_call = original  # type: ignore[method-assign]


@contextmanager
def recorded_calls() -> Iterator[list[tuple[str, str, dict[str, Any]]]]:
    """Record every AWS API call made inside the block, by any boto3 client.

    Yields a list that fills with ``(service, operation, params)`` tuples, in call order, e.g.
    ``("ec2", "RunInstances", {"MinCount": 1, ...})``. Checks use it where moto accepts what
    AWS refuses: the check then tests what AWS would need (which calls, in which order, with
    which parameters) instead of believing moto.
    """
    calls: list[tuple[str, str, dict[str, Any]]] = []

    def make(original: ApiCall) -> ApiCall:
        def recording(client: BaseClient, operation_name: str,
                      api_params: dict[str, Any]) -> Any:
            calls.append((client.meta.service_model.service_name, operation_name,
                          dict(api_params)))
            return original(client, operation_name, api_params)
        return recording

    with api_calls_through(make):
        yield calls


def modules_used(function: Callable[..., Any]) -> set[str]:
    """The modules whose objects ``function`` reaches through its global names, following the
    student's own helper functions (defined in the notebook) as far as they go.

    A visible check uses it to tell a student that an answer leans on a course module that
    already does the exercise (e.g. ``fundamentos_aws.pricing``) instead of their own logic.
    """
    seen: set[int] = set()
    found: set[str] = set()

    def names(code: types.CodeType) -> set[str]:
        out = set(code.co_names)
        for const in code.co_consts:
            if isinstance(const, types.CodeType):
                out |= names(const)
        return out

    def visit(func: Any) -> None:
        func = inspect.unwrap(func) if callable(func) else func
        code = getattr(func, "__code__", None)
        if code is None or id(func) in seen:
            return
        seen.add(id(func))
        own = getattr(func, "__module__", None)
        if isinstance(own, str) and own not in {"__main__", "builtins"}:
            found.add(own)  # the function itself comes from a module (it was imported)
        scope = getattr(func, "__globals__", {})
        for name in names(code):
            if name not in scope:
                continue
            value = scope[name]
            module = (value.__name__ if isinstance(value, types.ModuleType)
                      else getattr(value, "__module__", None))
            if isinstance(module, str) and module not in {"__main__", "builtins"}:
                found.add(module)
            if getattr(value, "__module__", None) == "__main__":
                visit(value)
        for cell in getattr(func, "__closure__", None) or ():
            try:
                visit(cell.cell_contents)
            except ValueError:  # an empty closure cell
                pass

    visit(function)
    return found


def check_own_logic(function: Callable[..., Any], module: str, what: str) -> None:
    """Fail with a Spanish message when ``function`` uses ``module`` (or one of its
    submodules) to do what the exercise asks the student to write."""
    used = sorted(m for m in modules_used(function)
                  if m == module or m.startswith(module + "."))
    check(not used,
          f"{what} usa {', '.join(used)}, que ya hace este cálculo: el ejercicio pide que "
          "escribas tú la lógica. Al corregir, tu profesor verá este aviso.")

"""What a learner reads: AWS's own Spanish terms, hints that teach without giving the answer,
and one syllabus (the README's) that the welcome lesson repeats."""

from __future__ import annotations

import ast
import re

import nbformat
import pytest
from course import REPO, assignment_notebooks, assignments, lessons

from fundamentos_aws import load_csv

GLOSSARY = [row for row in load_csv("glosario.csv") if row["patron_evitar"]]
PACKAGE = REPO / "fundamentos_aws"
# Messages for the instructor are English on purpose (grading reasons, logs).
ENGLISH_ONLY = {PACKAGE / "grading"}

# A string that holds Python code (a handler written for a test), not a sentence.
CODE_TEXT = re.compile(r"^\s*(def|import|from|return|class) ", re.MULTILINE)
FENCED = re.compile(r"```.*?```", re.DOTALL)
INLINE_CODE = re.compile(r"`[^`\n]*`")
LINK_TARGET = re.compile(r"\]\([^)]*\)|<https?://[^>]*>|https?://\S+")
# «controlador (*handler*)»: the English term once, in parentheses, beside the Spanish one.
ENGLISH_ASIDE = re.compile(r"\((?:en inglés,?\s*)?[*_]*[A-Za-z][A-Za-z0-9 ./-]*[*_]*"
                           r"(?:,\s*[*_]*[A-Za-z][A-Za-z0-9 ./-]*[*_]*)*(?:,? en inglés)?\)")


def prose(text: str) -> str:
    """The words of a Markdown text or message: code, links and English asides removed."""
    for pattern in (FENCED, INLINE_CODE, LINK_TARGET, ENGLISH_ASIDE):
        text = pattern.sub(" ", text)
    return text


def _strings(source: str) -> list[str]:
    """String constants of Python code that read as sentences (have a space), docstrings out."""
    lines = [line for line in source.splitlines() if not line.lstrip().startswith(("%", "!"))]
    try:
        tree = ast.parse("\n".join(lines))
    except SyntaxError:
        return []
    docstrings = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef):
            body = node.body
            if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant):
                docstrings.add(id(body[0].value))
    return [node.value for node in ast.walk(tree)
            if isinstance(node, ast.Constant) and isinstance(node.value, str)
            and " " in node.value and id(node) not in docstrings
            and not CODE_TEXT.search(node.value)]


def learner_texts() -> list[tuple[str, str]]:
    """(where, text) for every piece of Spanish a learner reads."""
    texts = []
    notebooks = lessons() + [p for a in assignments()
                             for p in assignment_notebooks(REPO / "source" / a)]
    for path in notebooks:
        for cell in nbformat.read(path, as_version=4).cells:
            where = f"{path.relative_to(REPO)} [{cell.get('id')}]"
            if cell.cell_type == "markdown":
                texts.append((where, cell.source))
            elif cell.cell_type == "code":
                texts += [(where, s) for s in _strings(cell.source)]
    for path in sorted(PACKAGE.rglob("*.py")):
        if any(folder in path.parents for folder in ENGLISH_ONLY):
            continue
        texts += [(str(path.relative_to(REPO)), s)
                  for s in _strings(path.read_text(encoding="utf-8"))]
    return texts


def test_the_scan_sees_what_a_learner_reads():
    texts = learner_texts()
    wheres = {where.split(" ")[0] for where, _ in texts}
    assert "fundamentos_aws/checks/ec2.py" in wheres
    assert any(w.startswith("notebooks/00_bienvenida") for w in wheres)
    assert any(w.startswith("source/") for w in wheres)
    # The asides the glossary allows are removed; the avoided words are not.
    assert "handler" not in prose("el controlador (*handler*) recibe el evento")
    assert "handler" in prose("el handler recibe el evento")
    assert "runtime" not in prose("usa `runtime` en la llamada")


@pytest.mark.parametrize("term", GLOSSARY, ids=lambda row: row["ingles"])
def test_no_avoided_term_in_what_a_learner_reads(term):
    pattern = re.compile(term["patron_evitar"], re.IGNORECASE)
    # "handler"/"runtime" in capitals are boto3's parameter names (Handler=, Runtime=).
    if "handler" in term["patron_evitar"]:
        pattern = re.compile(term["patron_evitar"])
    found = []
    for where, text in learner_texts():
        match = pattern.search(prose(text))
        if match:
            start = max(match.start() - 40, 0)
            found.append(f"{where}: …{prose(text)[start:match.end() + 40]!r}…")
    assert not found, (f"avoid {term['evitar']}; say «{term['espanol']}» "
                       f"({term['fuente']}):\n" + "\n".join(found))


# --- hints ---------------------------------------------------------------------------------

HINT_LEVELS = ("💡 Pista 1 · la idea", "💡 Pista 2 · dónde mirar")
TOKEN = re.compile(r"""[rRbBfFuU]{0,2}("[^"\n]*"|'[^'\n]*')|\d+(?:\.\d+)?|[A-Za-z_]\w*"""
                   r"|==|!=|<=|>=|\*\*|//|->|\S")
SOLUTION = re.compile(r"### BEGIN SOLUTION\n(.*?)### END SOLUTION", re.DOTALL)


def code_tokens(code: str) -> list[str]:
    """Tokens of a code fragment, local names made anonymous: `prefix` and `prefijo` are the
    same name; attributes, called functions and keyword names stay as they are."""
    code = re.sub(r"#[^\n]*", "", code)
    raw = [m.group(0) for m in TOKEN.finditer(code)]
    out = []
    for i, tok in enumerate(raw):
        if re.fullmatch(r"[A-Za-z_]\w*", tok):
            before = raw[i - 1] if i else ""
            after = raw[i + 1] if i + 1 < len(raw) else ""
            keep = before == "." or after in {"(", "="} or tok in {
                "for", "in", "if", "else", "return", "def", "lambda", "not", "and", "or",
                "None", "True", "False", "import", "from", "with", "as", "while", "is"}
            out.append(tok if keep else "ID")
        else:
            out.append(tok)
    return out


def longest_shared_run(a: list[str], b: list[str]) -> list[str]:
    best: tuple[int, int] = (0, 0)
    previous = [0] * (len(b) + 1)
    for i in range(1, len(a) + 1):
        current = [0] * (len(b) + 1)
        for j in range(1, len(b) + 1):
            if a[i - 1] == b[j - 1]:
                current[j] = previous[j - 1] + 1
                if current[j] > best[0]:
                    best = (current[j], i)
        previous = current
    return a[best[1] - best[0]:best[1]]


def exercises_with_hints() -> list[tuple[str, str, str, str]]:
    """(assignment, answer grade_id, solution code, hint Markdown) of every coded exercise."""
    found = []
    for assignment in assignments():
        for path in assignment_notebooks(REPO / "source" / assignment):
            cells = nbformat.read(path, as_version=4).cells
            for i, cell in enumerate(cells):
                grade_id = cell.metadata.get("nbgrader", {}).get("grade_id", "")
                if cell.cell_type != "code" or not re.fullmatch(r"ej\w*-respuesta", grade_id):
                    continue
                hints = []
                for after in cells[i + 1:]:
                    if after.cell_type == "code":
                        break
                    hints.append(after.source)
                solution = "\n".join(SOLUTION.findall(cell.source)) or cell.source
                found.append((assignment, grade_id, solution, "\n".join(hints)))
    return found


def test_the_hint_scan_finds_the_exercises():
    found = exercises_with_hints()
    assert {a for a, *_ in found} == set(assignments())
    # The measure catches a regex or a call copied with other local names...
    solution = 'prefix, size = name.split(".", 1)\nm = re.fullmatch(r"([a-z]+)(\\d+)", prefix)'
    hint = '`re.fullmatch(r"([a-z]+)(\\d+)", prefijo)` and `name.split(".", 1)`'
    spans = [code_tokens(s) for s in re.findall(r"`([^`]*)`", hint)]
    assert max(len(longest_shared_run(s, code_tokens(solution))) for s in spans) >= 8
    # ... and lets an API's name through.
    assert len(longest_shared_run(code_tokens("re.fullmatch"), code_tokens(solution))) < 8


@pytest.mark.parametrize(("assignment", "grade_id", "solution", "hints"), [
    pytest.param(*e, id=f"{e[0]}-{e[1]}") for e in exercises_with_hints()])
def test_hints_teach_in_levels_without_the_answer(assignment, grade_id, solution, hints):
    for level in HINT_LEVELS:
        assert f"<summary>{level}</summary>" in hints, (
            f"{assignment} {grade_id}: no hint «{level}» under the answer cell")
    answer = code_tokens(solution)
    spans = FENCED.findall(hints) + INLINE_CODE.findall(hints)
    for span in spans:
        shared = longest_shared_run(code_tokens(span.strip("`")), answer)
        assert len(shared) < 8, (
            f"{assignment} {grade_id}: a hint holds the answering code "
            f"«{' '.join(shared)}» (from {span!r}): give the idea and where to look instead")


# --- one syllabus -----------------------------------------------------------------------------

ROW = re.compile(r"^\|\s*\**(\d\d) ([^|*]+?)\**\s*\|(.*)\|\s*$", re.MULTILINE)


def _syllabus(text: str) -> dict[str, tuple[str, str]]:
    return {m.group(1): (m.group(2).strip(), m.group(3)) for m in ROW.finditer(text)}


def test_welcome_lesson_syllabus_is_the_readme_syllabus():
    readme = _syllabus((REPO / "README.md").read_text(encoding="utf-8").split("## Temario")[1]
                       .split("\n## ")[0])
    welcome_nb = nbformat.read(REPO / "notebooks" / "00_bienvenida.ipynb", as_version=4)
    cell = next(c for c in welcome_nb.cells if c.get("id") == "temario")
    welcome = _syllabus(cell.source)
    assert readme, "README.md has no syllabus table under «## Temario»"
    assert {k: v[0] for k, v in welcome.items()} == {k: v[0] for k, v in readme.items()}
    for number, (name, rest) in welcome.items():
        has_lesson = bool(list((REPO / "notebooks").glob(f"{number}_*.ipynb")))
        has_exercises = bool(list((REPO / "source").glob(f"{number}_*")))
        status = rest.rsplit("|", 1)[-1].strip()
        expected = ("lección y ejercicios" if has_exercises else
                    "lección" if has_lesson else "próximamente")
        assert status == expected, f"welcome lesson: {number} {name} says «{status}»"
        readme_status = readme[number][1].rsplit("|", 1)[-1].strip()
        assert (readme_status == "✔") == has_exercises, f"README: {number} {name}"


def test_welcome_lesson_has_the_glossary():
    welcome_nb = nbformat.read(REPO / "notebooks" / "00_bienvenida.ipynb", as_version=4)
    text = "\n".join(c.source for c in welcome_nb.cells)
    assert "glosario.csv" in text or all(row["espanol"] in text for row in GLOSSARY)


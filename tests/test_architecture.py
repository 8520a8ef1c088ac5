"""The house's rules, read from the sources: the flow of imports, one calendar, short functions.

goalkit's modules import in one direction (DESIGN, "Architecture"):
errors <- schedule, text <- model <- smart, progress, rhythm <- serialize,
tables <- report <- render <- cli. `LAYERS` below is that arrow, written
once. Every import is read with `ast`, function-level and type-only ones
included, so a lazy import cannot hide a back-edge. Two edges run against
the arrow, each for a stated reason, and no others.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parent.parent / "src" / "goalkit"

#: The layers, lowest first: a module imports only from its own layer or lower ones.
LAYERS: tuple[frozenset[str], ...] = tuple(
    frozenset(names)
    for names in (
        ("_errors", "_version", "_words"),
        ("_schedule", "_text"),
        ("_model", "_display_hook", "_framework_hook"),
        ("_measure",),
        ("_smart", "_progress", "_draft", "_rhythm"),
        ("_serialize",),
        ("_templates", "_examples", "_tables"),
        ("_report", "_programme"),
        ("_render",),
        ("_cli", "plot", "testing", "_hypothesis_entry", "__init__", "__main__"),
    )
)

#: The only imports against the arrow, (from, to), and why each is allowed.
ALLOWED_BACK_EDGES: dict[tuple[str, str], str] = {
    # Jupyter and PlanReport's render methods ask a value for its own presentation;
    # the hook imports the renderer lazily, inside functions (see its docstring).
    ("_display_hook", "_render"): "the display hook",
    # pydantic asks a model class for its core schema and JSON Schema; the hook answers
    # with the loader and the schema, imported lazily (see goalkit._framework_hook).
    ("_framework_hook", "_serialize"): "pydantic's hooks",
    # NotSmartError carries the SmartReport that says why; the import is for typing
    # only (under TYPE_CHECKING) and never runs.
    ("_errors", "_smart"): "a type-only annotation",
}


def _layer(component: str) -> int:
    for index, names in enumerate(LAYERS):
        if component in names:
            return index
    raise AssertionError(f"goalkit.{component} is in no layer: add it to LAYERS in this test")


def _component(module: str) -> str:
    """The top-level part of a goalkit module: `goalkit._render.text` -> `_render`."""
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else "__init__"


def _module(path: Path) -> str:
    """The dotted name of the module in *path*, a package's `__init__` named by its package."""
    parts = list(path.relative_to(SRC.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def imports(source: str, module: str, *, is_package: bool) -> Iterator[tuple[int, str]]:
    """(line, goalkit module) for every import in *source*, at any depth, relative ones resolved.

    `from goalkit import _render` names the module `goalkit._render`.
    """
    package = module if is_package else module.rpartition(".")[0]
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            yield from ((node.lineno, alias.name) for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - (node.level - 1)]
                base = ".".join([*anchor, base] if base else anchor)
            if base == "goalkit":
                yield from ((node.lineno, f"goalkit.{alias.name}") for alias in node.names)
            else:
                yield node.lineno, base


def _goalkit_imports(path: Path) -> Iterator[tuple[int, str]]:
    text = path.read_text(encoding="utf-8")
    for line, target in imports(text, _module(path), is_package=path.name == "__init__.py"):
        if target == "goalkit" or target.startswith("goalkit."):
            yield line, target


SOURCES = sorted(SRC.rglob("*.py"))


def test_every_import_follows_the_arrow() -> None:
    """No module imports from a higher layer, except the allowed edges."""
    wrong = []
    for path in SOURCES:
        source = _component(_module(path))
        for line, target in _goalkit_imports(path):
            imported = _component(target)
            if target == "goalkit" or (source, imported) in ALLOWED_BACK_EDGES:
                continue
            if _layer(imported) > _layer(source):
                wrong.append(f"{path.relative_to(SRC.parent)}:{line} imports {target}")
    assert not wrong, "imports against the arrow:\n" + "\n".join(wrong)


def test_every_allowed_back_edge_is_still_needed() -> None:
    """An allowed edge that no module uses any more is taken off the list."""
    used = {
        (_component(_module(path)), _component(target))
        for path in SOURCES
        for _, target in _goalkit_imports(path)
    }
    assert set(ALLOWED_BACK_EDGES) <= used


def test_the_display_hook_imports_the_renderer_only_lazily() -> None:
    """The hook has no import of goalkit at module level: the renderer loads when first used."""
    tree = ast.parse((SRC / "_display_hook.py").read_text(encoding="utf-8"))
    top_level = [
        node
        for node in tree.body
        if isinstance(node, ast.Import | ast.ImportFrom)
        and any(name.startswith("goalkit") for name in _names(node))
    ]
    assert not top_level
    assert {target for _, target in _goalkit_imports(SRC / "_display_hook.py")} == {
        "goalkit._render"
    }


def test_the_type_only_edge_stays_type_only() -> None:
    """`_errors` imports `_smart` only under `if TYPE_CHECKING:`."""
    tree = ast.parse((SRC / "_errors.py").read_text(encoding="utf-8"))
    guarded = {
        id(child)
        for node in ast.walk(tree)
        if isinstance(node, ast.If) and ast.unparse(node.test) == "TYPE_CHECKING"
        for child in ast.walk(node)
    }
    smart = [
        node
        for node in ast.walk(tree)
        if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("goalkit._smart")
    ]
    assert smart
    assert all(id(node) in guarded for node in smart)


def _names(node: ast.Import | ast.ImportFrom) -> list[str]:
    if isinstance(node, ast.ImportFrom):
        return [node.module or ""]
    return [alias.name for alias in node.names]


class TestTheImportReader:
    """The reader behind the arrow test sees every form of import."""

    def test_it_sees_function_level_imports(self) -> None:
        """A lazy import inside a function is read like any other."""
        source = "def f():\n    from goalkit._render import text\n    return text\n"
        assert list(imports(source, "goalkit._report", is_package=False)) == [
            (2, "goalkit._render")
        ]

    def test_it_resolves_relative_imports(self) -> None:
        """`from .format import x` in `goalkit._render.text` is `goalkit._render.format`."""
        source = "from .format import percent\nfrom .. import _model\n"
        assert list(imports(source, "goalkit._render.text", is_package=False)) == [
            (1, "goalkit._render.format"),
            (2, "goalkit._model"),
        ]

    def test_it_names_modules_imported_from_the_package(self) -> None:
        """`from goalkit import _render` is an import of `goalkit._render`."""
        source = "from goalkit import _render, _schedule\n"
        assert [target for _, target in imports(source, "goalkit._x", is_package=False)] == [
            "goalkit._render",
            "goalkit._schedule",
        ]


#: The longest a function may be, docstring included (issue 9: none over 100 lines).
MAX_FUNCTION_LINES = 100


@pytest.mark.parametrize("path", SOURCES, ids=lambda path: str(path.relative_to(SRC.parent)))
def test_no_function_is_longer_than_100_lines(path: Path) -> None:
    """Every function and method in src/ fits in 100 lines, docstring included."""
    long = [
        f"{node.name} ({node.end_lineno - node.lineno + 1} lines, line {node.lineno})"
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef)
        and node.end_lineno is not None
        and node.end_lineno - node.lineno + 1 > MAX_FUNCTION_LINES
    ]
    assert not long, f"functions over {MAX_FUNCTION_LINES} lines: {', '.join(long)}"


def test_only_the_calendar_imports_relativedelta_or_knows_month_lengths() -> None:
    """`relativedelta`, `calendar.monthrange` and mean month or year lengths live in `_schedule`."""
    offenders = []
    for path in SOURCES:
        if path.name == "_schedule.py":
            continue
        text = path.read_text(encoding="utf-8")
        modules = {target for _, target in imports(text, _module(path), is_package=False)}
        if {"dateutil.relativedelta", "calendar"} & modules or any(
            length in text for length in ("30.43", "365.2", "91.31", "monthrange")
        ):
            offenders.append(str(path.relative_to(SRC.parent)))
    assert not offenders

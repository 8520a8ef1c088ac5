"""Problem codes: every problem a loader reports carries a stable, documented code."""

from __future__ import annotations

import ast
import pathlib
import re
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

import goalkit
from goalkit import (
    PROBLEM_CODES,
    CheckIn,
    Goal,
    KeyResult,
    LoadError,
    Plan,
    Problem,
    ValidationError,
    from_dict,
    from_json,
)

ROOT = pathlib.Path(__file__).resolve().parent.parent
SOURCES = ROOT / "src" / "goalkit"
REFERENCE = ROOT / "docs" / "reference" / "errors.md"

PLAN = {"schema_version": 1, "mentee": {"name": "Ana", "id": "ana"}, "id": "p"}
KR = {"title": "Talks given", "target": 5, "id": "kr"}


def _plan(**extra: Any) -> dict[str, Any]:
    return {**PLAN, **extra}


#: (what the mentor sent, the class, the path of the problem, its code)
BAD_DOCUMENTS: list[tuple[str, type, Any, str, str]] = [
    ("a goal without a title", Goal, {}, "title", "missing"),
    ("a typo in a key", Goal, {"title": "Talk", "tittle": "x"}, "tittle", "unknown_key"),
    ("text for a number", Goal, {"title": "Talk", "weight": "2"}, "weight", "type"),
    ("a boolean for a number", Goal, {"title": "Talk", "weight": True}, "weight", "type"),
    ("a negative weight", Goal, {"title": "Talk", "weight": -1}, "weight", "range"),
    ("a blank title", Goal, {"title": "  "}, "title", "blank"),
    ("a date in the wrong form", Goal, {"title": "Talk", "due": "31/01/2027"}, "due", "format"),
    ("an impossible date", Goal, {"title": "Talk", "due": "2027-02-30"}, "due", "format"),
    ("a date as a number", Goal, {"title": "Talk", "due": 20270131}, "due", "type"),
    ("an unknown status", Goal, {"title": "Talk", "status": "done"}, "status", "choice"),
    ("an id with spaces", Goal, {"title": "Talk", "id": " g "}, "id", "format"),
    (
        "due before start",
        Goal,
        {"title": "Talk", "start": "2027-03-01", "due": "2027-01-31"},
        "due",
        "due_before_start",
    ),
    (
        "a goal its own parent",
        Goal,
        {"title": "Talk", "id": "g", "parent_id": "g"},
        "parent_id",
        "unknown_parent",
    ),
    (
        "a target equal to the baseline",
        KeyResult,
        {"title": "Talks", "target": 5, "baseline": 5},
        "target",
        "target_equals_baseline",
    ),
    (
        "a target below the baseline for INCREASE",
        KeyResult,
        {"title": "Talks", "target": 2, "baseline": 5, "direction": "increase"},
        "target",
        "wrong_direction",
    ),
    (
        "confidence over 10",
        CheckIn,
        {"on": "2027-02-01", "value": 2, "confidence": 11},
        "confidence",
        "range",
    ),
    (
        "confidence with a fraction",
        CheckIn,
        {"on": "2027-02-01", "value": 2, "confidence": 7.5},
        "confidence",
        "type",
    ),
    (
        "two key results with one id",
        Goal,
        {"title": "Talk", "key_results": [KR, KR]},
        "key_results[1].id",
        "duplicate_id",
    ),
    (
        "a parent that is not in the plan",
        Plan,
        _plan(goals=[{"title": "Talk", "id": "g", "parent_id": "nobody"}]),
        "goals[0].parent_id",
        "unknown_parent",
    ),
    (
        "two goals with one id",
        Plan,
        _plan(goals=[{"title": "A", "id": "g"}, {"title": "B", "id": "g"}]),
        "goals[1].id",
        "duplicate_id",
    ),
    (
        "goals each other's parent",
        Plan,
        _plan(
            goals=[
                {"title": "A", "id": "a", "parent_id": "b"},
                {"title": "B", "id": "b", "parent_id": "a"},
            ]
        ),
        "goals[0].parent_id",
        "parent_cycle",
    ),
    (
        "the mentee as mentor",
        Plan,
        _plan(mentor={"name": "Ana", "id": "ana"}),
        "mentor.id",
        "same_person",
    ),
    ("a plan without a version", Plan, {"mentee": PLAN["mentee"]}, "schema_version", "missing"),
    ("a plan from the future", Plan, _plan(schema_version=99), "schema_version", "version"),
    ("a version as text", Plan, _plan(schema_version="1"), "schema_version", "type"),
    ("an array for a goal", Goal, [], "", "type"),
    (
        "a cadence every 0 weeks",
        Plan,
        _plan(cadence={"every": 0, "unit": "week", "anchor": "2027-01-04"}),
        "cadence.every",
        "range",
    ),
    (
        "a revision to a field that is not revisable",
        Goal,
        {
            "title": "Talk",
            "revisions": [{"on": "2027-02-01", "reason": "x", "changes": {"id": ["a", "b"]}}],
        },
        "revisions[0].changes.id",
        "unknown_key",
    ),
]

#: (what was sent as JSON text, its code)
BAD_TEXTS: list[tuple[str, str | bytes, str]] = [
    ("not JSON", '{"title": ', "syntax"),
    ("a duplicate key", '{"title": "A", "title": "B"}', "duplicate_key"),
    ("NaN", '{"title": "A", "weight": NaN}', "not_finite"),
    ("invalid UTF-8", b'{"title": "\xff"}', "encoding"),
    ("a lone surrogate", '{"title": "\\ud800"}', "encoding"),
    ("nesting beyond any document", "[" * 100_000 + "]" * 100_000, "too_large"),
    ("a number overflowing to infinity", '{"title": "A", "weight": 1e999}', "not_finite"),
]


@pytest.mark.parametrize(
    ("cls", "document", "path", "code"),
    [case[1:] for case in BAD_DOCUMENTS],
    ids=[case[0] for case in BAD_DOCUMENTS],
)
def test_each_mistake_has_its_code(cls: type, document: Any, path: str, code: str) -> None:
    """A document with one mistake gets one problem, at its path, with the code for it."""
    with pytest.raises(LoadError) as caught:
        from_dict(cls, document)
    assert [(p.path, p.code) for p in caught.value.problems] == [(path, code)]


@pytest.mark.parametrize(
    ("text", "code"), [case[1:] for case in BAD_TEXTS], ids=[case[0] for case in BAD_TEXTS]
)
def test_each_broken_text_has_its_code(text: str | bytes, code: str) -> None:
    """Text that is not a document at all is refused with the code of what is wrong with it."""
    with pytest.raises(LoadError) as caught:
        from_json(Goal, text)
    assert [p.code for p in caught.value.problems] == [code]


def test_a_problem_needs_a_documented_code() -> None:
    """An undocumented code is refused when the problem is made, so none can escape."""
    with pytest.raises(ValueError, match="unknown problem code 'oops'"):
        Problem("title", "expected text", code="oops")
    with pytest.raises(ValueError, match="unknown problem code"):
        ValidationError("Goal", "title", "text", code="oops")


def test_a_validation_error_passes_its_code_to_the_problem() -> None:
    """The model's own check and the loader's problem say the same code."""
    with pytest.raises(ValidationError) as built:
        CheckIn(on=goalkit.example_plan().goals[0].start, value=1, confidence=11)  # type: ignore[arg-type]
    with pytest.raises(LoadError) as loaded:
        from_dict(CheckIn, {"on": "2027-01-01", "value": 1, "confidence": 11})
    assert built.value.code == loaded.value.problems[0].code == "range"


@given(st.dictionaries(st.text(max_size=8), st.none() | st.booleans() | st.text(max_size=4)))
def test_every_problem_of_any_object_has_a_documented_code(document: dict[str, Any]) -> None:
    """Whatever object is sent as a goal, each problem has a code from the documented list."""
    problems: tuple[Problem, ...] = ()
    try:
        from_dict(Goal, document)
    except LoadError as error:
        problems = error.problems
        assert problems
    assert all(problem.code in PROBLEM_CODES for problem in problems)
    assert all(problem.code != "invalid" for problem in problems)


# ------------------------------------------------------------------ the sources


def _calls(name: str) -> list[ast.Call]:
    found = []
    for path in SOURCES.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call):
                callee = node.func
                called = callee.id if isinstance(callee, ast.Name) else getattr(callee, "attr", "")
                if called == name:
                    found.append(node)
    return found


#: The modules behind the loaders (SMART findings have codes of their own, FINDING_CODES).
LOADER_SOURCES = [
    SOURCES / "_errors.py",
    *(SOURCES / "_model").glob("*.py"),
    *(SOURCES / "_serialize").glob("*.py"),
]


def _code_literals() -> set[str]:
    """Every string literal that the loaders' sources pass as a code or set one to."""
    literals: set[str] = set()
    for path in LOADER_SOURCES:
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if (isinstance(node, ast.keyword) and node.arg == "code") or (
                isinstance(node, ast.Assign)
                and any(isinstance(t, ast.Name) and t.id == "code" for t in node.targets)
            ):
                literals.update(_outcomes(node.value))
    return literals


def _outcomes(value: ast.expr) -> set[str]:
    """The strings an expression can evaluate to: constants, and both arms of `a if c else b`."""
    if isinstance(value, ast.Constant) and isinstance(value.value, str):
        return {value.value}
    if isinstance(value, ast.IfExp):
        return _outcomes(value.body) | _outcomes(value.orelse)
    return set()


def test_every_code_the_sources_use_is_documented() -> None:
    """Each code written in the sources is one of PROBLEM_CODES."""
    used = _code_literals()
    assert {"duplicate_id", "due_before_start", "range"} <= used, "the scan found the codes"
    assert used <= set(PROBLEM_CODES), used - set(PROBLEM_CODES)


def test_every_problem_the_sources_make_names_its_code() -> None:
    """No Problem(...) in the sources relies on the default code."""
    calls = _calls("Problem")
    assert calls
    for call in calls:
        assert any(keyword.arg == "code" for keyword in call.keywords), ast.unparse(call)


def test_the_reference_page_lists_exactly_the_codes() -> None:
    """The errors reference documents every code, and only those, with its meaning."""
    page = REFERENCE.read_text(encoding="utf-8")
    listed = re.findall(r"^\| `([a-z_]+)` \|", page, flags=re.MULTILINE)
    assert listed == list(PROBLEM_CODES)


def test_problem_codes_are_exported() -> None:
    """PROBLEM_CODES is public and read-only."""
    assert "PROBLEM_CODES" in goalkit.__all__
    with pytest.raises(TypeError):
        PROBLEM_CODES["new"] = "x"  # type: ignore[index]

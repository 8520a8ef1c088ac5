"""The public face of goalkit: the contract's names, their docs and their examples."""

from __future__ import annotations

import inspect
import re
from pathlib import Path

import pytest

import goalkit

REFERENCE = Path(__file__).parent.parent / "docs" / "reference"

#: The names ../shared/DESIGN.md's contract tables promise (other code imports them).
CONTRACT = [
    "Goal",
    "KeyResult",
    "Milestone",
    "CheckIn",
    "Review",
    "Revision",
    "Plan",
    "Person",
    "Cadence",
    "GoalKind",
    "GoalStatus",
    "Horizon",
    "Direction",
    "ReviewKind",
    "assess",
    "require_smart",
    "draft",
    "SmartPolicy",
    "SmartReport",
    "Finding",
    "Criterion",
    "CriterionResult",
    "Severity",
    "progress",
    "Progress",
    "ProgressPolicy",
    "Health",
    "okr_score",
    "celebrations",
    "next_review",
    "due_reviews",
    "to_dict",
    "from_dict",
    "to_json",
    "from_json",
    "dump",
    "load",
    "json_schema",
    "SCHEMA_VERSION",
    "GoalkitError",
    "ValidationError",
    "LoadError",
    "NotSmartError",
    "Problem",
]

PUBLIC = [name for name in goalkit.__all__ if not name.startswith("__")]


def test_every_contract_name_is_exported() -> None:
    """Every name in the design's contract is importable from goalkit and listed in __all__."""
    missing = [name for name in CONTRACT if name not in goalkit.__all__]
    assert missing == []


def test_all_lists_only_real_names() -> None:
    """__all__ names nothing that goalkit does not have, and nothing twice."""
    assert all(hasattr(goalkit, name) for name in goalkit.__all__)
    assert len(set(goalkit.__all__)) == len(goalkit.__all__)


def test_every_public_name_is_in_the_api_reference() -> None:
    """Each exported name has a `::: goalkit.NAME` entry on a reference page, and vice versa."""
    text = "".join(page.read_text(encoding="utf-8") for page in REFERENCE.glob("*.md"))
    documented = set(re.findall(r":::\s*goalkit\.(\w+)", text))
    assert [name for name in PUBLIC if name not in documented] == []
    modules = {"plot", "testing"}  # public modules with pages of their own
    assert [name for name in documented - modules if name not in goalkit.__all__] == []


@pytest.mark.parametrize("name", [n for n in PUBLIC if not n.isupper()])
def test_every_public_class_and_function_has_a_docstring_with_an_example(name: str) -> None:
    """Each exported class or function says what it is and shows it in a doctest."""
    obj = getattr(goalkit, name)
    assert inspect.isclass(obj) or callable(obj)
    doc = inspect.getdoc(obj) or ""
    assert doc.strip(), f"{name} has no docstring"
    assert "Examples:" in doc, f"{name} has no Examples section"
    assert ">>>" in doc, f"{name} has no doctest example"


def test_version_comes_from_package_metadata() -> None:
    """__version__ is the installed distribution's version."""
    from importlib.metadata import version

    assert goalkit.__version__ == version("goalkit-mentoring")

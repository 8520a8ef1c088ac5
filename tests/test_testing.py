"""goalkit.testing: strategies that draw only valid objects, also through st.from_type."""

from __future__ import annotations

import importlib.metadata
import subprocess
import sys

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from goalkit import (
    Cadence,
    CheckIn,
    Goal,
    KeyResult,
    Milestone,
    Person,
    Plan,
    Review,
    Revision,
    testing,
)
from goalkit._hypothesis_entry import STRATEGIES

CLASSES = [Person, CheckIn, KeyResult, Milestone, Review, Revision, Goal, Cadence, Plan]


@pytest.mark.parametrize("cls", CLASSES, ids=lambda cls: cls.__name__)
def test_each_strategy_draws_valid_objects_of_its_class(cls: type) -> None:
    """Each strategy draws instances that rebuild without error (all invariants hold)."""
    strategy = getattr(testing, STRATEGIES[cls.__name__])()

    @settings(max_examples=30)
    @given(strategy)
    def check(obj: object) -> None:
        assert type(obj) is cls
        assert attrs.evolve(obj) == obj  # type: ignore[misc]  # re-runs every check

    check()


@pytest.mark.parametrize("cls", CLASSES, ids=lambda cls: cls.__name__)
def test_from_type_uses_the_registered_strategies(cls: type) -> None:
    """st.from_type(cls) draws valid objects through hypothesis's entry point."""

    @settings(max_examples=10)
    @given(st.from_type(cls))
    def check(obj: object) -> None:
        assert type(obj) is cls

    check()


def test_the_entry_point_is_declared() -> None:
    """The package metadata declares the hypothesis entry point."""
    points = importlib.metadata.entry_points(group="hypothesis")
    assert "goalkit._hypothesis_entry:setup_hook" in {point.value for point in points}


def test_every_model_class_has_a_registered_strategy() -> None:
    """Every model class with a document form is registered for from_type."""
    from goalkit._serialize import MODEL_CLASSES

    assert {cls.__name__ for cls in MODEL_CLASSES} == set(STRATEGIES)


def test_importing_goalkit_does_not_import_hypothesis() -> None:
    """Hypothesis stays a test-time dependency: goalkit itself never imports it."""
    code = "import sys, goalkit; print('hypothesis' in sys.modules)"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.stdout.strip() == "False", result.stderr


def test_from_type_works_when_hypothesis_is_imported_first() -> None:
    """The lazy registration survives hypothesis importing goalkit's entry point first."""
    code = (
        "from hypothesis import find, strategies as st\n"
        "from goalkit import Plan\n"
        "print(type(find(st.from_type(Plan), lambda _: True)).__name__)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.stdout.strip() == "Plan", result.stderr


@settings(max_examples=30)
@given(
    testing.plans(
        max_goals=2,
        max_key_results=1,
        max_milestones=1,
        max_reviews=1,
        max_revisions=1,
        max_check_ins=1,
    )
)
def test_plan_size_options_bound_what_is_drawn(plan: Plan) -> None:
    """plans(max_*) bounds goals and every collection inside them."""
    assert len(plan.goals) <= 2
    for goal in plan.goals:
        assert len(goal.key_results) <= 1
        assert len(goal.milestones) <= 1
        assert len(goal.reviews) <= 1
        assert len(goal.revisions) <= 1
        assert all(len(kr.check_ins) <= 1 for kr in goal.key_results)


@settings(max_examples=30)
@given(testing.revisions(max_changes=1, with_collections=False))
def test_revision_options_bound_changes(revision: Revision) -> None:
    """revisions(max_changes=1, with_collections=False) changes one simple field."""
    assert len(revision.changes) == 1
    assert not {"tags", "key_results", "milestones", "reviews"} & set(revision.changes)


def test_revisions_cover_every_revisable_field() -> None:
    """Over many draws, revisions change every revisable Goal field."""
    from hypothesis import Phase

    from goalkit._model import REVISABLE_FIELDS

    seen: set[str] = set()

    # Generation only, derandomized: a coverage count, not a search that needs shrinking.
    @settings(max_examples=300, phases=[Phase.generate], derandomize=True, database=None)
    @given(testing.revisions())
    def collect(revision: Revision) -> None:
        seen.update(revision.changes)

    collect()
    assert seen == REVISABLE_FIELDS

"""The bundled example plan: one plan, in the package and in examples/, that reports cleanly."""

from __future__ import annotations

import datetime
import subprocess
import sys
from importlib.resources import files
from pathlib import Path

import goalkit
from goalkit import Direction, GoalStatus, ReviewKind

ROOT = Path(__file__).resolve().parent.parent
PACKAGE_DATA = files("goalkit").joinpath("data/mentorship-plan.json")


def test_copies_in_examples_equal_the_package_data():
    """examples/mentorship-plan.json is byte-identical; the YAML copy loads to the same plan."""
    bundled = PACKAGE_DATA.read_text(encoding="utf-8")
    assert (ROOT / "examples" / "mentorship-plan.json").read_text(encoding="utf-8") == bundled
    plan = goalkit.example_plan()
    assert goalkit.load(ROOT / "examples" / "mentorship-plan.yaml") == plan
    assert goalkit.load(ROOT / "examples" / "mentorship-plan.json") == plan


def test_the_generator_script_is_in_step():
    """`scripts/make_example_plan.py --check` finds nothing stale."""
    result = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "make_example_plan.py"), "--check"],
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr


def test_the_example_loads_without_pyyaml(tmp_path):
    """The package data is JSON: the example loads when PyYAML cannot be imported."""
    (tmp_path / "yaml.py").write_text("raise ImportError('blocked')\n", encoding="utf-8")
    code = "import goalkit; print(len(goalkit.example_plan().goals))"
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
        env={"PYTHONPATH": str(tmp_path), "PATH": ""},
    )
    assert result.stdout.strip() == "5"


def test_the_example_has_what_the_issue_asks_for():
    """Mentee and mentor, monthly cadence, a long-term goal with short-term children, key
    results of every direction, milestones, months of check-ins, reviews of several kinds,
    a revision, and a mentor goal."""
    plan = goalkit.example_plan()
    assert plan.mentor is not None
    assert plan.cadence is not None
    assert plan.cadence.unit.value == "month"
    lead = plan.goal("g-team-lead")
    assert lead.horizon is goalkit.Horizon.LONG_TERM
    children = plan.children("g-team-lead")
    assert len(children) == 3
    assert all(child.horizon is goalkit.Horizon.SHORT_TERM for child in children)
    directions = {kr.resolved_direction for goal in plan.goals for kr in goal.key_results}
    assert directions == set(Direction)
    check_in_months = {
        (c.on.year, c.on.month)
        for goal in plan.goals
        for kr in goal.key_results
        for c in kr.check_ins
    }
    assert len(check_in_months) >= 5
    assert {r.kind for goal in plan.goals for r in goal.reviews} == set(ReviewKind)
    assert any(goal.revisions and "title" in goal.revisions[0].changes for goal in plan.goals)
    assert any(goal.status is GoalStatus.ACHIEVED for goal in plan.goals)
    assert any(goal.owner == plan.mentor.id for goal in plan.goals)
    assert sum(len(goal.milestones) for goal in plan.goals) >= 6


def test_the_example_is_smart_and_reports_cleanly():
    """Every goal is SMART on the example's own as-of day, and every format renders."""
    plan = goalkit.example_plan()
    day = datetime.date(2026, 11, 13)
    for _, goal in plan.walk():
        report = goalkit.assess(goal, plan=plan, as_of=day)
        assert report.passed, str(report)
    report = goalkit.plan_report(plan, as_of=day)
    healths = {line.progress.health for line in report.goals}
    assert {goalkit.Health.ON_TRACK, goalkit.Health.AT_RISK, goalkit.Health.ACHIEVED} <= healths
    for output in ("text", "markdown", "html", "json"):
        assert report.render(output)

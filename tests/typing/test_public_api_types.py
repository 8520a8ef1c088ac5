"""The public API as users call it, with the types mypy must see pinned by `assert_type`.

`mypy --strict tests/typing` checks this module (see .ci/run); pytest runs it
too, so every line here is also a working call. `assert_type` pins each
return type exactly: a loosened or changed annotation (a result that becomes
`Any`, an `Optional` that disappears) makes mypy fail. The lines marked
`# type: ignore[<code>]` are mistakes a user could make; mypy must keep
catching each of them with that error code, and because `--strict` warns
about unused ignores, an annotation that stops catching one fails the check.
Those lines run inside `pytest.raises` where the mistake also fails at run
time.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import Any, assert_type

import attrs
import pytest
from hypothesis import find
from hypothesis import strategies as st

import goalkit
from goalkit import (
    OKR,
    REAL,
    SCHEMA_VERSION,
    SMART,
    Action,
    BaseCriterion,
    Cadence,
    Celebration,
    CheckIn,
    Criterion,
    CriterionResult,
    Direction,
    Finding,
    Framework,
    Goal,
    GoalKind,
    GoalLine,
    GoalState,
    GoalStatus,
    Health,
    Horizon,
    KeyResult,
    LoadError,
    Milestone,
    NotSmartError,
    Part,
    Person,
    Plan,
    PlanReport,
    Problem,
    Progress,
    ProgressPolicy,
    Quantity,
    Review,
    ReviewKind,
    Revision,
    Severity,
    SmartContext,
    SmartPolicy,
    SmartReport,
    Template,
    TextAnalysis,
    TimeFrame,
    Wording,
    analyze_text,
    assess,
    assess_plan,
    celebrations,
    draft,
    due_reviews,
    dump,
    example_plan,
    framework_for,
    from_dict,
    from_json,
    json_schema,
    load,
    next_review,
    okr_score,
    plan_report,
    progress,
    progress_by_goal,
    require_smart,
    scaffold,
    templates,
    to_dict,
    to_json,
)
from goalkit import testing as goalkit_testing

START = datetime.date(2027, 1, 4)
AS_OF = datetime.date(2027, 3, 1)
DUE = datetime.date(2027, 6, 30)
LATER = datetime.date(2027, 7, 30)


def build_plan() -> Plan:
    """A plan built the way users build one: constructors, then operations."""
    talks = KeyResult(title="Talks given", target=5, unit="talks", id="kr-talks")
    bugs = KeyResult(
        title="Open bugs",
        baseline=40,
        target=10,
        direction=Direction.DECREASE,
        check_ins=[CheckIn(on=datetime.date(2027, 2, 1), value=31, confidence=7)],
        id="kr-bugs",
    )
    goal = Goal(
        title="Give five talks on our platform by the end of June 2027",
        id="g-talks",
        kind=GoalKind.PERFORMANCE,
        start=START,
        due=DUE,
        relevance="Team lead role: leads must present the roadmap",
        key_results=[talks, bugs],
        milestones=[Milestone(title="Pick topics", due=datetime.date(2027, 1, 31), id="m-topics")],
    )
    goal = goal.check_in("kr-talks", 2, on=datetime.date(2027, 2, 20), confidence=8, note="Two")
    goal = goal.complete_milestone("m-topics", on=datetime.date(2027, 1, 20))
    goal = goal.add_review(
        Review(held_on=datetime.date(2027, 2, 1), kind=ReviewKind.ONE_ON_ONE, rating=4)
    )
    goal = goal.revise("Conference moved", on=datetime.date(2027, 2, 2), due=LATER)
    assert_type(goal, Goal)
    child = Goal(title="Run a workshop", id="g-ws", parent_id="g-talks", start=START, due=DUE)
    plan = Plan(
        mentee=Person(name="Ana", id="ana"),
        mentor=Person(name="Ben", id="ben"),
        goals=[goal],
        cadence=Cadence(every=1, unit="month", anchor=START),
        title="Ana's plan",
    )
    plan = plan.add_goal(child)
    assert_type(plan, Plan)
    return plan


def test_model_types() -> None:
    """Fields, properties and operations of the model keep their types."""
    plan = build_plan()
    goal = plan.goal("g-talks")
    assert_type(goal, Goal)
    assert_type(plan.goals, tuple[Goal, ...])
    assert_type(plan.children("g-talks"), tuple[Goal, ...])
    assert_type(plan.mentor, Person | None)
    assert_type(plan.cadence, Cadence | None)
    assert_type(goal.key_results, tuple[KeyResult, ...])
    assert_type(goal.milestones, tuple[Milestone, ...])
    assert_type(goal.reviews, tuple[Review, ...])
    assert_type(goal.revisions, tuple[Revision, ...])
    assert_type(goal.horizon, Horizon | None)
    assert_type(goal.status, GoalStatus)
    assert_type(goal.start, datetime.date | None)
    assert_type(goal.state_on(AS_OF), GoalState)
    assert_type(goal.status_on(AS_OF), GoalStatus)
    key_result = goal.key_result("kr-bugs")
    assert_type(key_result, KeyResult)
    assert_type(key_result.check_ins, tuple[CheckIn, ...])
    assert_type(key_result.value_on(AS_OF), float)
    assert_type(key_result.last_check_in(AS_OF), CheckIn | None)
    assert_type(key_result.direction, Direction | None)
    assert_type(goal.milestone("m-topics").completed_on, datetime.date | None)
    revision = goal.revisions[0]
    assert_type(revision.changes["due"], tuple[Any, Any])
    assert_type(goal.achieve(AS_OF), Goal)
    assert_type(goal.abandon(AS_OF, "No longer needed"), Goal)
    assert_type(plan.replace_goal(goal), Plan)
    cadence = plan.cadence
    assert cadence is not None
    assert_type(cadence.occurrences(DUE), tuple[datetime.date, ...])
    assert_type(cadence.next_after(AS_OF), datetime.date)
    assert_type(attrs.evolve(goal, title="Give six talks"), Goal)


def test_progress_types() -> None:
    """The calculators return results whose fields keep their types."""
    plan = build_plan()
    goal = plan.goal("g-talks")
    result = progress(goal, as_of=AS_OF, plan=plan, policy=ProgressPolicy())
    assert_type(result, Progress)
    assert_type(result.value, float | None)
    assert_type(result.expected, float | None)
    assert_type(result.health, Health)
    assert_type(result.forecast, datetime.date | None)
    assert_type(result.as_of, datetime.date)
    assert_type(result.parts, tuple[Part, ...])
    assert_type(result.explain(), str)
    assert_type(progress(goal.key_results[0], as_of=AS_OF), Progress)
    assert_type(progress(goal.milestones[0], as_of=AS_OF), Progress)
    assert_type(progress(plan, as_of=AS_OF), Progress)
    assert_type(progress_by_goal(plan, as_of=AS_OF), dict[str, Progress])
    assert_type(okr_score(goal, as_of=AS_OF), float | None)
    found = celebrations(plan, START, AS_OF)
    assert_type(found, tuple[Celebration, ...])
    assert_type(celebrations(goal, START, AS_OF), tuple[Celebration, ...])
    assert found, "the completed milestone is celebrated"
    assert_type(found[0].on, datetime.date)
    assert_type(next_review(plan, AS_OF), datetime.date | None)
    assert_type(due_reviews(plan, AS_OF), tuple[datetime.date, ...])


def test_smart_types() -> None:
    """SMART assessment, drafting and text analysis keep their result types."""
    plan = build_plan()
    goal = plan.goal("g-talks")
    report = assess(goal, plan=plan, as_of=AS_OF, policy=SmartPolicy())
    assert_type(report, SmartReport)
    assert_type(report.passed, bool)
    assert_type(report.score, float)
    assert_type(report.results, Mapping[BaseCriterion, CriterionResult])
    assert_type(report.findings, tuple[Finding, ...])
    assert_type(report.failed, tuple[BaseCriterion, ...])
    for finding in report.findings:
        assert_type(finding.code, str)
        assert_type(finding.severity, Severity)
        assert_type(finding.criterion, BaseCriterion)
    assert_type(assess_plan(plan), dict[str, SmartReport])
    try:
        assert_type(require_smart(goal, plan=plan), Goal)
    except NotSmartError as error:
        assert_type(error.report, SmartReport)
    drafted = draft("Attend four industry events within six months", start=START)
    assert_type(drafted, Goal)
    assert drafted.due == datetime.date(2027, 7, 4)
    analysis = analyze_text("Give five presentations in the next three months")
    assert_type(analysis, TextAnalysis)
    assert_type(analysis.quantities, tuple[Quantity, ...])
    assert_type(analysis.time_frames, tuple[TimeFrame, ...])
    assert_type(analysis.vague, tuple[Wording, ...])
    assert_type(analysis.actions, tuple[Action, ...])

    def no_jargon(goal: Goal, context: SmartContext) -> list[Finding]:
        return [
            Finding(
                criterion=Criterion.SPECIFIC,
                code="no-jargon",
                severity=Severity.WARNING,
                message="Jargon",
            )
            for _ in [goal.title]
            if "synergy" in goal.title
        ]

    # SmartPolicy converts `ignore` and `extra_rules` with the bare `frozenset`
    # and `tuple` builtins, which mypy's attrs plugin types as `Iterable[_T_co]`
    # with the type variable unsolved, so any argument is an error today. The
    # ignores pin that: typed converters make them unused, and mypy says so.
    custom = SmartPolicy(
        extra_rules=(no_jargon,),  # type: ignore[arg-type]
        ignore=("specific.vague",),  # type: ignore[arg-type]
    )
    assert_type(custom.extra_rules, tuple[Callable[[Goal, SmartContext], Iterable[Finding]], ...])
    assert_type(assess(goal, policy=custom), SmartReport)
    # A word list takes any collection of words (the converter's type), and a rule can be
    # tried on one goal in the context assess would hand it.
    worded = SmartPolicy(action_verbs=["upskill", "mentor"], vague_timing={"by and by"})
    assert_type(worded.action_verbs, frozenset[str])
    context = SmartContext.for_goal(goal, as_of=AS_OF, plan=None, policy=worded)
    assert_type(context, SmartContext)
    assert_type(no_jargon(goal, context), list[Finding])


def test_framework_types() -> None:
    """SMART, REAL and OKR are Frameworks; any of them gives a SmartReport naming it."""
    goal = Goal(title="Become a more confident presenter by leading two retrospectives")
    for framework in (SMART, REAL, OKR, framework_for(goal)):
        assert_type(framework, Framework)
        assert_type(framework.criteria, tuple[BaseCriterion, ...])
        report = assess(goal, as_of=AS_OF, framework=framework)
        assert_type(report, SmartReport)
        assert_type(report.framework, str)
        assert report.framework == framework.name
    assert_type(attrs.evolve(REAL, name="ours"), Framework)
    with pytest.raises(NotSmartError):
        require_smart(goal, as_of=AS_OF, framework=OKR)
    with pytest.raises(TypeError):
        framework_for("a goal")  # type: ignore[arg-type]


def test_serialization_types(tmp_path: Path) -> None:
    """Loading is generic in the class asked for; writing returns text or nothing."""
    plan = build_plan()
    document = to_dict(plan)
    assert_type(document, dict[str, Any])
    assert_type(from_dict(Plan, document), Plan)
    assert_type(from_dict(Goal, to_dict(plan.goals[0])), Goal)
    text = to_json(plan, indent=2)
    assert_type(text, str)
    assert_type(from_json(Plan, text), Plan)
    assert_type(from_json(Person, b'{"name": "Ana", "id": "ana"}'), Person)
    path = tmp_path / "plan.json"
    assert_type(dump(plan, path), None)
    assert_type(load(path, Plan), Plan)
    assert_type(load(str(path), cls=Plan), Plan)
    assert_type(load(path), Plan)
    assert load(path) == plan
    assert_type(json_schema(), dict[str, Any])
    assert_type(json_schema(Goal), dict[str, Any])
    assert SCHEMA_VERSION >= 1
    try:
        from_json(Plan, '{"schema_version": 1, "mentee": {"name": "Ana"}, "tittle": "x"}')
    except LoadError as error:
        assert_type(error.problems, tuple[Problem, ...])
        assert_type(error.problems[0].path, str)


def test_report_types() -> None:
    """A plan report and each of its renderings keep their types."""
    report = plan_report(build_plan(), as_of=AS_OF)
    assert_type(report, PlanReport)
    assert_type(report.overall, Progress)
    assert_type(report.goals, tuple[GoalLine, ...])
    line = report.goals[0]
    assert_type(line.progress, Progress)
    assert_type(line.smart, SmartReport)
    assert_type(line.last_check_in, tuple[KeyResult, CheckIn] | None)
    assert_type(report.celebrations, tuple[Celebration, ...])
    assert_type(report.render("markdown"), str)
    assert_type(report.to_text(width=60, ascii_only=True), str)
    assert_type(report.to_markdown(), str)
    assert_type(report.to_html(), str)
    assert_type(report.to_json(), str)
    assert_type(report.to_dict(), dict[str, Any])


def test_tables_types() -> None:
    """Tables are lists of plain dicts; their columns and names are typed; frames are Any."""
    plan = build_plan()
    assert_type(goalkit.TABLES, tuple[str, ...])
    assert_type(goalkit.records(plan, "goals"), list[dict[str, Any]])
    assert_type(goalkit.records([plan, plan], "progress", as_of=AS_OF), list[dict[str, Any]])
    assert_type(goalkit.records(iter([plan]), "check_ins"), list[dict[str, Any]])
    assert_type(goalkit.columns("goals"), tuple[goalkit.Column, ...])
    assert_type(goalkit.columns("goals")[0].nullable, bool)
    assert_type(goalkit.to_pandas(plan, "goals"), Any)
    assert_type(goalkit.to_arrow(plan, "goals"), Any)
    assert_type(goalkit.records(plan, "agenda", as_of=AS_OF), list[dict[str, Any]])
    assert_type(goalkit.to_pandas([], "agenda"), Any)
    assert_type(goalkit.to_arrow([plan], "agenda", as_of=AS_OF), Any)
    history = goalkit.progress_history(plan.goals[0], plan=plan, as_of=AS_OF)
    assert_type(history, list[tuple[datetime.date, float | None, float | None]])
    with pytest.raises(goalkit.ValidationError):
        goalkit.records(plan, "goals", as_of="2027-01-01")  # type: ignore[arg-type]
    with pytest.raises(goalkit.ValidationError):
        goalkit.records("plan.json", "goals")  # type: ignore[arg-type]


def test_programme_types() -> None:
    """A programme report's figures are typed: counts, shares that may be None, mentors by id."""
    plan = build_plan()
    report = goalkit.programme([plan, plan], as_of=AS_OF)
    assert_type(goalkit.programme(plan), goalkit.ProgrammeReport)
    assert_type(
        goalkit.programme(iter([plan]), policy=goalkit.ProgrammePolicy()), goalkit.ProgrammeReport
    )
    assert_type(report.plans, int)
    assert_type(report.achieved_share, float | None)
    assert_type(report.stalled_plans, tuple[str, ...])
    assert_type(report.by_mentor, Mapping[str | None, goalkit.ProgrammeFigures])
    assert_type(report.render("html"), str)
    assert_type(report.to_dict(), dict[str, Any])
    with pytest.raises(goalkit.ValidationError):
        goalkit.programme([plan], as_of="2027-01-01")  # type: ignore[arg-type]
    with pytest.raises(goalkit.ValidationError):
        goalkit.programme([plan], policy=goalkit.ProgressPolicy())  # type: ignore[arg-type]


def test_templates_and_examples_types() -> None:
    """Templates, scaffolds and the bundled example are plans."""
    assert_type(templates(), tuple[Template, ...])
    assert_type(templates()[0].build(start=START), Plan)
    assert_type(scaffold(start=START), Plan)
    assert_type(example_plan(), Plan)
    assert_type(goalkit.__version__, str)


def test_testing_strategies_types() -> None:
    """goalkit.testing's strategies generate the model classes they name."""
    assert_type(goalkit_testing.dates(), st.SearchStrategy[datetime.date])
    assert_type(goalkit_testing.people(), st.SearchStrategy[Person])
    assert_type(goalkit_testing.check_ins(), st.SearchStrategy[CheckIn])
    assert_type(goalkit_testing.key_results(), st.SearchStrategy[KeyResult])
    assert_type(goalkit_testing.milestones(), st.SearchStrategy[Milestone])
    assert_type(goalkit_testing.reviews(), st.SearchStrategy[Review])
    assert_type(goalkit_testing.revisions(), st.SearchStrategy[Revision])
    assert_type(goalkit_testing.cadences(), st.SearchStrategy[Cadence])
    assert_type(goalkit_testing.goals(max_key_results=2), st.SearchStrategy[Goal])
    assert_type(goalkit_testing.plans(), st.SearchStrategy[Plan])
    goal = find(goalkit_testing.goals(max_key_results=2), lambda _: True)
    assert_type(goal, Goal)
    assert len(goal.key_results) <= 2


def test_mistakes_fail_type_checking(tmp_path: Path) -> None:
    """Each mistake below is caught by mypy (the ignore's code) and fails at run time."""
    plan = build_plan()
    goal = plan.goal("g-talks")
    report = plan_report(plan, as_of=AS_OF)
    with pytest.raises((TypeError, ValueError)):
        progress("g-talks", as_of=AS_OF)  # type: ignore[arg-type]
    with pytest.raises((TypeError, ValueError)):
        progress(goal, as_of="2027-03-01")  # type: ignore[arg-type]
    with pytest.raises((TypeError, ValueError)):
        assess(plan)  # type: ignore[arg-type]
    with pytest.raises((TypeError, ValueError)):
        okr_score(plan, as_of=AS_OF)  # type: ignore[arg-type]
    with pytest.raises((TypeError, ValueError)):
        draft("Run a 10k race")  # type: ignore[call-arg]
    with pytest.raises((TypeError, ValueError)):
        Goal(title="Learn SQL", weight="heavy")  # type: ignore[arg-type]
    with pytest.raises((TypeError, ValueError)):
        goal.check_in("kr-talks", 3, on="2027-03-01")  # type: ignore[arg-type]
    with pytest.raises((TypeError, ValueError)):
        report.render("pdf")  # type: ignore[arg-type]
    with pytest.raises((TypeError, ValueError)):
        from_json(Plan, 42)  # type: ignore[arg-type]
    with pytest.raises((TypeError, ValueError)):
        next_review(plan, "2027-03-01")  # type: ignore[arg-type]
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        goal.title = "Give six talks"  # type: ignore[misc]
    with pytest.raises(AttributeError):
        plan.goals.append(goal)  # type: ignore[attr-defined]
    value = progress(goal, as_of=AS_OF).value
    # value is `float | None`: arithmetic without a None check is a type error.
    assert value + 1 > 0  # type: ignore[operator]

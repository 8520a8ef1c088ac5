"""`programme`: a mentoring programme's figures, gathered from many plans through the core."""

from __future__ import annotations

import datetime
import importlib.util
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import goalkit
from goalkit import (
    Cadence,
    CheckIn,
    Goal,
    GoalStatus,
    Health,
    KeyResult,
    Person,
    Plan,
    ProgrammePolicy,
    ProgressPolicy,
    Review,
    programme,
)
from goalkit._programme import ProgrammeTally, plan_figures
from goalkit.testing import dates, plans

ROOT = Path(__file__).resolve().parent.parent
AS_OF = datetime.date(2026, 11, 18)
DAY = datetime.date(2027, 3, 1)


def load_generator():
    """scripts/make_programme.py, imported as a module (tests and benchmarks share it)."""
    spec = importlib.util.spec_from_file_location(
        "make_programme", ROOT / "scripts" / "make_programme.py"
    )
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("make_programme", module)
    spec.loader.exec_module(module)
    return module


SAM = Person(id="sam", name="Sam Okafor")
LEE = Person(id="lee", name="Lee Chan")


def pair(
    plan_id: str,
    mentor: Person | None = SAM,
    *,
    check_ins: tuple[datetime.date, ...] = (),
    start: datetime.date | None = datetime.date(2027, 1, 1),
    status: GoalStatus = GoalStatus.ACTIVE,
    cadence: Cadence | None = None,
    reviews: tuple[datetime.date, ...] = (),
) -> Plan:
    """A mentee's plan with one goal of four talks, checked in on *check_ins* (one talk each)."""
    talks = KeyResult(
        id=f"kr-{plan_id}",
        title="Talks given",
        target=4,
        check_ins=[CheckIn(on=day, value=n + 1) for n, day in enumerate(check_ins)],
    )
    goal = Goal(
        id=f"g-{plan_id}",
        title="Give four talks to the engineering team by the end of June 2027",
        start=start,
        due=datetime.date(2027, 6, 30),
        status=status,
        key_results=[talks],
        reviews=[Review(held_on=day) for day in reviews],
    )
    return Plan(id=plan_id, mentee=Person(name="Ana"), mentor=mentor, goals=[goal], cadence=cadence)


# ------------------------------------------------------------ the example


def test_example_figures_agree_with_the_plan_report():
    """On the bundled example, every figure is what the plan's own report says."""
    plan = goalkit.example_plan()
    report = goalkit.plan_report(plan, as_of=AS_OF)
    result = programme([plan], as_of=AS_OF)
    healths = [line.progress.health for line in report.goals]
    active = [
        line.progress.health
        for line in report.goals
        if line.goal.status_on(AS_OF) is GoalStatus.ACTIVE
        and line.progress.health in {Health.ON_TRACK, Health.AT_RISK, Health.OFF_TRACK}
    ]
    assert result.as_of == AS_OF
    assert result.plans == 1
    assert result.goals == len(report.goals) == 5
    assert result.achieved_share == healths.count(Health.ACHIEVED) / 5
    assert result.on_track_share == active.count(Health.ON_TRACK) / len(active)
    assert result.smart_pass_rate == report.smart_count / 5
    assert result.stalled_plans == ()
    assert result.review_adherence == 1.0
    assert list(result.by_mentor) == ["sam"]
    assert result.by_mentor["sam"] == result.overall
    assert result.mentor_names == {"sam": "Sam Okafor"}


def test_a_single_plan_is_a_programme_of_one():
    """`programme(plan)` is `programme([plan])`."""
    plan = goalkit.example_plan()
    assert programme(plan, as_of=AS_OF) == programme([plan], as_of=AS_OF)


def test_an_empty_programme_has_no_shares():
    """With no plans, counts are zero and every share is None (never a division by zero)."""
    result = programme([], as_of=AS_OF)
    assert (result.plans, result.goals, result.stalled_plans) == (0, 0, ())
    assert result.achieved_share is None
    assert result.on_track_share is None
    assert result.review_adherence is None
    assert result.smart_pass_rate is None
    assert result.by_mentor == {}


def test_plans_stream_from_a_generator():
    """Plans may come from a generator, consumed once, one at a time."""
    plan = goalkit.example_plan()
    result = programme((plan for _ in range(3)), as_of=AS_OF)
    assert result.plans == 3
    assert result.goals == 15


# ------------------------------------------------------------ figures


def test_pairs_without_a_mentor_are_grouped_under_none_and_listed_last():
    """Plans without a mentor count overall and appear under None, after the mentors by id."""
    result = programme([pair("p1", SAM), pair("p2", None), pair("p3", LEE)], as_of=DAY)
    assert list(result.by_mentor) == ["lee", "sam", None]
    assert [figures.plans for figures in result.by_mentor.values()] == [1, 1, 1]
    assert result.mentor_names == {"sam": "Sam Okafor", "lee": "Lee Chan"}


def test_abandoned_goals_leave_the_achieved_share():
    """An abandoned goal is neither achieved nor counted against the share."""
    achieved = pair("p1", status=GoalStatus.ACHIEVED)
    abandoned = pair("p2", status=GoalStatus.ABANDONED)
    result = programme([achieved, abandoned], as_of=DAY)
    assert result.goals == 2
    assert result.overall.counted_goals == 1
    assert result.achieved_share == 1.0


def test_on_track_share_counts_only_active_goals_with_a_known_health():
    """Not-started, unknown and achieved goals are not in the on-track share."""
    on_track = pair("p1", check_ins=(datetime.date(2027, 2, 20),))  # 25% due ~33%: on track
    behind = pair("p2")  # nothing done at a third of the time: at risk
    not_started = pair("p3", start=datetime.date(2027, 4, 1))
    unknown = pair("p4", start=None)  # no span to judge the pace by
    result = programme([on_track, behind, not_started, unknown], as_of=DAY)
    assert result.overall.judged_goals == 2
    assert result.on_track_share == 0.5


@pytest.mark.parametrize(
    ("quiet_days", "stalled"),
    [(9, False), (20, False), (21, True), (50, True)],
)
def test_a_pair_is_stalled_after_three_weeks_of_silence(quiet_days, stalled):
    """Nothing recorded for 21 days on a plan with an active, started goal: a stalled pair."""
    plan = pair("p1", check_ins=(DAY - datetime.timedelta(days=quiet_days),))
    assert programme([plan], as_of=DAY).stalled_plans == (("p1",) if stalled else ())


def test_a_pair_that_has_just_started_is_not_stalled():
    """With nothing recorded yet, the silence counts from the goal's start."""
    fresh = pair("fresh", start=datetime.date(2027, 2, 20))
    quiet = pair("quiet", start=datetime.date(2027, 1, 1))
    assert programme([fresh, quiet], as_of=DAY).stalled_plans == ("quiet",)


def test_a_pair_with_no_active_goal_is_not_stalled():
    """A plan whose goals are all achieved or abandoned has nothing to stall."""
    done = pair("done", status=GoalStatus.ACHIEVED)
    assert programme([done], as_of=DAY).stalled_plans == ()


def test_stall_days_come_from_the_policy():
    """`ProgrammePolicy(stall_days=...)` moves the threshold."""
    plan = pair("p1", check_ins=(datetime.date(2027, 2, 20),))
    assert programme([plan], as_of=DAY, policy=ProgrammePolicy(stall_days=7)).stalled_plans == (
        "p1",
    )


def test_smart_goals_are_counted_by_the_smart_policy():
    """`ProgrammePolicy(smart=...)` reads each goal's verdict as assess_plan(policy=...) does."""
    plan = goalkit.example_plan()
    for smart in (goalkit.SmartPolicy(), goalkit.SmartPolicy(learned_specific="alone")):
        figures = plan_figures(plan, as_of=DAY, policy=ProgrammePolicy(smart=smart))
        verdicts = goalkit.assess_plan(plan, as_of=DAY, policy=smart).values()
        assert figures.smart_goals == sum(report.passed for report in verdicts)
    assert (
        programme([plan], as_of=DAY).overall.smart_goals
        == plan_figures(plan, as_of=DAY).smart_goals
    )


def test_review_adherence_is_reviews_held_against_cadence_dates_due():
    """Monthly from 1 Jan to 1 Mar is three dates; two reviews held make two thirds."""
    monthly = Cadence(every=1, unit="month", anchor=datetime.date(2027, 1, 1))
    plan = pair(
        "p1", cadence=monthly, reviews=(datetime.date(2027, 1, 1), datetime.date(2027, 2, 3))
    )
    result = programme([plan, pair("p2")], as_of=DAY)
    assert (result.overall.reviews_held, result.overall.reviews_due) == (2, 3)
    assert result.review_adherence == pytest.approx(2 / 3)


def test_reviews_beyond_the_dates_due_do_not_lift_adherence_above_one():
    """Extra reviews count at most once per date due."""
    quarterly = Cadence(every=1, unit="quarter", anchor=datetime.date(2027, 1, 1))
    held = tuple(datetime.date(2027, 1, day) for day in (1, 8, 15, 22))
    result = programme([pair("p1", cadence=quarterly, reviews=held)], as_of=DAY)
    assert result.review_adherence == 1.0


def test_review_adherence_is_none_without_cadences():
    """A programme whose plans have no cadence has no adherence to report."""
    assert programme([pair("p1")], as_of=DAY).review_adherence is None


def test_review_early_days_lets_an_early_review_count():
    """With `review_early_days`, a review just before the anchor counts for it."""
    monthly = Cadence(every=1, unit="month", anchor=datetime.date(2027, 1, 10))
    plan = pair("p1", cadence=monthly, reviews=(datetime.date(2027, 1, 8),))
    strict = programme([plan], as_of=datetime.date(2027, 1, 20))
    early = ProgrammePolicy(progress=ProgressPolicy(review_early_days=3))
    lenient = programme([plan], as_of=datetime.date(2027, 1, 20), policy=early)
    assert (strict.review_adherence, lenient.review_adherence) == (0.0, 1.0)


def test_as_of_travels_in_time():
    """Check-ins after the as-of day are not seen."""
    plan = pair("p1", check_ins=(datetime.date(2027, 2, 20),))
    before = programme([plan], as_of=datetime.date(2027, 2, 1))
    assert before.overall.on_track_goals == 0


# ------------------------------------------------------------ invariants


@settings(max_examples=40)
@given(st.lists(plans(max_goals=3, max_check_ins=3), max_size=4), dates())
def test_figures_are_consistent(many, day):
    """Shares lie in 0..1, counts nest, and the mentors' parts add up to the whole."""
    result = programme(many, as_of=day)
    figures = result.overall
    assert figures.plans == len(many)
    assert figures.goals == sum(len(plan.goals) for plan in many)
    assert figures.achieved_goals <= figures.counted_goals <= figures.goals
    assert figures.on_track_goals <= figures.judged_goals <= figures.goals
    assert figures.reviews_held <= figures.reviews_due
    for share in (
        figures.achieved_share,
        figures.on_track_share,
        figures.review_adherence,
        figures.smart_pass_rate,
    ):
        assert share is None or 0 <= share <= 1
    assert sum(part.plans for part in result.by_mentor.values()) == figures.plans
    assert sum(part.goals for part in result.by_mentor.values()) == figures.goals
    assert set(result.stalled_plans) <= {plan.id for plan in many}


@settings(max_examples=30)
@given(st.lists(plans(max_goals=3, max_check_ins=3), max_size=5), st.integers(0, 5), dates())
def test_tallies_of_parts_merge_into_the_whole(many, cut, day):
    """Counting two parts separately and merging gives the figures of counting them together."""
    left, right = ProgrammeTally(), ProgrammeTally()
    for plan in many[:cut]:
        left.add(plan_figures(plan, as_of=day))
    for plan in many[cut:]:
        right.add(plan_figures(plan, as_of=day))
    left.merge(right)
    assert left.report(day) == programme(many, as_of=day)


def test_a_generated_programme_of_a_thousand_plans(tmp_path):
    """1,000 generated pairs load and count; mentors' parts add up; some pairs are stalled."""
    generator = load_generator()
    documents = [generator.plan_document(index) for index in range(1000)]
    result = programme(
        (goalkit.from_dict(Plan, document) for document in documents), as_of=generator.AS_OF
    )
    assert result.plans == 1000
    assert result.goals == sum(len(document["goals"]) for document in documents)
    assert 0 < len(result.stalled_plans) < 1000
    assert sum(part.plans for part in result.by_mentor.values()) == 1000
    assert None in result.by_mentor  # some pairs have no mentor
    assert result.review_adherence is not None
    assert 0 < result.on_track_share < 1


# ------------------------------------------------------------ the same mistake, the same error


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda: programme(Goal(title="Learn SQL")), "programme.plans: expected a Plan"),
        (lambda: programme([Goal(title="Learn SQL")]), "programme.plans[0]: expected a Plan"),
        (lambda: programme("plans.json"), "programme.plans: expected a Plan"),
        (
            lambda: programme([], as_of=datetime.datetime(2027, 1, 1)),
            "programme.as_of: expected a date or None",
        ),
        (
            lambda: programme([], policy=ProgressPolicy()),
            "programme.policy: expected a ProgrammePolicy or None",
        ),
        (lambda: ProgrammePolicy(stall_days=0), "ProgrammePolicy.stall_days: expected whole days"),
        (lambda: ProgrammePolicy(stall_days=True), "ProgrammePolicy.stall_days: expected whole"),
        (lambda: ProgrammePolicy(progress=None), "ProgrammePolicy.progress: expected a Progress"),
        (lambda: ProgrammePolicy(smart=ProgressPolicy()), "ProgrammePolicy.smart: expected a"),
    ],
)
def test_wrong_arguments_are_refused_by_name(call, message):
    """A wrong argument raises a ValidationError naming the function, the argument and the need."""
    with pytest.raises(
        goalkit.ValidationError, match=message.replace("[", r"\[").replace("]", r"\]")
    ):
        call()


def test_the_report_renders_in_every_format():
    """`render` and `to_dict` are doors to the renderers, as a plan report's are."""
    result = programme([goalkit.example_plan()], as_of=AS_OF)
    assert result.render("text").startswith("Mentoring programme")
    assert result.render("markdown").startswith("# Mentoring programme")
    assert result.render("html").startswith("<!doctype html>")
    assert result.to_dict()["overall"]["plans"] == 1
    assert "Mentoring programme" in result._repr_html_()
    with pytest.raises(ValueError, match="unknown report format"):
        result.render("pdf")  # type: ignore[arg-type]

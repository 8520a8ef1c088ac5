"""SMART assessment: the five criteria, their coded findings, the policy and the report."""

from __future__ import annotations

import ast
import datetime
import doctest
import inspect
import pathlib
import uuid
from collections.abc import Iterator
from typing import Any

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from goalkit import (
    OKR,
    REAL,
    SMART,
    Cadence,
    CheckIn,
    Criterion,
    CriterionResult,
    Direction,
    Finding,
    Framework,
    Goal,
    GoalKind,
    GoalkitDeprecationWarning,
    GoalStatus,
    KeyResult,
    Milestone,
    NotSmartError,
    Person,
    Plan,
    Severity,
    SmartContext,
    SmartPolicy,
    SmartReport,
    ValidationError,
    analyze_text,
    assess,
    assess_plan,
    framework_for,
    require_smart,
)
from goalkit._measure import reached
from goalkit._smart import (
    FINDING_CODES,
    FRAMEWORKS,
    OKR_RULES,
    REAL_RULES,
    SMART_RULES,
    BaseCriterion,
    OkrCriterion,
    catalogue,
)
from goalkit._smart import RealCriterion as RealCriteria
from goalkit._smart import framework as framework_module
from goalkit._smart import okr as okr_module
from goalkit._smart import real as real_module
from goalkit._smart.catalogue import CATALOGUE
from goalkit._smart.findings import number_text
from goalkit._text import Lexicon
from goalkit._text.wording import UNNAMED_THINGS
from goalkit.testing import goals, plans
from verdicts import measured

TODAY = datetime.date(2027, 1, 15)
S, M, A, R, T = (
    Criterion.SPECIFIC,
    Criterion.MEASURABLE,
    Criterion.ACHIEVABLE,
    Criterion.RELEVANT,
    Criterion.TIME_BOUND,
)
REFERENCE = pathlib.Path(__file__).parent.parent / "docs" / "reference" / "smart.md"


def verdict(report: SmartReport) -> str:
    """The criteria that passed, as letters: 'SMART' when all did, '.' for each failure."""
    return "".join(
        letter if report.results[criterion].passed else "."
        for letter, criterion in zip("SMART", Criterion, strict=True)
    )


def day(month: int, dom: int, year: int = 2027) -> datetime.date:
    return datetime.date(year, month, dom)


# ------------------------------------------------------- the domain's examples

RELEVANCE = "Team leads present the team's work every quarter"

# (statement, relevance, expected verdict, why)
DOMAIN_EXAMPLES = [
    ("I want to improve my skills", "", "..A..", "the seeds' vague goal"),
    ("I want to improve my skills", RELEVANCE, "..AR.", "relevance alone does not fix it"),
    (
        "I want to enhance my public speaking skills by giving five presentations in the "
        "next three months",
        RELEVANCE,
        "SMART",
        "the seeds' SMART rewrite, once relevance is stated",
    ),
    (
        "I want to enhance my public speaking skills by giving five presentations in the "
        "next three months",
        "",
        "SMA.T",
        "the rewrite without relevance",
    ),
    (
        "Improve networking skills within six months by attending four industry-specific events",
        "",
        "SMA.T",
        "the milestone example",
    ),
    ("Learn a new software within 2 months", "", "S.A.T", "short-term example: no number"),
    ("Aim for a managerial position in 5 years", "", "S.A.T", "long-term example"),
    # The corpus's labellers read an unnamed leadership role as not Specific
    # ("which role?": car-008, car-5020, car-7039, car-9069); the words reading
    # retrained on rounds 1 to 14 agrees, and the case study itself asks mentors
    # to help turn this objective into SMART goals. Naming the role passes.
    (
        "Move into a leadership role within the next two years",
        "",
        "..A.T",
        "the case study's objective, the role unnamed",
    ),
    (
        "Lead the platform team within the next two years",
        "",
        "SMA.T",
        "the case study's objective, the role named",
    ),
    ("Career planning", "", "..A..", "mentee goal topic"),
    ("Skill development", "", "..A..", "mentee goal topic"),
    ("Problem-solving skills", "", "..A..", "mentee goal topic"),
    ("Networking", "", "..A..", "mentee goal topic"),
    # Issue 10: an area to improve, with nothing saying how or how much, is not
    # Specific; these mentor goals passed before and a person would send them back.
    ("Nurturing leadership skills", "", "..A..", "mentor goal: an area, not how"),
    ("Building a reputation as a guide and advisor", "", "..A..", "mentor goal: an area"),
    ("Gaining new perspectives", "", "..A..", "mentor goal: vague"),
    ("Enhancing communication skills and emotional intelligence", "", "..A..", "mentor goal"),
    ("Increasing job satisfaction", "", "..A..", "effective mentorship goal: an area"),
    ("Improving skill proficiency", "", "..A..", "effective mentorship goal: vague"),
    ("Expanding professional networks", "", "..A..", "effective mentorship goal: an area"),
    ("Enhancing leadership abilities", "", "..A..", "effective mentorship goal: an area"),
    (
        "Developing a new skill set, improving work-life balance, and cultivating mindfulness",
        "",
        "..A..",
        "personal growth goals joined in one, each an area",
    ),
    ("Enhancing communication skills by leading two retrospectives", "", "SMA..", "the how"),
    ("Be more confident", "", "..A..", "the issue's vague wording"),
    ("Get better", "", "..A..", "the issue's vague wording"),
    ("Work on my career", "", "..A..", "the issue's vague wording"),
    (
        "Achieve a 30% increase in professional satisfaction by 2027-06-30",
        "Satisfaction keeps people in the programme",
        "SMART",
        "the research figure as a goal",
    ),
]


@pytest.mark.parametrize(
    ("statement", "relevance", "expected", "why"),
    DOMAIN_EXAMPLES,
    ids=[f"{e[3]}: {e[0][:40]}" for e in DOMAIN_EXAMPLES],
)
def test_domain_examples(statement: str, relevance: str, expected: str, why: str) -> None:
    """Every example goal in the domain reading gets the verdict per criterion it deserves."""
    report = assess(Goal(title=statement, relevance=relevance), as_of=TODAY)
    assert verdict(report) == expected, str(report)


def test_seed_vague_goal_fails_specific_measurable_time_bound() -> None:
    """'I want to improve my skills' fails Specific, Measurable and Time-bound, with codes."""
    report = assess(Goal(title="I want to improve my skills"), as_of=TODAY)
    assert {S, M, T} <= set(report.failed)
    assert {"S-VAGUE", "M-NO-MEASURE", "T-NO-DEADLINE"} <= set(report.codes)


def test_text_evidence_passes_with_hints_to_record_it() -> None:
    """A number and a time frame in the statement pass, with hints naming the key result and due."""
    goal = Goal(
        title="Give five presentations in the next three months",
        start=day(1, 31),
        relevance=RELEVANCE,
    )
    report = assess(goal, as_of=TODAY)
    assert report.passed
    by_code = {f.code: f for f in report.findings}
    assert "target=5" in by_code["M-TEXT-ONLY"].hint
    assert "unit='presentations'" in by_code["M-TEXT-ONLY"].hint
    assert "due=2027-04-30" in by_code["T-TEXT-ONLY"].hint
    assert by_code["T-TEXT-ONLY"].severity is Severity.WARNING


def test_fully_recorded_goal_has_no_findings() -> None:
    """A goal with dates, relevance and a few key results passes without a single finding."""
    goal = Goal(
        title="Give five presentations in the next three months",
        start=day(1, 31),
        due=day(4, 30),
        relevance=RELEVANCE,
        key_results=[
            KeyResult(title="Presentations given", target=5, unit="presentations"),
            KeyResult(title="Average audience rating", target=4, baseline=3),
        ],
    )
    report = assess(goal, as_of=day(1, 31))
    assert report.passed
    assert report.findings == ()
    assert report.score == 1.0


# ------------------------------------------------------------------ Specific


def codes(goal: Goal, **kwargs: object) -> tuple[str, ...]:
    return assess(goal, as_of=kwargs.pop("as_of", TODAY), **kwargs).codes  # type: ignore[arg-type]


def test_vague_wording_with_a_concrete_part_only_warns() -> None:
    """Vague wording beside a concrete action is a warning, not a failure."""
    report = assess(Goal(title="Improve my skills by giving five talks"), as_of=TODAY)
    vague = [f for f in report.findings if f.code == "S-VAGUE"]
    assert [f.severity for f in vague] == [Severity.WARNING]
    assert report.results[S].passed


def test_topic_without_action_fails_specific() -> None:
    """A topic such as 'Networking' fails Specific with S-NO-ACTION and a verb in the hint."""
    finding = next(f for f in assess(Goal(title="Networking"), as_of=TODAY).findings)
    assert (finding.code, finding.severity) == ("S-NO-ACTION", Severity.ERROR)
    assert "Attend" in finding.hint


def test_too_short_and_too_long_statements_get_advice() -> None:
    """Fewer than min_words draws S-TOO-SHORT and more than max_words S-TOO-LONG; neither fails."""
    assert "S-TOO-SHORT" in codes(Goal(title="Learn SQL"))
    long_title = "Give five presentations " + "to the team " * 12
    report = assess(Goal(title=long_title), as_of=TODAY)
    assert "S-TOO-LONG" in report.codes
    assert report.results[S].passed


def test_compound_statement_warns() -> None:
    """Three goals in one statement draw S-COMPOUND naming the verbs."""
    report = assess(
        Goal(title="Learn SQL, build a dashboard and present it to the board"), as_of=TODAY
    )
    finding = next(f for f in report.findings if f.code == "S-COMPOUND")
    assert "learn, build, present" in finding.message


# ---------------------------------------------------------------- Measurable


def test_key_result_or_milestone_makes_a_goal_measurable() -> None:
    """A key result or a milestone passes Measurable even without a number in the statement."""
    with_kr = Goal(title="Learn a new software", key_results=[KeyResult(title="Modules", target=8)])
    with_milestone = Goal(title="Learn a new software", milestones=[Milestone(title="Certified")])
    assert assess(with_kr, as_of=TODAY).results[M] == CriterionResult(True, ())
    assert assess(with_milestone, as_of=TODAY).results[M].passed
    assert not assess(Goal(title="Learn a new software"), as_of=TODAY).results[M].passed


def test_statement_and_key_result_that_disagree_draw_a_warning() -> None:
    """'five presentations' with a key result targeting 4 presentations draws M-TARGET-MISMATCH."""
    goal = Goal(
        title="Give five presentations",
        key_results=[KeyResult(title="Presentations given", target=4, unit="presentations")],
    )
    finding = next(f for f in assess(goal, as_of=TODAY).findings if f.code == "M-TARGET-MISMATCH")
    assert finding.path == "key_results[0].target"
    agreed = attrs.evolve(goal, key_results=[attrs.evolve(goal.key_results[0], target=5)])
    assert "M-TARGET-MISMATCH" not in codes(agreed)


# ---------------------------------------------------------------- Achievable


FEB_1 = datetime.date(2027, 2, 1)


def paced_goal(value: float, on: datetime.date = FEB_1, confidence: int | None = None) -> Goal:
    return Goal(
        title="Publish ten blog posts by 1 April",
        start=day(1, 1),
        due=day(4, 1),
        key_results=[
            KeyResult(
                title="Posts published",
                target=10,
                unit="posts",
                check_ins=[CheckIn(on=on, value=value, confidence=confidence)],
            ),
            KeyResult(title="Subscribers", target=100, unit="subscribers"),
        ],
    )


def test_pace_beyond_the_ratio_fails_achievable() -> None:
    """One post in January, nine to go by April: the pace needed is far beyond the pace so far."""
    report = assess(paced_goal(1), as_of=day(2, 1))
    finding = next(f for f in report.findings if f.code == "A-PACE")
    assert finding.severity is Severity.ERROR
    assert not report.results[A].passed
    assert "2027-" in finding.hint  # the date the observed pace would reach the target
    assert finding.path == "key_results[0]"


def test_tight_pace_warns_and_comfortable_pace_passes() -> None:
    """A pace 1.25-2x the observed one warns; a pace below it draws nothing."""
    tight = assess(paced_goal(2.5), as_of=day(2, 1))
    assert "A-PACE-TIGHT" in tight.codes
    assert tight.results[A].passed
    assert not {"A-PACE", "A-PACE-TIGHT"} & set(assess(paced_goal(4), as_of=day(2, 1)).codes)


def test_pace_ratio_is_a_policy_setting() -> None:
    """Raising max_pace_ratio turns the same evidence from a failure into a warning."""
    lenient = SmartPolicy(max_pace_ratio=10, pace_warning_ratio=2)
    report = assess(paced_goal(1), as_of=day(2, 1), policy=lenient)
    assert "A-PACE-TIGHT" in report.codes
    assert report.results[A].passed


def test_no_history_passes_with_information() -> None:
    """Without check-ins the pace cannot be judged: Achievable passes with A-NO-HISTORY."""
    goal = attrs.evolve(paced_goal(1), key_results=[KeyResult(title="Posts", target=10)])
    report = assess(goal, as_of=day(2, 1))
    finding = next(f for f in report.findings if f.code == "A-NO-HISTORY")
    assert finding.severity is Severity.INFO
    assert report.results[A].passed


def test_too_little_history_is_no_history() -> None:
    """A week of history is too little to judge pace (min_history_days is 14)."""
    kr = KeyResult(
        title="Posts published",
        target=10,
        check_ins=[CheckIn(on=day(2, 1), value=0), CheckIn(on=day(2, 8), value=0)],
    )
    goal = Goal(title="Publish ten blog posts", due=day(4, 1), key_results=[kr])
    report = assess(goal, as_of=day(2, 8))
    assert "A-NO-HISTORY" in report.codes
    assert "A-PACE" not in report.codes
    stalled = attrs.evolve(kr, check_ins=[*kr.check_ins, CheckIn(on=day(2, 22), value=0)])
    assert "A-PACE" in codes(attrs.evolve(goal, key_results=[stalled]), as_of=day(2, 22))


def test_goal_just_started_needs_no_history() -> None:
    """In the first min_history_days of a goal, missing check-ins draw nothing."""
    goal = attrs.evolve(paced_goal(1), key_results=[KeyResult(title="Posts", target=10)])
    assert "A-NO-HISTORY" not in codes(goal, as_of=day(1, 10))
    assert "A-NO-HISTORY" in codes(goal, as_of=day(1, 20))


def test_check_ins_after_the_day_are_ignored() -> None:
    """Assessing as of a past day uses only the check-ins recorded by then."""
    assert "A-NO-HISTORY" in assess(paced_goal(1), as_of=day(1, 20)).codes


def test_key_result_due_and_short_fails() -> None:
    """A check-in on the due date short of the target fails A-PACE with the shortfall."""
    report = assess(paced_goal(6, on=day(4, 1)), as_of=day(4, 1))
    finding = next(f for f in report.findings if f.code == "A-PACE")
    assert "4 posts short" in finding.message


def test_low_confidence_warns() -> None:
    """A latest confidence of 3 or less out of 10 draws A-LOW-CONFIDENCE at the check-in."""
    report = assess(paced_goal(4, confidence=2), as_of=day(2, 1))
    finding = next(f for f in report.findings if f.code == "A-LOW-CONFIDENCE")
    assert finding.path == "key_results[0].check_ins[0].confidence"
    assert "A-LOW-CONFIDENCE" not in assess(paced_goal(4, confidence=7), as_of=day(2, 1)).codes


def test_key_result_count_advice() -> None:
    """One key result draws advice (INFO); more than five a warning; two to five nothing."""

    def with_krs(count: int) -> Goal:
        krs = [KeyResult(title=f"KR {i}", target=i + 1) for i in range(count)]
        return Goal(title="Give five presentations", key_results=krs)

    assert "A-FEW-KEY-RESULTS" in codes(with_krs(1))
    assert not {"A-FEW-KEY-RESULTS", "A-MANY-KEY-RESULTS"} & set(codes(with_krs(3)))
    assert "A-MANY-KEY-RESULTS" in codes(with_krs(6))
    assert "A-FEW-KEY-RESULTS" not in codes(with_krs(0))


def mentee_plan(count: int, **fields: object) -> Plan:
    goals = [Goal(title=f"Give talk number {i}", id=f"g{i}", **fields) for i in range(count)]  # type: ignore[arg-type]
    return Plan(mentee=Person(id="ana", name="Ana"), goals=goals)


def test_owner_with_too_many_active_goals_fails_achievable() -> None:
    """Six undated active goals for one mentee exceed the default limit of five."""
    plan = mentee_plan(6)
    report = assess(plan.goals[0], plan=plan, as_of=TODAY)
    finding = next(f for f in report.findings if f.code == "A-OVERLOAD")
    assert "'ana' has 6 active goals" in finding.message
    assert "A-OVERLOAD" not in codes(mentee_plan(5).goals[0], plan=mentee_plan(5))


def test_load_counts_only_active_overlapping_goals_of_the_same_owner() -> None:
    """Achieved goals, other owners' goals and goals in other periods do not add to the load."""
    plan = mentee_plan(5)
    extra = [
        Goal(title="Old goal", id="done", status=GoalStatus.ACHIEVED),
        Goal(title="Mentor's goal", id="theirs", owner="mentor"),
        Goal(title="Last year's goal", id="past", start=day(1, 1, 2025), due=day(6, 1, 2025)),
    ]
    plan = attrs.evolve(plan, goals=(*plan.goals, *extra))
    dated = attrs.evolve(plan.goals[0], start=day(1, 1), due=day(3, 1))
    assert "A-OVERLOAD" not in codes(dated, plan=plan)
    assert "A-OVERLOAD" in codes(dated, plan=plan.add_goal(Goal(title="One more", id="more")))


def test_a_new_goal_counts_toward_the_load() -> None:
    """Assessing a goal not yet in the plan counts it with the plan's goals."""
    plan = mentee_plan(5)
    assert "A-OVERLOAD" in codes(Goal(title="Give a sixth talk"), plan=plan)
    assert "A-OVERLOAD" not in codes(Goal(title="Give a sixth talk"), plan=plan,
                                      policy=SmartPolicy(max_concurrent_goals=6))  # fmt: skip
    assert "A-OVERLOAD" not in codes(Goal(title="Give a sixth talk"), plan=plan,
                                      policy=SmartPolicy(max_concurrent_goals=None))  # fmt: skip


def test_long_term_goal_without_steps_warns() -> None:
    """A goal of several years with no milestones or child goals draws A-NO-BREAKDOWN."""
    lead = Goal(title="Move into a leadership role within the next two years", id="lead")
    assert "A-NO-BREAKDOWN" in codes(lead)
    with_step = attrs.evolve(lead, milestones=[Milestone(title="Lead a project", due=day(9, 1))])
    assert "A-NO-BREAKDOWN" not in codes(with_step)
    child = Goal(title="Give five talks", id="talks", parent_id="lead")
    plan = Plan(mentee=Person(name="Ana"), goals=[lead, child])
    assert "A-NO-BREAKDOWN" not in codes(lead, plan=plan)


# ------------------------------------------------------------------ Relevant


def test_relevance_parent_or_objective_each_pass_relevant() -> None:
    """A stated relevance, a parent goal in the plan, or an organisational objective passes."""
    bare = Goal(title="Give five talks", id="talks")
    assert not assess(bare, as_of=TODAY).results[R].passed
    assert assess(attrs.evolve(bare, relevance=RELEVANCE), as_of=TODAY).results[R].passed
    parent = Goal(title="Move into a team lead role", id="lead")
    plan = Plan(mentee=Person(name="Ana"), goals=[parent, attrs.evolve(bare, parent_id="lead")])
    assert assess(plan.goal("talks"), plan=plan, as_of=TODAY).results[R].passed
    tagged = attrs.evolve(bare, tags=["objective:customer retention"])
    assert assess(tagged, as_of=TODAY).results[R].passed
    policy = SmartPolicy(objectives=["customer retention"])
    worded = attrs.evolve(bare, description="Part of our customer retention push")
    assert assess(worded, as_of=TODAY, policy=policy).results[R].passed
    assert assess(attrs.evolve(bare, tags=["Customer Retention"]), as_of=TODAY,
                  policy=policy).results[R].passed  # fmt: skip


def test_a_bare_objective_prefix_is_not_an_objective() -> None:
    """The tag 'objective:' with nothing after it aligns with nothing."""
    assert "R-NO-LINK" in codes(Goal(title="Give five talks", tags=["objective:"]))


def test_thin_relevance_warns_without_failing() -> None:
    """A one-word relevance draws R-THIN but Relevant still passes."""
    report = assess(Goal(title="Give five talks", relevance="career"), as_of=TODAY)
    assert "R-THIN" in report.codes
    assert report.results[R].passed


def test_parent_missing_from_the_given_plan_warns() -> None:
    """A parent_id naming no goal of the given plan draws R-UNKNOWN-PARENT and fails Relevant."""
    plan = Plan(mentee=Person(name="Ana"))
    report = assess(Goal(title="Give five talks", parent_id="lead"), plan=plan, as_of=TODAY)
    assert {"R-UNKNOWN-PARENT", "R-NO-LINK"} <= set(report.codes)


# ---------------------------------------------------------------- Time-bound


def test_no_deadline_names_vague_timing_and_dated_parts() -> None:
    """T-NO-DEADLINE says 'soon' is not a date and points at the latest dated milestone."""
    goal = Goal(title="Get promoted soon", milestones=[Milestone(title="Apply", due=day(3, 1))])
    finding = next(f for f in assess(goal, as_of=TODAY).findings if f.code == "T-NO-DEADLINE")
    assert '"soon" is not a date' in finding.message
    assert "2027-03-01" in finding.hint


def test_due_on_the_start_day_fails_time_bound() -> None:
    """A due date equal to the start is no span: T-NO-SPAN fails Time-bound."""
    report = assess(Goal(title="Give a talk", start=day(2, 1), due=day(2, 1)), as_of=TODAY)
    assert "T-NO-SPAN" in report.codes
    assert not report.results[T].passed


def test_due_without_start_passes_with_information() -> None:
    """A due date without a start passes, with T-NO-START as information."""
    report = assess(Goal(title="Give a talk", due=day(3, 1)), as_of=TODAY)
    assert report.results[T].passed
    assert "T-NO-START" in report.codes


def test_statement_and_due_that_disagree_warn() -> None:
    """'in the next three months' with a due a year after the start draws T-TEXT-MISMATCH."""
    goal = Goal(
        title="Give five talks in the next three months", start=day(1, 31), due=day(1, 31, 2028)
    )
    assert "T-TEXT-MISMATCH" in codes(goal)
    assert "T-TEXT-MISMATCH" not in codes(attrs.evolve(goal, due=day(4, 30)))


def test_active_goal_past_due_warns() -> None:
    """An active goal after its due date draws T-PAST-DUE; an achieved one does not."""
    goal = Goal(title="Give five talks", start=day(1, 1), due=day(3, 1))
    assert "T-PAST-DUE" in codes(goal, as_of=day(3, 2))
    assert "T-PAST-DUE" not in codes(goal, as_of=day(3, 1))
    assert "T-PAST-DUE" not in codes(goal.achieve(day(2, 20)), as_of=day(3, 2))


def test_dates_outside_the_goal_span_warn() -> None:
    """Milestone and key-result dates before the start or after the due draw T-OUTSIDE-SPAN."""
    goal = Goal(
        title="Give five talks",
        start=day(1, 1),
        due=day(3, 1),
        milestones=[Milestone(title="Outline", due=day(12, 1, 2026))],
        key_results=[KeyResult(title="Talks", target=5, due=day(4, 1))],
    )
    paths = [f.path for f in assess(goal, as_of=TODAY).findings if f.code == "T-OUTSIDE-SPAN"]
    assert paths == ["key_results[0].due", "milestones[0].due"]


# -------------------------------------------------------------------- report


def test_report_fields_and_score() -> None:
    """passed, failed, findings and score agree with the per-criterion results."""
    report = assess(Goal(title="I want to improve my skills", id="g-1"), as_of=TODAY)
    assert report.passed is False
    assert report.failed == (S, M, R, T)
    assert report.score == pytest.approx(0.2)
    assert report.findings == tuple(f for r in report.results.values() for f in r.findings)
    assert list(report.results) == list(Criterion)


def test_report_str_has_one_line_per_finding() -> None:
    """str() gives a summary line, then one line per finding with criterion, code, message, hint."""
    report = assess(Goal(title="I want to improve my skills", id="g-1"), as_of=TODAY)
    lines = str(report).splitlines()
    assert lines[0].startswith("'I want to improve my skills' (g-1) on 2027-01-15: not SMART")
    assert len(lines) == 1 + len(report.findings)
    for line, finding in zip(lines[1:], report.findings, strict=True):
        assert finding.criterion.value in line
        assert finding.code in line
        assert finding.message in line
        assert f"Hint: {finding.hint}" in line


def test_report_repr_is_one_helpful_line() -> None:
    """repr() names the goal, the score, the failed criteria and the codes."""
    report = assess(Goal(title="Networking", id="g-net"), as_of=TODAY)
    assert repr(report) == (
        "SmartReport(goal_id='g-net', score=0.2, "
        "failed=('specific', 'measurable', 'relevant', 'time_bound'), "
        "codes=('S-NO-ACTION', 'M-NO-MEASURE', 'R-NO-LINK', 'T-NO-DEADLINE'))"
    )


def test_equal_inputs_give_equal_reports_and_different_days_do_not() -> None:
    """Reports are equal for the same goal, day and policy, and differ across days."""
    goal = Goal(title="Give five talks", id="g")
    assert assess(goal, as_of=TODAY) == assess(goal, as_of=TODAY)
    assert hash(assess(goal, as_of=TODAY)) == hash(assess(goal, as_of=TODAY))
    assert assess(goal, as_of=TODAY) != assess(goal, as_of=day(1, 16))


def test_as_of_defaults_to_the_clock() -> None:
    """Without as_of, the assessment is as of the clock's today (read once, even at midnight)."""
    before = datetime.date.today()
    report = assess(Goal(title="Give five talks"))
    after = datetime.date.today()
    assert before <= report.as_of <= after


def test_require_smart_returns_the_goal_or_raises_with_the_report() -> None:
    """require_smart returns a SMART goal and raises NotSmartError carrying the report otherwise."""
    goal = Goal(title="Give five talks in the next three months", relevance=RELEVANCE)
    assert require_smart(goal, as_of=TODAY) is goal
    with pytest.raises(NotSmartError) as caught:
        require_smart(Goal(title="Get better"), as_of=TODAY)
    assert caught.value.report.failed == (S, M, R, T)
    assert isinstance(caught.value, ValueError)


def test_assess_plan_matches_assess_per_goal() -> None:
    """assess_plan gives, for each goal, the report assess gives with the plan."""
    plan = mentee_plan(7)
    reports = assess_plan(plan, as_of=TODAY)
    assert list(reports) == [goal.id for goal in plan.goals]
    for goal in plan.goals:
        assert reports[goal.id] == assess(goal, plan=plan, as_of=TODAY)


@pytest.mark.parametrize(
    ("call", "field"),
    [
        (lambda: assess("Give a talk"), "goal"),  # type: ignore[arg-type]
        (lambda: assess(Goal(title="x"), as_of=datetime.datetime(2027, 1, 1)), "as_of"),
        (lambda: assess(Goal(title="x"), as_of="2027-01-01"), "as_of"),  # type: ignore[arg-type]
        (lambda: assess(Goal(title="x"), plan="plan"), "plan"),  # type: ignore[arg-type]
        (lambda: assess(Goal(title="x"), policy={}), "policy"),  # type: ignore[arg-type]
        (lambda: assess_plan(Goal(title="x")), "plan"),  # type: ignore[arg-type]
    ],
)
def test_wrong_argument_types_are_named(call: object, field: str) -> None:
    """A wrong argument raises ValidationError naming it, never a bare TypeError."""
    with pytest.raises(ValidationError) as caught:
        call()  # type: ignore[operator]
    assert caught.value.field == field


@pytest.mark.parametrize(
    ("call", "function", "field"),
    [
        (lambda: assess(Goal(title="x"), framework="smart"), "assess", "framework"),
        (lambda: assess_plan(Plan(mentee=Person(name="A")), policy=1), "assess_plan", "policy"),
        (lambda: assess_plan(Plan(mentee=Person(name="A")), as_of=1), "assess_plan", "as_of"),
        (lambda: require_smart("Give a talk"), "require_smart", "goal"),
        (lambda: require_smart(Goal(title="x"), plan=[]), "require_smart", "plan"),
        (lambda: require_smart(Goal(title="x"), as_of="today"), "require_smart", "as_of"),
        (lambda: analyze_text(b"Give a talk"), "analyze_text", "text"),
        (lambda: analyze_text("Give a talk", policy="strict"), "analyze_text", "policy"),
    ],
)
def test_the_same_mistake_gets_the_same_error(call: object, function: str, field: str) -> None:
    """Each public function refuses a wrong type: `function.argument: expected ..., got ...`."""
    with pytest.raises(ValidationError) as caught:
        call()  # type: ignore[operator]
    assert (caught.value.subject, caught.value.field) == (function, field)
    assert str(caught.value).startswith(f"{function}.{field}: expected ")
    assert ", got " in str(caught.value)


# ------------------------------------------------------- today, the old as_of


def test_today_is_the_deprecated_name_of_as_of() -> None:
    """today= still works in assess, assess_plan and require_smart, with a warning at the call."""
    goal = Goal(title="Give five talks in the next three months", id="g", relevance=RELEVANCE)
    plan = mentee_plan(2)
    with pytest.warns(GoalkitDeprecationWarning, match=r"assess\(as_of=\.\.\.\)") as caught:
        old = assess(goal, today=TODAY)
    assert caught[0].filename == __file__  # the warning points at the caller's line
    assert old == assess(goal, as_of=TODAY)
    with pytest.warns(GoalkitDeprecationWarning, match=r"assess_plan\(as_of") as caught:
        assert assess_plan(plan, today=TODAY) == assess_plan(plan, as_of=TODAY)
    assert caught[0].filename == __file__
    with pytest.warns(GoalkitDeprecationWarning, match=r"require_smart\(as_of") as caught:
        assert require_smart(goal, today=TODAY) is goal
    assert caught[0].filename == __file__


def test_today_keeps_its_checks() -> None:
    """A datetime given as today is refused naming today, and today beside as_of is refused."""
    goal = Goal(title="x")
    with pytest.warns(GoalkitDeprecationWarning), pytest.raises(ValidationError) as caught:
        assess(goal, today=datetime.datetime(2027, 1, 1))  # type: ignore[arg-type]
    assert caught.value.field == "today"
    with pytest.warns(GoalkitDeprecationWarning), pytest.raises(ValidationError) as caught:
        assess(goal, as_of=TODAY, today=TODAY)
    assert caught.value.field == "today"


def test_report_and_context_answer_to_today_with_a_warning() -> None:
    """SmartReport.today and SmartContext.today are as_of, and the old keyword still builds them."""
    report = assess(Goal(title="Give five talks"), as_of=TODAY)
    with pytest.warns(GoalkitDeprecationWarning, match="SmartReport.as_of"):
        assert report.today == TODAY
    with pytest.warns(GoalkitDeprecationWarning, match=r"SmartReport\(as_of"):
        rebuilt = SmartReport(
            goal_id=report.goal_id, title=report.title, today=TODAY, results=report.results
        )
    assert rebuilt == report
    context = SmartContext(
        plan=None, as_of=TODAY, policy=SmartPolicy(), analysis=analyze_text("Give five talks")
    )
    with pytest.warns(GoalkitDeprecationWarning, match="SmartContext.as_of"):
        assert context.today == TODAY
    with pytest.warns(GoalkitDeprecationWarning, match=r"SmartContext\(as_of"):
        old = SmartContext(
            plan=None, today=TODAY, policy=SmartPolicy(), analysis=analyze_text("Give five talks")
        )
    assert old == context
    with pytest.raises(ValidationError):
        SmartContext(plan=None, policy=SmartPolicy(), analysis=analyze_text("Give five talks"))


def test_a_reports_views_of_its_findings() -> None:
    """passed, findings, failed, score and codes, on the goals their docstrings once showed."""
    day = datetime.date(2027, 1, 1)
    assert not assess(Goal(title="Get better"), as_of=day).passed
    networking = assess(Goal(title="Networking"), as_of=day)
    assert tuple(f.code for f in networking.findings) == (
        "S-NO-ACTION", "M-NO-MEASURE", "R-NO-LINK", "T-NO-DEADLINE",
    )  # fmt: skip
    assert networking.score == 0.2
    related = Goal(title="Networking", relevance="My team needs a wider network")
    assert assess(related, as_of=day).failed == (
        Criterion.SPECIFIC, Criterion.MEASURABLE, Criterion.TIME_BOUND,
    )  # fmt: skip
    assert assess(Goal(title="Get better"), as_of=day).codes[0] == "S-VAGUE"


def test_today_warnings_point_at_the_callers_line() -> None:
    """SmartReport's and SmartContext's deprecated today= warns at the caller's line."""
    report = assess(Goal(title="Give five talks"), as_of=TODAY)
    analysis = analyze_text("Give five talks")
    with pytest.warns(GoalkitDeprecationWarning) as record:
        SmartReport(goal_id="g", title="t", today=TODAY, results=report.results)
    with pytest.warns(GoalkitDeprecationWarning) as record_context:
        SmartContext(plan=None, today=TODAY, policy=SmartPolicy(), analysis=analysis)
    with pytest.warns(GoalkitDeprecationWarning) as record_property:
        _ = report.today
    warned = [*record, *record_context, *record_property]
    assert [pathlib.Path(w.filename).name for w in warned] == ["test_smart.py"] * 3


def test_context_for_goal_is_the_context_assess_hands_the_rules() -> None:
    """SmartContext.for_goal reads the goal's own statement with the policy's words."""
    goal = Goal(title="Upskill engineering teams")
    policy = SmartPolicy(action_verbs=SmartPolicy().action_verbs | {"upskill"})
    plan = mentee_plan(1)
    context = SmartContext.for_goal(goal, as_of=TODAY, plan=plan, policy=policy)
    assert (context.plan, context.as_of, context.policy) == (plan, TODAY, policy)
    assert context.analysis == analyze_text(goal.title, policy=policy)
    assert [action.verb for action in context.analysis.actions] == ["upskill"]
    default = SmartContext.for_goal(goal, as_of=TODAY)
    assert default.policy == SmartPolicy()
    assert default.plan is None
    assert default.analysis == analyze_text(goal.title)
    seen: list[SmartContext] = []
    assess(
        goal,
        plan=plan,
        as_of=TODAY,
        policy=attrs.evolve(policy, extra_rules=[lambda goal, context: seen.append(context) or ()]),
    )
    assert seen[0].analysis == context.analysis
    assert seen[0].plan is plan


@pytest.mark.parametrize(
    ("field", "changes"),
    [
        ("goal", {"goal": "Give five talks"}),
        ("as_of", {"as_of": datetime.datetime(2027, 1, 15, 9)}),
        ("plan", {"plan": []}),
        ("policy", {"policy": {}}),
    ],
)
def test_context_for_goal_refuses_wrong_types(field: str, changes: dict[str, object]) -> None:
    """A wrong-type argument to SmartContext.for_goal is a ValidationError naming it."""
    arguments: dict[str, object] = {"goal": Goal(title="Give five talks"), "as_of": TODAY}
    with pytest.raises(ValidationError, match=rf"SmartContext.for_goal.{field}:") as caught:
        SmartContext.for_goal(**(arguments | changes))  # type: ignore[arg-type]
    assert caught.value.field == field


# -------------------------------------------------------------------- policy


@pytest.mark.parametrize(
    "changes",
    [
        {"min_words": -1},
        {"max_pace_ratio": 0.5},
        {"max_pace_ratio": float("inf")},
        {"pace_warning_ratio": 3.0},
        {"max_concurrent_goals": 0},
        {"min_key_results": 6},
        {"extra_rules": ["not callable"]},
        {"action_verbs": "give"},
        {"min_words": True},
    ],
)
def test_policy_rejects_nonsense(changes: dict[str, object]) -> None:
    """Impossible thresholds and a string where a word list belongs raise ValidationError."""
    with pytest.raises(ValidationError):
        SmartPolicy(**changes)  # type: ignore[arg-type]


def test_policy_word_lists_and_thresholds_change_the_verdict() -> None:
    """A verb added to action_verbs, or a lower min_words, changes the findings."""
    # Issue 10: "Upskill the support team" now reads as an action (any verb at the start
    # of a statement, before an object); before a noun ending in -ing, the unknown word
    # reads as a topic ("Career planning") until the policy names it a verb.
    goal = Goal(title="Upskill engineering teams")
    assert "S-NO-ACTION" in codes(goal)
    policy = SmartPolicy(action_verbs=SmartPolicy().action_verbs | {"upskill"})
    assert "S-NO-ACTION" not in codes(goal, policy=policy)
    assert "S-TOO-SHORT" not in codes(Goal(title="Learn SQL"), policy=SmartPolicy(min_words=2))


def test_policy_has_every_word_list_of_the_lexicon_with_its_default() -> None:
    """Each of Lexicon's word lists is a SmartPolicy field, with the same default, read into it."""
    names = [field.name for field in attrs.fields(Lexicon) if field.init]
    assert names  # the policy's lexicon is built from exactly these fields
    default = SmartPolicy()
    for name in names:
        assert getattr(default, name) == getattr(Lexicon(), name), name
        custom = SmartPolicy(**{name: {"zorble"}})
        assert getattr(custom._lexicon, name) == frozenset({"zorble"}), name


def test_ignored_codes_are_dropped_and_no_longer_fail() -> None:
    """A code in policy.ignore is dropped, so its criterion no longer fails on it."""
    report = assess(Goal(title="Networking"), as_of=TODAY, policy=SmartPolicy(ignore={"R-NO-LINK"}))
    assert "R-NO-LINK" not in report.codes
    assert report.results[R].passed


def okr_tag_rule(goal: Goal, context: SmartContext) -> Iterator[Finding]:
    if not any(tag.startswith("okr:") for tag in goal.tags):
        yield Finding(
            criterion=Criterion.RELEVANT,
            code="ORG-NO-OKR",
            severity=Severity.ERROR,
            message="Every goal must name the company OKR it serves.",
            hint="Add a tag such as 'okr:retention'.",
            path="tags",
        )


def test_custom_error_fails_its_criterion_like_a_built_in() -> None:
    """A custom rule's ERROR fails its criterion even when built-in rules pass it."""
    goal = Goal(title="Give five talks", relevance=RELEVANCE)
    policy = SmartPolicy(extra_rules=[okr_tag_rule])
    report = assess(goal, as_of=TODAY, policy=policy)
    assert not report.results[R].passed
    assert report.results[R].findings[-1].code == "ORG-NO-OKR"
    tagged = attrs.evolve(goal, tags=["okr:retention"])
    assert assess(tagged, as_of=TODAY, policy=policy).results[R].passed


def test_custom_rule_sees_plan_day_policy_and_text() -> None:
    """The context handed to a custom rule carries the plan, the day, the policy and the text."""
    seen: list[SmartContext] = []

    def spy(goal: Goal, context: SmartContext) -> list[Finding]:
        seen.append(context)
        return []

    policy = SmartPolicy(extra_rules=[spy])
    plan = mentee_plan(1)
    assess(plan.goals[0], plan=plan, as_of=TODAY, policy=policy)
    assert seen[0].plan is plan
    assert seen[0].as_of == TODAY
    assert seen[0].policy is policy
    assert seen[0].analysis.text == plan.goals[0].title
    assert seen[0].owner_of(plan.goals[0]) == "ana"


def test_custom_rule_yielding_something_else_is_a_clear_error() -> None:
    """A custom rule that yields a non-Finding raises TypeError naming the rule."""

    def sloppy(goal: Goal, context: SmartContext) -> list[str]:
        return ["oops"]

    with pytest.raises(TypeError, match="sloppy"):
        assess(Goal(title="x"), as_of=TODAY, policy=SmartPolicy(extra_rules=[sloppy]))  # type: ignore[list-item]


def test_finding_checks_its_fields() -> None:
    """A Finding with a string for its criterion or a blank code is refused."""
    with pytest.raises(ValidationError):
        Finding(criterion="relevant", code="X", severity=Severity.INFO, message="m")  # type: ignore[arg-type]
    with pytest.raises(ValidationError):
        Finding(criterion=R, code=" ", severity=Severity.INFO, message="m")


# -------------------------------------------------------------- reference


def test_every_code_is_documented_in_the_reference() -> None:
    """The reference page's table lists every built-in finding code."""
    text = REFERENCE.read_text(encoding="utf-8")
    missing = [code for code in FINDING_CODES if f"`{code}`" not in text]
    assert missing == []


def _reference_rows() -> Iterator[tuple[tuple[str, ...], str, str]]:
    """The codes, criterion and severity of each row of the reference page's code tables."""
    for line in REFERENCE.read_text(encoding="utf-8").splitlines():
        cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
        if not line.startswith("| `") or len(cells) != 5:
            continue
        codes = tuple(code.strip().strip("`") for code in cells[0].split(","))
        if all(code.replace("-", "").isupper() and "-" in code for code in codes):
            yield codes, cells[1], cells[2]


def test_every_documented_code_is_in_the_catalogue_with_its_criterion_and_severity() -> None:
    """Each code in the reference's tables is in the catalogue, with its criterion and severity."""
    documented: set[str] = set()
    for codes, criterion, severity in _reference_rows():
        documented.update(codes)
        for code in codes:
            assert code in CATALOGUE, code
            if len(codes) == 1:  # a row of several codes refers to another table
                entry = CATALOGUE[code]
                assert criterion == entry.criterion.label, code
                assert severity.startswith(entry.severity.value), code
    assert documented == set(CATALOGUE)


def test_finding_codes_are_the_catalogue_s() -> None:
    """FINDING_CODES is the catalogue read as code -> meaning, in the same order."""
    assert list(FINDING_CODES) == list(CATALOGUE)
    assert all(FINDING_CODES[code] == entry.meaning for code, entry in CATALOGUE.items())


def test_finding_takes_criterion_severity_and_hint_from_the_catalogue() -> None:
    """finding(code) needs only the message and path; a rule may word a more specific hint."""
    made = catalogue.finding(
        "R-UNKNOWN-PARENT", message="The parent goal 'x' is not in the plan.", path="parent_id"
    )
    entry = CATALOGUE["R-UNKNOWN-PARENT"]
    assert (made.criterion, made.severity, made.hint) == (R, Severity.WARNING, entry.hint)
    assert (made.code, made.path) == ("R-UNKNOWN-PARENT", "parent_id")
    specific = catalogue.finding(
        "T-TEXT-ONLY", message="m", hint="Set due=2027-04-04.", severity=Severity.INFO
    )
    assert (specific.hint, specific.severity, specific.criterion) == (
        "Set due=2027-04-04.",
        Severity.INFO,
        T,
    )
    assert catalogue.finding("KR-TASK", message="m").path == ""


def test_finding_refuses_a_code_outside_the_catalogue() -> None:
    """A code the catalogue does not hold is an error naming it, not a finding with no criterion."""
    with pytest.raises(ValidationError, match="X-OWNER"):
        catalogue.finding("X-OWNER", message="Nobody owns it.")


@pytest.mark.parametrize("framework", [SMART, REAL, OKR], ids=["smart", "real", "okr"])
def test_a_framework_s_rule_table_agrees_with_the_catalogue(framework: Framework) -> None:
    """The rule table under SMART, REAL and OKR names their rules, and codes of each criterion."""
    module = {"smart": framework_module, "real": real_module, "okr": okr_module}[framework.name]
    source = inspect.getsource(module)
    # The note under `NAME: Final = Framework(...)` is the framework's reference docstring.
    after = source[source.index(f"{framework.name.upper()}: Final = Framework(") :]
    note = after.split('"""')[1]
    rows = [line for line in note.splitlines() if line.startswith("| `")]
    assert rows
    rule_names = {rule.__name__ for rule in framework.rules}
    documented: set[str] = set()
    for row in rows:
        rule, criterion, codes = (cell.strip() for cell in row.strip("|").split("|"))
        assert rule.strip("`") in rule_names, row
        for code in (code.strip().strip("`") for code in codes.split(",")):
            assert CATALOGUE[code].criterion.label == criterion, row
            documented.add(code)
    judged = {code for code, entry in CATALOGUE.items() if entry.criterion in framework.criteria}
    assert documented == judged


#: The codes whose rule may soften the catalogue's severity, as the reference says.
_SOFTENED = {"S-VAGUE": Severity.WARNING}


@pytest.mark.parametrize("framework", [SMART, REAL, OKR], ids=["smart", "real", "okr"])
@given(goal=goals(), plan=plans(), as_of=st.dates())
def test_built_in_findings_carry_their_catalogue_criterion_and_severity(
    framework: Framework, goal: Goal, plan: Plan, as_of: datetime.date
) -> None:
    """Every built-in finding bears on its code's criterion, at its code's severity."""
    for report in (
        assess(goal, as_of=as_of, framework=framework),
        *assess_plan(plan, as_of=as_of, framework=framework).values(),
    ):
        for found in report.findings:
            entry = CATALOGUE[found.code]
            assert found.criterion is entry.criterion
            assert found.severity in (entry.severity, _SOFTENED.get(found.code))


# ---------------------------------------------------------------- properties


@given(goals(), plans(), st.dates())
def test_assess_never_raises_on_a_valid_goal(goal: Goal, plan: Plan, as_of: datetime.date) -> None:
    """Any valid goal, alone or in any valid plan, on any day, is assessed without error."""
    report = assess(goal, as_of=as_of)
    assert set(report.codes) <= set(FINDING_CODES)
    for member in plan.goals:
        in_plan = assess(member, plan=plan, as_of=as_of)
        assert set(in_plan.codes) <= set(FINDING_CODES)


@given(goals(), st.dates())
def test_passed_means_no_error_findings(goal: Goal, as_of: datetime.date) -> None:
    """A criterion passes exactly when none of its findings is an ERROR; the score agrees."""
    report = assess(goal, as_of=as_of)
    for result in report.results.values():
        assert result.passed == all(f.severity is not Severity.ERROR for f in result.findings)
    assert report.score == sum(r.passed for r in report.results.values()) / 5
    assert report.passed == (report.failed == ())


@given(goals(), st.text(min_size=1).filter(str.strip), st.dates())
def test_adding_relevance_never_makes_relevant_fail(
    goal: Goal, relevance: str, as_of: datetime.date
) -> None:
    """With a stated relevance, Relevant passes, whatever else the goal says."""
    report = assess(attrs.evolve(goal, relevance=relevance), as_of=as_of)
    assert report.results[R].passed


@given(plans(), st.dates())
def test_assessment_is_deterministic(plan: Plan, as_of: datetime.date) -> None:
    """Assessing twice, with equal but distinct policies, gives equal reports."""
    first = assess_plan(plan, as_of=as_of, policy=SmartPolicy())
    second = assess_plan(plan, as_of=as_of, policy=SmartPolicy())
    assert first == second
    assert [str(r) for r in first.values()] == [str(r) for r in second.values()]


# ---------------------------------------------------------------- frameworks


class RealCriterion(BaseCriterion):
    """Criteria beyond SMART, declared as data (REAL's, as the domain reading names them)."""

    EXPERIMENTAL = "experimental"
    ASPIRATIONAL = "aspirational"
    LEARNING_BASED = "learning_based"


def names_an_experiment(goal: Goal, context: SmartContext) -> Iterator[Finding]:
    if not any(action.verb in {"test", "try"} for action in context.analysis.actions):
        yield Finding(
            criterion=RealCriterion.EXPERIMENTAL,
            code="E-NO-EXPERIMENT",
            severity=Severity.ERROR,
            message="No development activity that yields insight.",
        )


def rule_named(name: str) -> object:
    return next(rule for rule in SMART.rules if rule.__name__ == name)  # type: ignore[attr-defined]


class TestFramework:
    def test_smart_is_the_default_with_its_five_criteria_and_visible_rules(self) -> None:
        """SMART judges Criterion's five, in order, with the rules of SMART_RULES."""
        assert SMART.name == "smart"
        assert SMART.criteria == tuple(Criterion)
        assert SMART.rules == SMART_RULES
        goal = Goal(title="Give five talks", id="g")
        assert assess(goal, as_of=TODAY) == assess(goal, as_of=TODAY, framework=SMART)
        assert assess(goal, as_of=TODAY).framework == "smart"

    def test_every_smart_rule_yields_only_its_own_criterion_and_documented_codes(self) -> None:
        """Each built-in rule's findings bear on one criterion, with codes from FINDING_CODES."""
        seen: dict[str, set[Criterion]] = {}

        def spy(rule: object) -> object:
            def wrapped(goal: Goal, context: SmartContext) -> list[Finding]:
                found = list(rule(goal, context))  # type: ignore[operator]
                seen.setdefault(rule.__name__, set()).update(f.criterion for f in found)  # type: ignore[attr-defined]
                assert {f.code for f in found} <= set(FINDING_CODES)
                return found

            return wrapped

        spied = attrs.evolve(SMART, rules=[spy(rule) for rule in SMART.rules])
        for title, relevance in [(e[0], e[1]) for e in DOMAIN_EXAMPLES]:
            assess(Goal(title=title, relevance=relevance), as_of=TODAY, framework=spied)
        assess(paced_goal(1, confidence=2), as_of=day(2, 1), framework=spied)
        assert all(len(criteria) <= 1 for criteria in seen.values()), seen

    def test_a_rule_added_with_evolve_is_a_rule_like_an_extra_rule(self) -> None:
        """attrs.evolve(SMART, rules=SMART.rules + (rule,)) reports what extra_rules reports."""
        goal = Goal(title="Give five talks in the next three months", relevance=RELEVANCE)
        extended = attrs.evolve(SMART, rules=(*SMART.rules, okr_tag_rule))
        report = assess(goal, as_of=TODAY, framework=extended)
        assert report == assess(goal, as_of=TODAY, policy=SmartPolicy(extra_rules=[okr_tag_rule]))
        assert report.failed == (R,)

    def test_a_rule_dropped_or_moved_changes_only_its_findings(self) -> None:
        """Dropping key_result_count drops its advice; reversing rules reorders within criteria."""
        goal = Goal(title="Give five talks", key_results=[KeyResult(title="Talks", target=5)])
        assert "A-FEW-KEY-RESULTS" in codes(goal)
        without = attrs.evolve(
            SMART, rules=tuple(r for r in SMART.rules if r is not rule_named("key_result_count"))
        )
        assert "A-FEW-KEY-RESULTS" not in assess(goal, as_of=TODAY, framework=without).codes
        title = "Learn SQL, build a dashboard and present it to the board" + " each week" * 12
        compound = Goal(title=title, id="sql")
        forward = assess(compound, as_of=TODAY)
        reversed_rules = attrs.evolve(SMART, rules=SMART.rules[::-1])
        backward = assess(compound, as_of=TODAY, framework=reversed_rules)
        specific = [f.code for f in forward.results[S].findings]
        assert specific == ["S-TOO-LONG", "S-COMPOUND"]
        assert [f.code for f in backward.results[S].findings] == specific[::-1]
        assert list(backward.results) == list(Criterion)  # criteria keep the framework's order
        assert sorted(forward.codes) == sorted(backward.codes)

    def test_a_framework_with_other_criteria_is_data(self) -> None:
        """Criteria of another enum, with a shared Relevant rule, give a report keyed by them."""
        real = Framework(
            name="real",
            criteria=(Criterion.RELEVANT, *RealCriterion),
            rules=(rule_named("states_why"), names_an_experiment),
        )
        goal = Goal(title="Test pair programming with two juniors", relevance=RELEVANCE)
        report = assess(goal, as_of=TODAY, framework=real)
        assert list(report.results) == [Criterion.RELEVANT, *RealCriterion]
        assert report.passed
        assert report.framework == "real"
        vague = assess(Goal(title="Get better"), as_of=TODAY, framework=real)
        assert vague.failed == (Criterion.RELEVANT, RealCriterion.EXPERIMENTAL)
        assert vague.score == pytest.approx(0.5)
        assert "not REAL, 2 of 4 criteria pass" in str(vague)
        assert RealCriterion.LEARNING_BASED.label == "Learning-based"

    def test_a_finding_on_a_criterion_the_framework_does_not_judge_is_a_clear_error(self) -> None:
        """A finding outside the framework's criteria raises ValueError naming the rule."""
        narrow = Framework(name="narrow", criteria=(Criterion.SPECIFIC,), rules=SMART.rules)
        with pytest.raises(ValueError, match=r"has_a_measure.*'measurable'.*'narrow'"):
            assess(Goal(title="Give five talks"), as_of=TODAY, framework=narrow)

    @pytest.mark.parametrize(
        ("fields", "field"),
        [
            ({"name": " "}, "name"),
            ({"name": 5}, "name"),
            ({"criteria": ()}, "criteria"),
            ({"criteria": ("specific",)}, "criteria[0]"),
            ({"criteria": (Criterion.SPECIFIC, Criterion.SPECIFIC)}, "criteria[1]"),
            ({"rules": ("S-VAGUE",)}, "rules[0]"),
        ],
    )
    def test_framework_checks_its_fields(self, fields: dict[str, object], field: str) -> None:
        """A blank name, no criteria, a criterion twice or a rule that cannot run are refused."""
        with pytest.raises(ValidationError) as caught:
            attrs.evolve(SMART, **fields)
        assert caught.value.field == field

    def test_smart_documentation_example_runs(self) -> None:
        """The example in SMART's attribute docstring (which doctest does not collect) runs."""
        source = inspect.getsource(framework_module)
        tree = ast.parse(source)
        body = tree.body
        index = next(
            i
            for i, node in enumerate(body)
            if isinstance(node, ast.AnnAssign) and ast.unparse(node.target) == "SMART"
        )
        documentation = ast.literal_eval(body[index + 1].value)  # type: ignore[attr-defined]
        test = doctest.DocTestParser().get_doctest(documentation, {"SMART": SMART}, "SMART", "", 0)
        runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS)
        runner.run(test)
        assert (runner.failures, runner.tries) == (0, 2)

    def test_framework_repr_names_its_rules(self) -> None:
        """repr() lists the criteria's values and the rules' names, not function addresses."""
        assert repr(SMART).startswith(
            "Framework(name='smart', criteria=('specific', 'measurable', 'achievable', "
            "'relevant', 'time_bound'), rules=('names_an_action', 'statement_length', "
        )


# ------------------------------------------- one rule for a key result's value

WINDOW = (datetime.date(2027, 1, 1), datetime.date(2027, 3, 31))


@st.composite
def tracked_goals(draw: st.DrawFn) -> tuple[Goal, datetime.date]:
    """An active goal with one moving key result, check-ins bunched in a quarter, and a day."""
    direction = draw(st.sampled_from([Direction.INCREASE, Direction.DECREASE]))
    baseline, target = (0, 10) if direction is Direction.INCREASE else (40, 10)
    values = st.sampled_from([baseline, target, (baseline + target) / 2, target + 1, target - 1])
    days = st.dates(*WINDOW)
    check_ins = draw(
        st.lists(
            st.builds(CheckIn, on=days, value=values, confidence=st.none() | st.integers(0, 10)),
            max_size=6,
        )
    )
    kr = KeyResult(title="Posts", baseline=baseline, target=target, check_ins=check_ins)
    due = draw(st.dates(datetime.date(2027, 2, 1), datetime.date(2027, 6, 30)))
    goal = Goal(
        title="Publish ten posts", start=datetime.date(2027, 1, 1), due=due, key_results=[kr]
    )
    return goal, draw(days)


def on_key_result(report: SmartReport, *codes: str) -> list[Finding]:
    return [f for f in report.findings if f.code in codes and f.path.startswith("key_results[0]")]


@given(tracked_goals())
def test_low_confidence_agrees_with_the_one_value_rule(case: tuple[Goal, datetime.date]) -> None:
    """A-LOW-CONFIDENCE appears exactly when the latest confidence by the day is low and the
    value that counts that day (value_on: check-ins on the day included) has not reached."""
    goal, as_of = case
    kr = goal.key_results[0]
    history = kr.check_ins_until(as_of)
    rated = [(i, c.confidence) for i, c in enumerate(history) if c.confidence is not None]
    expected = bool(rated) and rated[-1][1] <= 3 and not reached(kr, kr.value_on(as_of))
    found = on_key_result(assess(goal, as_of=as_of), "A-LOW-CONFIDENCE")
    assert bool(found) == expected
    if found:
        assert found[0].path == f"key_results[0].check_ins[{rated[-1][0]}].confidence"


@given(tracked_goals())
def test_pace_agrees_with_the_one_value_rule(case: tuple[Goal, datetime.date]) -> None:
    """No pace finding once reached(value_on(day)); past due and short, the shortfall is
    measured from the check-in that counts (last_check_in), never from a later one."""
    goal, as_of = case
    kr = goal.key_results[0]
    last = kr.last_check_in(as_of)
    paced = on_key_result(assess(goal, as_of=as_of), "A-PACE", "A-PACE-TIGHT")
    if last is None or reached(kr, kr.value_on(as_of)):
        assert paced == []
    elif goal.due is not None and last.on >= goal.due:
        assert [f.code for f in paced] == ["A-PACE"]
        shortfall = abs(kr.target - kr.value_on(as_of))
        assert f"is {number_text(shortfall)} short of" in paced[0].message
    else:
        for finding in paced:  # the pace needed runs from the check-in that counts
            assert f"from {last.on.isoformat()} to" in finding.message


@given(tracked_goals(), st.integers(1, 30))
def test_check_ins_after_the_day_change_nothing(
    case: tuple[Goal, datetime.date], later: int
) -> None:
    """A check-in recorded after the assessment day leaves the report as it was."""
    goal, as_of = case
    kr = goal.key_results[0]
    added = kr.with_check_in(
        CheckIn(on=as_of + datetime.timedelta(days=later), value=kr.target, confidence=0)
    )
    assert assess(attrs.evolve(goal, key_results=[added]), as_of=as_of) == assess(goal, as_of=as_of)


@given(tracked_goals())
def test_a_check_in_on_the_day_counts(case: tuple[Goal, datetime.date]) -> None:
    """A check-in on the assessment day that reaches the target ends its pace and confidence
    findings, exactly as value_on and reached say."""
    goal, as_of = case
    kr = goal.key_results[0].with_check_in(CheckIn(on=as_of, value=10, confidence=1))
    assert reached(kr, kr.value_on(as_of))
    report = assess(attrs.evolve(goal, key_results=[kr]), as_of=as_of)
    assert on_key_result(report, "A-PACE", "A-PACE-TIGHT", "A-LOW-CONFIDENCE") == []


# --------------------------------------- issue 10: verdicts that read like a person


def vague_finding(statement: str) -> Finding:
    """The S-VAGUE finding of a bare statement (the test fails when there is none)."""
    report = assess(Goal(title=statement), as_of=TODAY)
    found = [f for f in report.findings if f.code == "S-VAGUE"]
    assert found, f"no S-VAGUE for {statement!r}: {report.codes}"
    return found[0]


#: The rules alone: the tests of a reading by class check the rules' verdicts; the learned
#: reading of Specific beside them (S-BROAD) is tested in tests/test_broadness.py.
RULES_ONLY = SmartPolicy(learned_specific=False)


def smt(statement: str) -> str:
    """The rules' Specific, Measurable and Time-bound of a bare statement ('.' a failure)."""
    report = assess(Goal(title=statement), as_of=datetime.date(2027, 1, 4), policy=RULES_ONLY)
    return "".join(
        letter if report.results[criterion].passed else "."
        for letter, criterion in zip("SMT", (S, M, T), strict=True)
    )


class TestVerdictsOnRealPhrasings:
    """Specific, Measurable and Time-bound read statements the way a person does."""

    @pytest.mark.parametrize(
        ("statement", "expected"),
        [
            # actions of any verb are specific
            ("Jog for at least 30 minutes, once a week", "SM."),
            ("Meditate once a week before sleep", "SM."),
            ("Consume oatmeal for lunch three times a week", "SM."),
            ("Homecook dinner on the weekend", "S.."),
            # vague outcomes are not
            ("become a better leader", "..."),
            ("I want to develop speaking skills", "..."),
            ("improve communication skills", "..."),
            ("I want to get healthier", "..."),
            ("work on my presentation skills", "..."),
            # an outcome with no verb is specific when it counts something
            ("50 new marketing qualified leads handed to the sales team", "SM."),
            ("No sweets this week!", "SMT"),
            # measured in words: a frequency, a grade, a zero rule, one thing done
            ("Eat breakfast every day", "SM."),
            ("I will get at least a B in all my math classes", "SM."),
            ("Launch the rebrand", "SM."),
            ("I want to earn my degree within the next three years", "SMT"),
            ("I want to reduce my screen time every night", "S.."),
            # a deadline that is an event
            ("I am trying to lose 10 pounds for my wedding", "SMT"),
        ],
    )
    def test_verdict(self, statement: str, expected: str) -> None:
        """The verdict per criterion a person would give."""
        assert smt(statement) == expected

    def test_a_broad_area_fails_specific_with_a_hint(self) -> None:
        """ "improve communication skills" fails Specific with S-VAGUE saying how or how much."""
        finding = vague_finding("improve communication skills")
        assert finding.severity is Severity.ERROR
        assert "not how or how much" in finding.message

    def test_a_broad_area_with_a_how_draws_nothing(self) -> None:
        """Saying how ("by giving five talks") leaves the area as the purpose, with no finding."""
        title = "Enhance my public speaking skills by giving five talks"
        assert "S-VAGUE" not in assess(Goal(title=title), as_of=TODAY).codes

    def test_one_thing_done_is_measured_by_a_milestone(self) -> None:
        """ "Launch the rebrand" passes Measurable, with a hint to record it as a milestone."""
        report = assess(Goal(title="Launch the rebrand"), as_of=TODAY)
        finding = next(f for f in report.findings if f.code == "M-TEXT-ONLY")
        assert "Milestone(title='Launch the rebrand')" in finding.hint

    def test_an_event_deadline_passes_with_a_hint(self) -> None:
        """ "for my wedding" passes Time-bound with T-TEXT-ONLY: set due to the event's date."""
        report = assess(Goal(title="Lose 10 pounds for my wedding"), as_of=TODAY)
        finding = next(f for f in report.findings if f.code == "T-TEXT-ONLY")
        assert '"for my wedding"' in finding.message


# ------------------------------------------------------------ REAL, OKR and the choice

JAN_4 = datetime.date(2027, 1, 4)
GROWTH = "Ana wants to lead the platform team next year"


class TestReal:
    """REAL judges developmental goals: Relevant, Experimental, Aspirational, Learning-based."""

    def test_real_is_data_with_relevant_shared_with_smart(self) -> None:
        """REAL's criteria are Criterion.RELEVANT and its own three, with a visible rule tuple."""
        assert REAL.name == "real"
        assert REAL.criteria == (R, *RealCriteria)
        assert REAL.rules == REAL_RULES
        assert [criterion.label for criterion in REAL.criteria] == [
            "Relevant", "Experimental", "Aspirational", "Learning-based"
        ]  # fmt: skip

    def test_a_developmental_goal_passes_without_a_number(self) -> None:
        """An area to grow in, an activity to try and a capability pass; no count is asked."""
        goal = Goal(
            title="Become a more confident presenter by leading two team retrospectives",
            relevance=GROWTH,
        )
        report = assess(goal, as_of=JAN_4, framework=REAL)
        assert report.passed
        assert report.framework == "real"
        assert report.codes == ("E-NO-REFLECTION",)
        assert not assess(goal, as_of=JAN_4).results[T].passed  # SMART would ask for a deadline

    @pytest.mark.parametrize(
        ("title", "code"),
        [
            ("Become a more confident presenter", "E-NO-ACTIVITY"),
            ("Publish twelve blog posts", "AS-NO-AREA"),
            ("Become head of marketing by shadowing the head of sales", "L-NO-CAPABILITY"),
        ],
    )
    def test_each_criterion_fails_with_its_code(self, title: str, code: str) -> None:
        """No activity, no area and no capability each fail their criterion, with a hint."""
        report = assess(Goal(title=title, relevance=GROWTH), as_of=JAN_4, framework=REAL)
        finding = next(f for f in report.findings if f.code == code)
        assert finding.severity is Severity.ERROR
        assert finding.hint
        assert not report.results[finding.criterion].passed

    def test_milestones_and_a_review_rhythm_satisfy_experimental(self) -> None:
        """Milestones stand for what will be tried; a plan's cadence is the time to reflect."""
        goal = Goal(
            title="Become a more confident presenter",
            relevance=GROWTH,
            milestones=[Milestone(title="Lead the March retrospective")],
            id="g-confident",
        )
        plan = Plan(
            mentee=Person(id="ana", name="Ana"),
            goals=[goal],
            cadence=Cadence(every=1, unit="month", anchor=JAN_4),
        )
        report = assess(goal, plan=plan, as_of=JAN_4, framework=REAL)
        assert report.results[RealCriteria.EXPERIMENTAL] == CriterionResult(True, ())


class TestOkr:
    """OKR checks an objective with key results."""

    def goal(self, title: str = "Make onboarding a delight", *key_results: KeyResult) -> Goal:
        krs = key_results or (
            KeyResult(title="New hires productive in week one", target=80, baseline=45, unit="%"),
            KeyResult(title="Onboarding survey score", target=4.5, baseline=3.2),
        )
        return Goal(title=title, key_results=krs)

    def test_okr_is_data(self) -> None:
        """OKR's criteria are its own enum, in order, with a visible rule tuple."""
        assert (OKR.name, OKR.criteria, OKR.rules) == ("okr", tuple(OkrCriterion), OKR_RULES)

    def test_a_good_okr_passes_without_findings(self) -> None:
        """A qualitative objective with two outcome key results passes cleanly."""
        report = assess(self.goal(), as_of=JAN_4, framework=OKR)
        assert report.passed
        assert report.findings == ()

    def test_a_number_in_the_objective_fails_objective(self) -> None:
        """ "Grow revenue by 20%" is a key result, not an objective."""
        report = assess(self.goal("Grow revenue by 20%"), as_of=JAN_4, framework=OKR)
        assert report.failed == (OkrCriterion.OBJECTIVE,)
        assert report.codes == ("O-NUMBER",)

    @pytest.mark.parametrize(("count", "code"), [(0, "KR-TOO-FEW"), (1, "KR-TOO-FEW"),
                                                 (6, "KR-TOO-MANY")])  # fmt: skip
    def test_two_to_five_key_results(self, count: int, code: str) -> None:
        """Fewer than two or more than five key results fail Key results."""
        krs = [KeyResult(title=f"Metric {n}", target=10 + n) for n in range(count)]
        goal = Goal(title="Make onboarding a delight", key_results=krs)
        report = assess(goal, as_of=JAN_4, framework=OKR)
        assert report.failed == (OkrCriterion.KEY_RESULTS,)
        assert code in report.codes

    def test_a_task_a_non_change_and_a_restatement_fail_outcomes(self) -> None:
        """ "Write the plan", a target equal to its baseline and the objective again all fail."""
        goal = self.goal(
            "Make onboarding a delight",
            KeyResult(title="Write the onboarding plan", target=1),
            KeyResult(title="Uptime", target=99.9, baseline=99.9, direction=Direction.AT_LEAST),
            KeyResult(title="Onboarding a delight", target=10),
        )
        report = assess(goal, as_of=JAN_4, framework=OKR)
        assert report.failed == (OkrCriterion.OUTCOMES,)
        assert [(f.code, f.path) for f in report.findings] == [
            ("KR-TASK", "key_results[0]"),
            ("KR-NO-CHANGE", "key_results[1].target"),
            ("KR-RESTATES", "key_results[2].title"),
        ]

    def test_thresholds_follow_the_policy(self) -> None:
        """min_key_results and max_key_results are SmartPolicy's."""
        one = self.goal("Make onboarding a delight", KeyResult(title="Survey score", target=4))
        policy = SmartPolicy(min_key_results=1)
        assert assess(one, as_of=JAN_4, framework=OKR, policy=policy).passed


class TestFrameworkChoice:
    """framework_for chooses REAL for development and learning goals, SMART otherwise."""

    @pytest.mark.parametrize(
        ("kind", "name"),
        [(GoalKind.DEVELOPMENT, "real"), (GoalKind.LEARNING, "real"),
         (GoalKind.PERFORMANCE, "smart")],
    )  # fmt: skip
    def test_by_kind(self, kind: GoalKind, name: str) -> None:
        """The goal's kind decides."""
        assert framework_for(Goal(title="Lead two retrospectives", kind=kind)).name == name

    def test_the_built_in_frameworks_by_name(self) -> None:
        """FRAMEWORKS names SMART, REAL and OKR."""
        assert dict(FRAMEWORKS) == {"smart": SMART, "real": REAL, "okr": OKR}

    def test_a_wrong_argument_is_named(self) -> None:
        """framework_for takes a Goal, and says so."""
        with pytest.raises(ValidationError, match=r"framework_for\.goal: expected a Goal"):
            framework_for("a goal")  # type: ignore[arg-type]

    @given(plan=plans(max_goals=5))
    def test_assess_plan_with_a_chooser_judges_each_goal_by_its_own(self, plan: Plan) -> None:
        """assess_plan(framework=framework_for) gives each goal assess(goal, framework=its own)."""
        chosen = assess_plan(plan, as_of=JAN_4, framework=framework_for)
        assert list(chosen) == [goal.id for goal in plan.goals]
        for goal in plan.goals:
            own = framework_for(goal)
            assert chosen[goal.id] == assess(goal, plan=plan, as_of=JAN_4, framework=own)

    def test_a_chooser_that_returns_no_framework_is_named(self) -> None:
        """A chooser returning something else is an error naming the goal it was asked about."""
        plan = Plan(mentee=Person(id="ana", name="Ana"), goals=[Goal(title="Ship it", id="g-1")])
        with pytest.raises(ValidationError, match=r"assess_plan\.framework: .*goal 'g-1'"):
            assess_plan(plan, as_of=JAN_4, framework=lambda goal: "real")  # type: ignore[arg-type,return-value]
        with pytest.raises(ValidationError, match=r"a Framework, or a function choosing one"):
            assess_plan(plan, as_of=JAN_4, framework="real")  # type: ignore[arg-type]


class TestExtendingFrameworks:
    """Any framework is extended with attrs.evolve, as SMART is."""

    def test_real_with_an_own_rule(self) -> None:
        """A rule added to REAL runs with REAL's, under the new name."""

        def names_a_mentor(goal: Goal, context: SmartContext) -> Iterator[Finding]:
            if "mentor" not in goal.title.lower():
                yield Finding(criterion=RealCriteria.EXPERIMENTAL, code="X-NO-MENTOR",
                              severity=Severity.ERROR, message="No mentor is named.")  # fmt: skip

        ours = attrs.evolve(REAL, name="real-mentored", rules=(*REAL.rules, names_a_mentor))
        goal = Goal(
            title="Become a more confident presenter by leading two team retrospectives",
            relevance=GROWTH,
        )
        report = assess(goal, as_of=JAN_4, framework=ours)
        assert report.framework == "real-mentored"
        assert report.failed == (RealCriteria.EXPERIMENTAL,)
        assert "X-NO-MENTOR" in report.codes

    def test_okr_without_the_restatement_check(self) -> None:
        """Dropping a rule of OKR drops its findings only."""
        lenient = attrs.evolve(
            OKR, rules=tuple(rule for rule in OKR.rules if rule.__name__ != "key_result_outcomes")
        )
        goal = Goal(
            title="Make onboarding a delight",
            key_results=[
                KeyResult(title="Write the plan", target=1),
                KeyResult(title="Score", target=4),
            ],
        )
        assert not assess(goal, as_of=JAN_4, framework=OKR).passed
        assert assess(goal, as_of=JAN_4, framework=lenient).passed

    def test_not_smart_error_names_the_framework(self) -> None:
        """require_smart with REAL says "is not REAL"."""
        with pytest.raises(NotSmartError, match="is not REAL: failed relevant"):
            require_smart(Goal(title="Publish twelve posts"), as_of=JAN_4, framework=REAL)


class TestFrameworksOnTheDomainsGoals:
    """REAL and OKR on the goals the domain reading names (seeds 001 and 002)."""

    def test_real_passes_a_developmental_goal_smart_would_ask_to_count(self) -> None:
        """Seed 002: "develop leadership skills" by a joint project passes REAL, not SMART."""
        goal = Goal(
            title="Develop leadership skills by leading a joint project with my mentor",
            relevance=GROWTH,
            kind=GoalKind.DEVELOPMENT,
        )
        assert framework_for(goal) is REAL
        assert assess(goal, as_of=JAN_4, framework=REAL).passed
        assert M in assess(goal, as_of=JAN_4).failed  # "Measurable" is the wrong test here

    @pytest.mark.parametrize(
        "title",
        [
            "Nurturing leadership skills",  # seed 001's mentor goals
            "Enhancing communication skills and emotional intelligence",
            "Develop leadership skills",  # seed 002
        ],
    )
    def test_real_asks_what_will_be_tried(self, title: str) -> None:
        """An area to grow in with nothing to try fails Experimental only."""
        report = assess(Goal(title=title, relevance=GROWTH), as_of=JAN_4, framework=REAL)
        assert report.failed == (RealCriteria.EXPERIMENTAL,)
        assert report.codes == ("E-NO-ACTIVITY",)

    def test_seed_002s_learning_lab_is_an_experiment(self) -> None:
        """ "Explore new skills together" in a learning lab names an activity to learn from."""
        goal = Goal(title="Explore new skills together in a monthly learning lab", relevance=GROWTH)
        assert assess(goal, as_of=JAN_4, framework=REAL).passed

    def test_okr_a_high_level_objective_with_quantitative_key_results(self) -> None:
        """Seed 001: objectives high-level, key results quantitative: a clean OKR."""
        goal = Goal(
            title="Grow professionally as a mentor",
            key_results=[
                KeyResult(title="Mentees who reach their first milestone", target=4),
                KeyResult(title="OKR certification exam score", target=85, baseline=55, unit="%"),
            ],
        )
        report = assess(goal, as_of=JAN_4, framework=OKR)
        assert report.passed
        assert report.findings == ()

    def test_okr_a_certificate_as_a_task_is_no_key_result(self) -> None:
        """Seed 001's "OKR certification" as one done-or-not task: too few, and a task."""
        goal = Goal(
            title="Earn OKR certification by June 2027",
            key_results=[KeyResult(title="Complete the OKR certification course", target=1)],
        )
        report = assess(goal, as_of=JAN_4, framework=OKR)
        assert report.failed == (OkrCriterion.KEY_RESULTS, OkrCriterion.OUTCOMES)
        assert report.codes == ("KR-TOO-FEW", "KR-TASK")


@pytest.mark.parametrize("framework", [REAL, OKR], ids=["real", "okr"])
@given(goal=goals(), plan=plans(), as_of=st.dates())
def test_any_framework_judges_any_goal_by_its_own_criteria(
    framework: Framework, goal: Goal, plan: Plan, as_of: datetime.date
) -> None:
    """REAL and OKR assess any valid goal without error, in their own criteria and codes only."""
    for report in (
        assess(goal, as_of=as_of, framework=framework),
        *assess_plan(plan, as_of=as_of, framework=framework).values(),
    ):
        assert report.framework == framework.name
        assert tuple(report.results) == framework.criteria
        assert set(report.codes) <= set(FINDING_CODES)
        assert all(finding.criterion in framework.criteria for finding in report.findings)
        assert report.passed == all(result.passed for result in report.results.values())
        assert report.passed == (not report.failed)


# ------------------------------------------------------- each rule, by example


def _codes(findings: list[Finding]) -> object:
    return [f.code for f in findings]


def _talks(count: int) -> Plan:
    return Plan(
        mentee=Person(id="ana", name="Ana"),
        goals=[Goal(title=f"Give talk {n}", id=f"g{n}") for n in range(count)],
    )


_CHECKED_IN = Goal(
    title="Publish ten posts",
    start=datetime.date(2027, 1, 1),
    due=datetime.date(2027, 4, 1),
    key_results=[KeyResult(title="Posts", target=10, id="posts")],
).check_in("posts", 1, on=datetime.date(2027, 2, 1))
_LOW_CONFIDENCE = Goal(
    title="Give five talks", key_results=[KeyResult(title="Talks", target=5, id="talks")]
).check_in("talks", 1, on=datetime.date(2027, 2, 1), confidence=2)
_DAY = datetime.date(2027, 1, 1)

#: Each built-in rule on a goal that shows what it finds: (rule's name, goal, plan, day,
#: what is compared, what the rule yields).
RULE_EXAMPLES: list[tuple[str, Goal, Plan | None, datetime.date, Any, object]] = [
    # Specific
    ("names_an_action", Goal(title="Networking"), None, _DAY, _codes, ["S-NO-ACTION"]),
    ("statement_length", Goal(title="Learn SQL"), None, _DAY, _codes, ["S-TOO-SHORT"]),
    (
        "one_goal_per_statement",
        Goal(title="Learn SQL, build a dashboard and present it to the board"),
        None, _DAY, lambda found: [f.message for f in found],
        ["The statement joins 3 goals (learn, build, present)."],
    ),
    ("reads_as_broad", Goal(title="Get involved in the community"), None, _DAY, _codes,
     ["S-BROAD"]),
    # Measurable
    (
        "has_a_measure", Goal(title="Give five presentations"), None, _DAY,
        lambda found: found[0].hint,
        "Record it so progress can be tracked: "
        "KeyResult(title='Presentations', target=5, unit='presentations').",
    ),
    (
        "targets_match_statement",
        Goal(title="Give five presentations",
             key_results=[KeyResult(title="Presentations given", target=4)]),
        None, _DAY, lambda found: [f.path for f in found], ["key_results[0].target"],
    ),
    # Achievable
    (
        "owner_workload", _talks(6).goals[0], _talks(6), _DAY, lambda found: found[0].message,
        "'ana' has 6 active goals at the same time as this one (the policy allows 5).",
    ),
    (
        "key_result_count",
        Goal(title="Give five talks", key_results=[KeyResult(title="Talks", target=5)]),
        None, _DAY, _codes, ["A-FEW-KEY-RESULTS"],
    ),
    (
        "pace", _CHECKED_IN, None, datetime.date(2027, 2, 1),
        lambda found: [(f.code, f.severity.value) for f in found], [("A-PACE", "error")],
    ),
    (
        "confidence", _LOW_CONFIDENCE, None, datetime.date(2027, 2, 1),
        lambda found: [f.path for f in found], ["key_results[0].check_ins[0].confidence"],
    ),
    (
        "breakdown", Goal(title="Move into a leadership role within the next two years"),
        None, _DAY, _codes, ["A-NO-BREAKDOWN"],
    ),
    # Relevant
    ("states_why", Goal(title="Give five talks", relevance="career"), None, _DAY, _codes,
     ["R-THIN"]),
    # Time-bound
    (
        "deadline", Goal(title="Get promoted soon"), None, _DAY, lambda found: found[0].message,
        'No deadline ("soon" is not a date).',
    ),
    (
        "dates_inside_span",
        Goal(title="Give five talks", start=datetime.date(2027, 1, 1),
             due=datetime.date(2027, 3, 1),
             milestones=[Milestone(title="Outline", due=datetime.date(2026, 12, 1))]),
        None, _DAY, lambda found: [f.path for f in found], ["milestones[0].due"],
    ),
    # REAL
    ("tries_something", Goal(title="Become a more confident presenter"), None,
     datetime.date(2027, 1, 4), _codes, ["E-NO-ACTIVITY"]),
    ("names_an_aspiration", Goal(title="Publish twelve blog posts"), None,
     datetime.date(2027, 1, 4), _codes, ["AS-NO-AREA"]),
    ("gains_a_capability", Goal(title="Become head of marketing"), None,
     datetime.date(2027, 1, 4), _codes, ["L-NO-CAPABILITY"]),
    # OKR
    ("qualitative_objective", Goal(title="Grow revenue by 20%"), None,
     datetime.date(2027, 1, 4), _codes, ["O-NUMBER"]),
    ("key_results_count", Goal(title="Delight our customers"), None,
     datetime.date(2027, 1, 4), _codes, ["KR-TOO-FEW"]),
    (
        "key_result_outcomes",
        Goal(title="Delight our customers",
             key_results=[KeyResult(title="Write the support plan", target=1)]),
        None, datetime.date(2027, 1, 4), _codes, ["KR-TASK"],
    ),
]  # fmt: skip

_BUILT_IN_RULES = {rule.__name__: rule for rule in (*SMART_RULES, *REAL_RULES, *OKR_RULES)}
#: Rules a policy can turn off, with the policy their example needs (the default's, said).
_TURNED_ON = {"reads_as_broad": SmartPolicy(learned_specific=True)}


class TestEachRuleByExample:
    """Every built-in rule, on a goal that shows what it finds."""

    def test_every_built_in_rule_has_an_example(self) -> None:
        """A new rule in SMART, REAL or OKR comes with a row in RULE_EXAMPLES."""
        assert sorted(name for name, *_ in RULE_EXAMPLES) == sorted(_BUILT_IN_RULES)

    @pytest.mark.parametrize(
        ("name", "goal", "plan", "day", "shown", "expected"),
        RULE_EXAMPLES,
        ids=[row[0] for row in RULE_EXAMPLES],
    )
    def test_the_rule_finds_what_its_example_shows(
        self, name: str, goal: Goal, plan: Plan | None, day: datetime.date, shown: Any,
        expected: object,
    ) -> None:  # fmt: skip
        """The rule, in the context assess hands it, yields the example's findings."""
        policy = _TURNED_ON.get(name)
        context = SmartContext.for_goal(goal, as_of=day, plan=plan, policy=policy)
        assert shown(list(_BUILT_IN_RULES[name](goal, context))) == expected

    def test_a_rule_the_policy_turns_off_finds_nothing(self) -> None:
        """The learned reading of Specific is on by default; learned_specific=False turns it off."""
        goal = Goal(title="Get involved in the community")
        rule = _BUILT_IN_RULES["reads_as_broad"]
        context = SmartContext.for_goal(goal, as_of=_DAY)
        assert [f.code for f in rule(goal, context)] == ["S-BROAD"]
        off = SmartContext.for_goal(goal, as_of=_DAY, policy=SmartPolicy(learned_specific=False))
        assert list(rule(goal, off)) == []


class TestPinnedBoundaries:
    """Each threshold at its exact value, and every argument reaching the rules."""

    @pytest.mark.parametrize(
        ("statement", "unit", "title"),
        [
            ("Publish three case studies", "", "Case study write-ups"),
            ("Pack five boxes", "box", "Packed"),
            ("Train four coaches", "coach", "Trained"),
            ("Teach six classes", "class", "Taught"),
            ("Buy four ties", "tie", "Bought"),
            ("Catch five flies", "fly", "Caught"),
            ("Wash ten dishes", "dish", "Washed"),
            ("Take four courses", "", "Course"),
            ("Visit three houses", "house", "Visited"),
            ("Close five cases", "case", "Closed"),
            ("Collect ten survey responses", "", "Survey response"),
        ],
    )
    def test_a_plural_in_the_statement_matches_its_singular_in_a_key_result(
        self, statement: str, unit: str, title: str
    ) -> None:
        """'studies' ~ 'study', 'boxes' ~ 'box', 'courses' ~ 'course': the key result counts it."""
        goal = Goal(title=statement, key_results=[KeyResult(title=title, unit=unit, target=2)])
        found = [f for f in assess(goal, as_of=TODAY).findings if f.code == "M-TARGET-MISMATCH"]
        assert [f.path for f in found] == ["key_results[0].target"]

    def test_a_word_that_only_ends_in_s_is_not_made_singular(self) -> None:
        """'glass' and 'news' keep their last letter: no match with 'glas' or 'new'."""
        goal = Goal(title="Sell five glasses", key_results=[KeyResult(title="Glas sold", target=2)])
        assert "M-TARGET-MISMATCH" not in codes(goal)

    def test_compound_only_above_max_actions(self) -> None:
        """Two main actions are one goal by default; a third, or max_actions=1, makes S-COMPOUND."""
        two = Goal(title="Learn SQL and build a sales dashboard for the team")
        assert "S-COMPOUND" not in codes(two)
        assert "S-COMPOUND" in codes(two, policy=SmartPolicy(max_actions=1))

    def test_long_term_only_beyond_long_term_days(self) -> None:
        """A span of exactly long_term_days (365) is not long-term; one day more is."""
        start = datetime.date(2027, 1, 1)
        year = Goal(title="Give five talks", start=start, due=start + datetime.timedelta(365))
        assert "A-NO-BREAKDOWN" not in codes(year, as_of=start)
        longer = attrs.evolve(year, due=start + datetime.timedelta(366))
        assert "A-NO-BREAKDOWN" in codes(longer, as_of=start)
        undated = attrs.evolve(longer, key_results=[KeyResult(title="Talks", target=5)])
        assert "A-NO-BREAKDOWN" in codes(undated, as_of=start)

    @pytest.mark.parametrize(
        "changes",
        [
            {"min_words": 0, "max_words": 0, "min_relevance_words": 0, "long_term_days": 0},
            {"max_concurrent_goals": 1},
            {"max_concurrent_goals": None},
            {"min_key_results": 3, "max_key_results": 3},
            {"max_pace_ratio": 1, "pace_warning_ratio": 1},
            {"max_pace_ratio": 1.5, "pace_warning_ratio": 1.5},
        ],
    )
    def test_the_policy_accepts_its_boundary_values(self, changes: dict[str, object]) -> None:
        """Zero counts, a limit of one, equal bounds and equal ratios are all valid."""
        policy = SmartPolicy(**changes)  # type: ignore[arg-type]
        for name, value in changes.items():
            assert getattr(policy, name) == value

    def test_require_smart_assesses_with_every_argument_it_is_given(self) -> None:
        """require_smart's report is assess's with the same plan, day, policy and framework."""
        plan = mentee_plan(6)
        goal = plan.goals[0]
        policy = SmartPolicy(ignore={"S-TOO-SHORT"}, max_concurrent_goals=4)
        arguments: dict[str, Any] = {
            "plan": plan, "as_of": JAN_4, "policy": policy, "framework": SMART,
        }  # fmt: skip
        with pytest.raises(NotSmartError) as caught:
            require_smart(goal, **arguments)
        assert caught.value.report == assess(goal, **arguments)
        assert "A-OVERLOAD" in caught.value.report.codes  # the plan and the policy's limit
        real = arguments | {"framework": REAL}
        with pytest.raises(NotSmartError) as caught:
            require_smart(goal, **real)
        assert caught.value.report == assess(goal, **real)

    def test_assess_plan_and_analyze_text_use_the_policy(self) -> None:
        """A policy changes assess_plan's verdicts and analyze_text's reading."""
        plan = Plan(
            mentee=Person(name="Ana"), goals=[Goal(title="Upskill the support team", id="u")]
        )
        policy = SmartPolicy(action_verbs=SmartPolicy().action_verbs | {"upskill"})
        assert analyze_text("Upskill engineering teams").actions == ()
        assert [
            a.verb for a in analyze_text("Upskill engineering teams", policy=policy).actions
        ] == ["upskill"]
        ignore = SmartPolicy(ignore={"R-NO-LINK"})
        assert "R-NO-LINK" in assess_plan(plan, as_of=JAN_4)["u"].codes
        assert "R-NO-LINK" not in assess_plan(plan, as_of=JAN_4, policy=ignore)["u"].codes

    @pytest.mark.parametrize(
        ("field", "words", "statement"),
        [
            ("vague_verbs", {"zorble"}, "Zorble my skills"),
            ("vague_objects", {"gadgetry"}, "Improve my gadgetry"),
            ("vague_fillers", {"shiny"}, "Improve my shiny skills"),
            ("vague_phrases", {"do Better Things"}, "Do  better things"),
            ("vague_timing", {"by and by"}, "Give five talks by and by"),
        ],
    )
    def test_each_vague_word_list_reaches_the_reader(
        self, field: str, words: set[str], statement: str
    ) -> None:
        """A word added to one vague list (any case, any spacing) is read as vague wording."""
        default = analyze_text(statement)
        policy = SmartPolicy(**{field: getattr(SmartPolicy(), field) | words})
        tuned = analyze_text(statement, policy=policy)
        assert (default.vague, default.vague_timing) != (tuned.vague, tuned.vague_timing)
        assert tuned.vague or tuned.vague_timing


class TestSurvivorsOfTheRefactor:
    """What the mutation run of this refactor found unpinned: messages, fields, pass-throughs."""

    @pytest.mark.parametrize(
        ("arguments", "field", "expected", "got"),
        [
            ({"name": " "}, "name", "a non-blank name such as 'smart'", "' '"),
            ({"name": 5}, "name", "a non-blank name such as 'smart'", "5"),
            ({"criteria": ()}, "criteria", "at least one criterion", "()"),
            (
                {"criteria": (Criterion.SPECIFIC, "measurable")},
                "criteria[1]",
                "a Criterion (or another framework's)",
                "'measurable'",
            ),
            (
                {"criteria": (Criterion.SPECIFIC, Criterion.MEASURABLE, Criterion.SPECIFIC)},
                "criteria[2]",
                "each criterion once",
                "<Criterion.SPECIFIC: 'specific'>",
            ),
            (
                {"rules": (SMART.rules[0], "deadline")},
                "rules[1]",
                "a callable (goal, context)",
                "'deadline'",
            ),
        ],
    )
    def test_a_framework_refuses_what_it_cannot_run(
        self, arguments: dict[str, object], field: str, expected: str, got: str
    ) -> None:
        """Framework names the field at fault and what it expected."""
        valid: dict[str, object] = {"name": "ours", "criteria": (Criterion.SPECIFIC,), "rules": ()}
        with pytest.raises(ValidationError) as caught:
            Framework(**(valid | arguments))  # type: ignore[arg-type]
        assert (caught.value.subject, caught.value.field) == ("Framework", field)
        assert caught.value.expected == expected
        assert str(caught.value) == f"Framework.{field}: expected {expected}, got {got}"

    def test_a_framework_repr_names_a_rule_without_a_name_by_its_repr(self) -> None:
        """A callable object with no __name__ shows as its repr in Framework's repr."""

        class Rule:
            def __call__(self, goal: Goal, context: SmartContext) -> list[Finding]:
                return []

            def __repr__(self) -> str:
                return "<our rule>"

        ours = Framework(name="ours", criteria=(Criterion.SPECIFIC,), rules=(Rule(),))
        assert repr(ours) == "Framework(name='ours', criteria=('specific',), rules=('<our rule>',))"

    @pytest.mark.parametrize("cls", [SmartReport, SmartContext])
    def test_today_and_as_of_resolve_to_one_day(self, cls: type) -> None:
        """today= warns with both names; both given, or neither, is an error naming the field."""
        report = assess(Goal(title="Give five talks"), as_of=TODAY)
        fields: dict[str, object] = (
            {"goal_id": "g", "title": "t", "results": report.results}
            if cls is SmartReport
            else {"plan": None, "policy": SmartPolicy(), "analysis": analyze_text("t")}
        )
        name = cls.__name__
        with pytest.warns(GoalkitDeprecationWarning) as record:
            assert cls(**fields, today=TODAY).as_of == TODAY
        assert str(record[0].message) == (
            f"{name}(today=...) is deprecated; use {name}(as_of=...) instead"
        )
        with pytest.raises(ValidationError) as neither:
            cls(**fields)
        assert str(neither.value) == f"{name}.as_of: expected a date, got None"
        with pytest.warns(GoalkitDeprecationWarning), pytest.raises(ValidationError) as both:
            cls(**fields, as_of=TODAY, today=TODAY)
        assert str(both.value) == (
            f"{name}.today: expected to be left out when as_of is given (it is as_of's old name), "
            "got datetime.date(2027, 1, 15)"
        )

    def test_require_smart_keeps_the_old_day_and_names_the_goal(self) -> None:
        """require_smart(today=...) assesses on that day; its error names the goal's statement."""
        goal = Goal(title="Get better", due=JAN_4)
        with pytest.warns(GoalkitDeprecationWarning), pytest.raises(NotSmartError) as caught:
            require_smart(goal, today=datetime.date(2027, 3, 1))
        assert caught.value.report.as_of == datetime.date(2027, 3, 1)
        assert "T-PAST-DUE" in caught.value.report.codes
        assert str(caught.value).startswith("goal 'Get better' is not SMART")

    def test_a_pace_message_counts_from_the_baseline(self) -> None:
        """A-PACE's figures: needed and observed pace a week, the ratio, 'more than ten years'."""
        goal = Goal(
            title="Grow the newsletter",
            start=datetime.date(2027, 1, 1),
            due=datetime.date(2027, 12, 31),
            key_results=[
                KeyResult(
                    title="Subscribers", baseline=100, target=1500, id="s", unit="subscribers"
                )
            ],
        ).check_in("s", 107, on=datetime.date(2027, 1, 29))
        found = next(f for f in assess(goal, as_of=datetime.date(2027, 1, 29)).findings
                     if f.code == "A-PACE")  # fmt: skip
        assert found.message == (
            'Key result "Subscribers" needs 29.02 subscribers a week from 2027-01-29 to '
            "2027-12-31, 16.6× the 1.75 subscribers a week so far."
        )
        assert found.hint.startswith(
            "At the pace so far it reaches 1500 around more than ten years from now: "
        )

    def test_a_standard_in_words_is_measured_only_by_the_statement(self) -> None:
        """'every day' measures a habit: M-TEXT-ONLY quotes it, with the catalogue's hint."""
        goal = Goal(title="Eat breakfast every day")
        found = next(f for f in assess(goal, as_of=TODAY).findings if f.code == "M-TEXT-ONLY")
        assert found.message == 'Measured only by the statement ("every day"); nothing records it.'
        assert found.hint == CATALOGUE["M-TEXT-ONLY"].hint
        assert found.path == "key_results"

    def test_an_undated_goal_with_a_fixed_date_is_told_that_date(self) -> None:
        """'by 2027-06-30' with no start: T-TEXT-ONLY's hint names the date to set."""
        goal = Goal(title="Give five talks by 2027-06-30")
        found = next(f for f in assess(goal, as_of=TODAY).findings if f.code == "T-TEXT-ONLY")
        assert found.hint == "Set due=2027-06-30 (and start) so progress can be expected."

    def test_a_threshold_held_at_one_is_an_outcome_not_a_task(self) -> None:
        """'Keep incidents at most 1' is an outcome; 'Write the support plan', target 1, a task."""
        held = KeyResult(title="Keep incidents", target=1, direction=Direction.AT_MOST, baseline=4)
        task = KeyResult(title="Write the support plan", target=1)
        goal = Goal(title="Delight our customers", key_results=[held, task])
        found = assess(goal, as_of=JAN_4, framework=OKR).findings
        assert [f.path for f in found if f.code == "KR-TASK"] == ["key_results[1]"]

    def test_too_few_key_results_says_how_many_are_needed(self) -> None:
        """KR-TOO-FEW counts the key results and names the policy's range."""
        found = assess(Goal(title="Delight our customers"), as_of=JAN_4, framework=OKR).findings
        kr = next(f for f in found if f.code == "KR-TOO-FEW")
        assert kr.message == "0 key results; an objective needs 2 to 5."

    def test_a_policy_never_seen_before_gets_its_own_lexicon(self) -> None:
        """Word lists no policy had before are compiled, not looked up, and then read with."""
        verb = f"zorble{uuid.uuid4().hex[:8]}"
        policy = SmartPolicy(action_verbs=SmartPolicy().action_verbs | {verb})
        assert verb in policy._lexicon.action_verbs
        assert [a.verb for a in analyze_text(f"{verb} the team", policy=policy).actions] == [verb]

    def test_a_finding_reads_as_one_line_with_its_hint_if_any(self) -> None:
        """str(Finding): criterion, code, severity and message, then the hint when there is one."""
        bare = Finding(
            criterion=Criterion.RELEVANT, code="ORG-NO-OKR", severity=Severity.ERROR,
            message="No company OKR tag.",
        )  # fmt: skip
        assert str(bare) == "relevant: ORG-NO-OKR (error) No company OKR tag."
        hinted = attrs.evolve(bare, hint="Tag it.")
        assert str(hinted) == "relevant: ORG-NO-OKR (error) No company OKR tag. Hint: Tag it."


class TestVerdictsOnAspirationsAndOutcomes:
    """The classes the held-out part showed: vague aspirations, outcomes with no number."""

    @pytest.mark.parametrize(
        ("statement", "expected"),
        [
            # vague aspirations with a plain verb are not Specific
            ("I want to grow", "..."),
            ("Grow in my role", "..."),
            ("Become a marketing leader.", "..."),
            ("Client will be less anxious", "..."),
            ("I don’t want to be unhealthy.", "..."),
            ("Delegate effectively", "..."),
            ("Understand Photosynthesis", "..."),
            ("Revamp the entire customer experience.", "..."),
            ("Get extra certification to enhance clinical skills and boost my resume.", ".M."),
            ("Grade 4 students will improve reading comprehension", "..."),
            # a measure named, an adverb first, wanting more: Specific
            ("Improve developer satisfaction score.", "S.."),
            ("Systematically reduce your consumption of liquid sugars", "S.."),
            ("I want more customers", "S.."),
            # observable outcomes with no number are Measurable
            ("Students will be able to locate the United States on a map.", "SM."),
            ("Check out this new event.", "SM."),
            ("Drink water instead of sugary drinks.", "SM."),
            ("Client will reduce generalized anxiety symptoms from severe to moderate range on "
             "the GAD-7 within 12 weeks.", "SMT"),
            # comparatives with no number are not
            ("I will get a higher score on my next math test.", "S.T"),
            ("meet new people", "S.."),
        ],
    )  # fmt: skip
    def test_verdict(self, statement: str, expected: str) -> None:
        """The verdict per criterion a person would give."""
        assert smt(statement) == expected

    def test_a_state_fails_specific_with_s_vague(self) -> None:
        """ "Client will be less anxious" fails Specific with S-VAGUE naming the state."""
        finding = vague_finding("Client will be less anxious")
        assert finding.severity is Severity.ERROR
        assert '"be less"' in finding.message

    def test_a_purpose_is_no_second_goal(self) -> None:
        """A purpose ("to promote and explain it") adds no goal to count for S-COMPOUND."""
        title = "Write a blog post and record a video to promote and explain the launch"
        assert "S-COMPOUND" not in assess(Goal(title=title), as_of=TODAY).codes
        title = "Write a blog post, record a video and promote the launch"
        assert "S-COMPOUND" in assess(Goal(title=title), as_of=TODAY).codes


class TestVerdictsOnNewPages:
    """Classes of phrasing the second round of real statements showed (issue 10, round 3)."""

    @pytest.mark.parametrize(
        ("statement", "expected"),
        [
            # a language, a feeling or a skill of music is a broad area: what, not how much
            ("Improve my German.", "..."),
            ("Improve spoken and written Mandarin for work", "..."),
            ("Reduce worry", "..."),
            ("Improve my rhythm", "..."),
            ("Learn 200 words of Spanish", "SM."),
            # ... but not when it only says which thing: "anxiety symptoms"
            ("Reduce anxiety symptoms from severe to mild on the GAD-7", "SM."),
            # an outcome whose job, place or role is not named
            ("I want to get promoted next year.", ".MT"),
            ("Land a permanent full-time position", ".M."),
            ("get a paid internship", ".M."),
            ("Get promoted to senior engineer by June", "SMT"),
            ("Land the senior analyst position at Acme", "SM."),
            # working towards, experimenting, being prepared: no standard
            ("Work towards a better career", "..."),
            ("Experiment with new ways of teaching", "..."),
            ("Be prepared for the exam", "..T"),
            # growing "more" of nothing named; something made "better"; progress of no amount
            ("I want to grow more", "..."),
            ("Grow more tomatoes this summer", "S.T"),
            ("Make my team better", "..."),
            ("Make our customers happy", "..."),
            ("Make better use of the shared calendar", "S.."),
            ("Make new hires successful in their first month", "..."),
            ("Make the onboarding better by cutting two steps", "SM."),
            ("Make some real progress on my thesis", "..."),
            ("Make progress on 3 chapters of my thesis", "SM."),
            # "do more" of something named is an action; of nothing, vague
            ("Do more yoga", "S.."),
            ("Do more public speaking at work", "S.."),
            ("I want to do more.", "..."),
            ("Learn more about statistics", "..."),
            # a rank with no measure; a manner likened to someone else's
            ("Become the go-to team for data questions", "..."),
            ("Be the preferred supplier in our region", "..."),
            ("I want to play tennis like a pro", "..."),
            # learning or mastering "a new" thing that is not named
            ("Learn a new language", "..."),
            ("Master a new recipe this month", "..T"),
            ("Learn 3 new recipes", "SM."),
            ("Try a new recipe every week", "SM."),
            # an action done for a vague purpose: the purpose says why, the action what
            ("Walk every day to improve my fitness", "SM."),
            ("Meditate daily to improve my mental health", "SM."),
            ("Improve my mental health", "..."),
        ],
    )  # fmt: skip
    def test_verdict(self, statement: str, expected: str) -> None:
        """The verdict per criterion a person would give."""
        assert smt(statement) == expected


# ------------------------------------------------- Measurable: standards and one-off events


class TestMeasurableAsAPersonReadsIt:
    """What a person calls measurable (the corpus guidelines), by class of phrasing (issue 10)."""

    @pytest.mark.parametrize(
        "statement",
        [
            # a level of a language framework or exam
            "Reach the DELF B1 level in French",
            "Get to at least B2 in Spanish",
            "Move from A2+ to B1 in Italian",
            "Sit the JLPT N3 in July",
            "Pass HSK 4",
            "Get an IELTS band 7",
            # a grade or a rubric score
            "Score above a C on every quiz",
            "Score 4s on the district writing rubric",
            # a time written with a colon, or a clock time with no colon
            "Finish the 10K in under 55:00",
            "Cut average handle time from 8:45 to 6:30 minutes",
            "Be asleep by 1045 pm on work nights",
            # a rate with no number before it; a count under a headline
            "Practise a few scales a day",
            "Reading: 20 books",
            # one event, done or not, whatever the verb
            "Lead my first client workshop",
            "Run my first half marathon",
            "Earn the CompTIA Security+ certification",
            "Pursue an MBA",
            "Sing at the school spring concert",
            "Play in a jazz band",
            "Contribute to an open-source compiler",
            "Finish Maria's quilt",
            # a named point on a course, a named target, a thing owned
            "Get through Chapter 12 of the textbook",
            "Reach level 5 in the piano syllabus",
            "Make quota",
            "Exceed my sales quota",
            "Own a home",
            # letter grades in the plural, a list one is on, a return, an outcome wanted
            "Get straight A's this term",
            "Make the Dean's list",
            "I will be on the honor roll",
            "Get back to running",
            "Get back on the bike after surgery",
            "I want a raise",
            # a share of people with what they will reach
            "80% of my students will score proficient on the spring reading assessment",
            "Raise the share of students passing from 60% to 75%",
        ],
    )
    def test_a_standard_or_an_event_passes(self, statement: str) -> None:
        """A level, grade, time, rate, count, first, credential or show is checkable."""
        assert measured(statement)

    @pytest.mark.parametrize(
        "statement",
        [
            # an activity kept up, with no amount and no end
            "Patient will attend physiotherapy",
            "Take medication",
            "Get support from friends",
            "Fit yoga into my weekly schedule",
            "Own the monthly newsletter",
            # a state with no standard
            "Be completely healed",
            "Become confident and fluent",
            # an ability shown only "fluently", a return to no place
            "I want to be able to speak Spanish fluently",
            "Be able to converse confidently with native speakers",
            "Get back on track",
            "Get back in shape",
            # a zero rule on something with no edges
            "Eliminate all anxiety",
            "Stop being negative",
            # a share of people who change by no amount
            "90% of patients will improve their mobility",
            "100 percent of my students will make progress in writing",
        ],
    )
    def test_an_activity_a_state_or_a_share_with_no_standard_fails(self, statement: str) -> None:
        """Nothing in these says when they are done, so a person sends them back."""
        report = assess(Goal(title=statement), as_of=JAN_4)
        assert "M-NO-MEASURE" in report.codes

    def test_a_share_of_people_says_what_is_missing(self) -> None:
        """ "90% of patients will improve ..." fails with a message naming who is counted."""
        report = assess(Goal(title="90% of patients will improve their mobility"), as_of=JAN_4)
        finding = next(f for f in report.findings if f.code == "M-NO-MEASURE")
        assert '"90% of patients"' in finding.message
        assert "not what they will reach" in finding.message


@given(
    level=st.sampled_from(["A1", "A2", "B1", "B1+", "B2", "C1", "C2"]),
    how=st.sampled_from(["Reach {} in German", "Get to at least {} in Greek", "Pass the {} exam"]),
)
def test_a_language_level_is_measurable(level: str, how: str) -> None:
    """Any CEFR level, reached, passed or bettered, is a standard to check against."""
    assert measured(how.format(level))


@given(
    share=st.integers(min_value=1, max_value=100),
    who=st.sampled_from(["students", "patients", "my clients", "our employees"]),
    change=st.sampled_from(["improve their writing", "grow their confidence", "make progress"]),
)
def test_a_share_of_people_changing_by_no_amount_is_not_measurable(
    share: int, who: str, change: str
) -> None:
    """ "N% of <people> will <change>" counts who, never when the change is done."""
    assert not measured(f"{share}% of {who} will {change}")


@given(
    verb=st.sampled_from(["Lead", "Run", "Organise", "Teach", "Publish", "Host"]),
    owner=st.sampled_from(["my", "our", "her"]),
    thing=st.sampled_from(["workshop", "marathon", "research paper", "cross-team project"]),
)
def test_a_first_of_something_is_measurable(verb: str, owner: str, thing: str) -> None:
    """ "<verb> my first <thing>" is one event: done or not."""
    assert measured(f"{verb} {owner} first {thing}")


class TestVerdictsOnRoundFourClasses:
    """Classes of phrasing the third round showed (issue 10): outcomes of every verb,
    shares of people, counts that only complete vague wording, named languages, headlines."""

    @pytest.mark.parametrize(
        ("statement", "expected"),
        [
            # a state had, kept, done or delivered: no action a stranger could take
            ("The patient will have less pain at night", "."),
            ("Have a healthier relationship with my phone", "."),
            ("Keep our donors happy", "."),
            ("I want to stay motivated at the gym", "."),
            ("Doing better at my job", "."),
            ("Produce high-quality work", "."),
            ("Cook perfectly every night", "."),
            # a share of people changing by no named measure
            ("90% of my pupils will make measurable progress in writing", "."),
            ("75 percent of our students will improve their math proficiency this year", "."),
            ("60% of my students will show greater than expected growth", "."),
            # ... but a share with a named measure or a standard is specific
            ("70% of students will score a B or above on the final exam", "S"),
            ("80% of our pupils will be proficient in writing as measured by the state test", "S"),
            # a count that only says at what or with whom someone will be something
            ("Become an expert at two skills", "."),
            ("Try to become close to at least two classmates", "."),
            ("Learn how to be more organized", "."),
            ("Make progress on 3 chapters of my thesis", "S"),
            # a named language is learnt; "a new language" is not named
            ("Learn Italian", "S"),
            ("Become fully fluent in Portuguese", "S"),
            ("I want to be proficient in written German within two years", "S"),
            ("I. Will. Learn. Korean!", "S"),
            ("Learn a new language this year", "."),
            ("Improve my Spanish", "."),
            # a headline with a count: the count is the goal
            ("Listening: 50 podcasts in Spanish", "S"),
            # a state reached by degree, a role unnamed, a wholesale change into nothing said
            ("I want to be completely healed from my injury", "."),
            ("Be fully certified in CPR by May", "S"),
            ("Reach a leadership position", "."),
            ("Take a management position", "S"),
            ("Overhaul our onboarding in six weeks", "."),
            ("Transform the garage into a workshop", "S"),
            # an area called better or stronger; an area of the body or of a team
            ("I want to use better vocabulary in my essays", "."),
            ("We want stronger teamwork", "."),
            ("Get way better at sight-reading", "."),
            ("Increase my core strength", "."),
            ("Increase inclusion in our hiring", "."),
            ("Gain insight into my spending habits", "."),
            ("Increase my core strength by holding a plank for 2 minutes", "S"),
            # time given is not what will be done; a thing made reliable or habits called healthy
            ("I have 6 weeks to improve my interview skills", "."),
            ("I have 6 weeks to write two chapters", "S"),
            ("Make the app reliable enough for launch", "."),
            ("Build healthy habits", "."),
            ("Build a habit of walking 20 minutes after dinner", "S"),
            # two verbs on one object: the first acts on it too, unless it is vague
            ("Students will read and understand a short story", "S"),
            ("Learn and improve my skills", "."),
            # taking ownership of something named; owning a business of no kind named
            ("Own the monthly budget report for the clinic", "S"),
            ("I will own the release checklist", "S"),
            ("Run my own business", "."),
            # more of a state had or gained, a life or service called good, doing a job well
            ("Have more patience with my kids", "."),
            ("Live a healthier life", "."),
            ("Provide excellent patient care", "."),
            ("Take better care of myself", "."),
            ("Perform better at work", "."),
            ("Make my coach proud", "."),
            ("Have more 1:1 meetings with my reports", "S"),
            ("Provide excellent patient care to 20 patients a shift", "S"),
        ],
    )  # fmt: skip
    def test_specific(self, statement: str, expected: str) -> None:
        """The Specific verdict a person would give ("S" passes, "." fails)."""
        assert smt(statement)[0] == expected

    def test_a_share_of_people_leaves_s_vague_an_error(self) -> None:
        """ "90% of my pupils will make measurable progress" fails with S-VAGUE, not a warning."""
        finding = vague_finding("90% of my pupils will make measurable progress in writing")
        assert finding.severity is Severity.ERROR
        assert '"make measurable progress"' in finding.message


_VAGUE_OUTCOMES = st.sampled_from(
    ["make measurable progress", "improve their reading skills", "have less anxiety",
     "be more confident", "show greater than normal growth", "get better at math",
     "become better leaders", "stay motivated"]
)  # fmt: skip
_PEOPLE = st.sampled_from(["students", "my students", "our clients", "the team members",
                           "all participants", "patients"])  # fmt: skip


@given(outcome=_VAGUE_OUTCOMES, share=st.integers(1, 100), people=_PEOPLE)
def test_a_share_of_people_never_makes_a_vague_outcome_specific(
    outcome: str, share: int, people: str
) -> None:
    """How many people will change says nothing of what will change: Specific still fails."""
    assert smt(f"Learners will {outcome}")[0] == "."
    assert smt(f"{share}% of {people} will {outcome}")[0] == "."


@given(
    outcome=st.sampled_from(["have less stress", "keep the client happy", "do better in school",
                             "eat perfectly", "stay motivated", "deliver quality work"]),
    negation=st.sampled_from(["I will not", "I don't want to", "Never", "I won't"]),
)  # fmt: skip
def test_negating_a_vague_outcome_never_makes_it_specific(outcome: str, negation: str) -> None:
    """Saying a vague outcome will not happen names nothing to do either."""
    assert smt(outcome)[0] == "."
    assert smt(f"{negation} {outcome}")[0] == "."


@given(
    verb=st.sampled_from(["Learn", "Study", "I will learn", "I want to speak", "Become fluent in"]),
    language=st.sampled_from(["English", "French", "Japanese", "Arabic", "Hindi"]),
)
def test_naming_the_language_never_makes_a_goal_less_specific(verb: str, language: str) -> None:
    """ "Learn a new language" may fail Specific; naming the language never makes it worse."""
    named, unnamed = smt(f"{verb} {language}")[0], smt(f"{verb} a new language")[0]
    assert named == "S"
    assert not (unnamed == "S" and named == ".")


# ------------------------------------- issue 10, round 4: what a person calls specific


@pytest.mark.usefixtures("english_source")
class TestUnnamedThings:
    """Acting on things that name nothing ("Set boundaries", "Do things") is not specific."""

    @pytest.mark.parametrize(
        "statement",
        ["Do things that scare me", "Try new things this year", "Set boundaries at work.",
         "I will set healthy boundaries this year", "Prevent problems before they happen",
         "Have more fun!", "We want to have some fun at work", "I want more influence.",
         "creating a lasting impression", "Make a big impression on my new manager",
         "Set a standard for yourself!", "Cut Down on Distractions", "Make a difference",
         "Work on keeping a positive outlook!", "Fix issues faster"],
    )  # fmt: skip
    def test_an_unnamed_thing_fails_specific(self, statement: str) -> None:
        """A verb on "things", "boundaries", "fun" with nothing saying which fails with S-VAGUE."""
        assert vague_finding(statement).severity is Severity.ERROR

    @pytest.mark.parametrize(
        "statement",
        ["Complete ten practice problems every day", "Solve 20 algebra problems by Friday",
         "Write down three things I am thankful for every day", "Fix the login issues in the app",
         "Set boundaries with my manager about weekend email", "Make changes to my diet",
         "Increase WFH productivity by turning off notifications for two hours each morning"],
    )  # fmt: skip
    def test_a_thing_named_or_counted_is_specific(self, statement: str) -> None:
        """A number, a noun saying which ("practice problems") or "with/to/of X" names it."""
        assert smt(statement)[0] == "S"

    def test_unnamed_means_leave_a_broad_area_vague(self) -> None:
        """ "by minimizing distractions" says how in words that name no distraction."""
        assert smt("Increase WFH productivity by minimizing distractions")[0] == "."


_COUNTED = sorted(t for t in UNNAMED_THINGS if t.endswith("s") and t != "s")
_MASS = ["fun", "stuff", "influence"]


@given(
    verb=st.sampled_from(["Do", "Set", "Have", "Create", "Find", "Prevent", "I will make"]),
    object_=st.one_of(
        st.tuples(st.sampled_from(["", "more ", "some ", "new ", "lots of ", "a few "]),
                  st.sampled_from(_COUNTED)),
        st.tuples(st.sampled_from(["", "more ", "some ", "lots of ", "a lot of "]),
                  st.sampled_from(_MASS)),
    ),
)  # fmt: skip
def test_a_word_of_degree_never_names_an_unnamed_thing(verb: str, object_: tuple[str, str]) -> None:
    """ "Have more fun", "Set some boundaries": a word of degree before the noun names nothing."""
    degree, thing = object_
    assert smt(f"{verb} {thing}")[0] == "."
    assert smt(f"{verb} {degree}{thing}")[0] == "."


@pytest.mark.usefixtures("english_source")
class TestOutcomesNamedOnlyByTheirKind:
    """A job of some kind, getting published, a delightful experience: what, not said."""

    @pytest.mark.parametrize(
        "statement",
        ["get a higher paying job", "Get an English-speaking Job", "Find a better-paid job",
         "Land a remote position next year", "I want to get published by the end of 2018",
         "Get hired soon", "I hope to get noticed by the end of the quarter",
         "Make our user onboarding a delightful experience",
         "My goal is to turn our customer service into an unforgettable experience",
         "Make the office a more enjoyable place", "Improve the payroll process",
         "Streamline our hiring process", "The patient will have increased mobility.",
         "Client will have reduced anxiety", "I want to do more outside of my dorm",
         "Get a permanent job in your desired field"],
    )  # fmt: skip
    def test_an_outcome_of_no_named_kind_fails_specific(self, statement: str) -> None:
        """What kind of job, published where, which experience: S-VAGUE decides the verdict."""
        assert smt(statement)[0] == "."

    @pytest.mark.parametrize(
        "statement",
        ["Get a job as a nurse at St Mary's hospital", "Find a remote job in data analysis",
         "Get a higher paying job as a software engineer",
         "Get published in a peer-reviewed journal", "Get hired at a tech startup",
         "Deliver an amazing keynote at the March conference",
         "Create a positive classroom environment by greeting each student at the door",
         "Cut the payroll process from five days to two", "The patient will walk 50 feet unaided"],
    )  # fmt: skip
    def test_an_outcome_named_is_specific(self, statement: str) -> None:
        """A role, a place, a journal or a thing made names the outcome; praise does not hide it."""
        assert smt(statement)[0] == "S"


@given(
    verb=st.sampled_from(["Get", "Find", "Land", "I want to get", "I will find"]),
    kind=st.sampled_from(["", "new ", "better ", "higher paying ", "well-paid ", "remote ",
                          "stable ", "English-speaking "]),
)  # fmt: skip
def test_a_word_of_praise_or_kind_never_names_the_job(verb: str, kind: str) -> None:
    """ "Get a job" is vague; "a better job", "a higher paying job" are no more specific."""
    article = "an" if kind[:1] in "aeiouAEIOU" and kind else "a"
    assert smt(f"{verb} a job")[0] == "."
    assert smt(f"{verb} {article} {kind}job")[0] == "."


@pytest.mark.usefixtures("english_source")
class TestRulesMeasuresAndGoingOn:
    """Going without a named thing, a named level for a share, and "keep on" with nothing."""

    @pytest.mark.parametrize(
        "statement",
        ["you're going alcohol-free this month", "Stay smoke-free for 90 days",
         "I am going completely sugar-free in February", "Remain caffeine-free after noon"],
    )  # fmt: skip
    def test_going_without_a_named_thing_is_specific(self, statement: str) -> None:
        """ "go alcohol-free" is a rule a stranger can keep: nothing of it, for a while."""
        assert smt(statement)[0] == "S"

    @pytest.mark.parametrize(
        "statement",
        ["65% of students will increase reading proficiency on grade level.",
         "80% of my students will improve their reading comprehension to grade level",
         "90% of pupils will improve their math skills on the district benchmark test"],
    )  # fmt: skip
    def test_a_share_with_its_measure_named_is_specific(self, statement: str) -> None:
        """A share of students whose change is checked against a named level or test."""
        assert smt(statement)[0] == "S"

    @pytest.mark.parametrize(
        "statement",
        ["100% of my students will improve their reading proficiency by the end of the year",
         "65% of students will increase reading proficiency"],
    )  # fmt: skip
    def test_a_share_with_no_measure_is_not(self, statement: str) -> None:
        """How many students will change says nothing of what will change, or how it is seen."""
        assert smt(statement)[0] == "."

    @pytest.mark.parametrize(
        "statement",
        ["My ultimate goal is to keep on learning.", "Keep growing", "I will keep on improving",
         "Continue Moving Forward with my freelance writing", "Keep moving forward this year"],
    )  # fmt: skip
    def test_going_on_with_nothing_named_is_vague(self, statement: str) -> None:
        """ "keep on learning", "moving forward": going on, with nothing said to do."""
        assert vague_finding(statement).severity is Severity.ERROR

    @pytest.mark.parametrize(
        ("statement", "verb"),
        [("Continue working on scales every morning", "work"),
         ("Keep practicing the piano every day", "practice"),
         ("I will keep on running three times a week", "run")],
    )  # fmt: skip
    def test_going_on_with_something_named_is_that_action(self, statement: str, verb: str) -> None:
        """ "keep practicing the piano": the -ing verb, with its object, is the action."""
        assert [a.verb for a in analyze_text(statement).actions] == [verb]
        assert smt(statement)[0] == "S"


@pytest.mark.usefixtures("english_source")
class TestEffortsAndStatesOfMind:
    """ "Make an effort to", accepting a fact, looking after oneself, focusing on nothing."""

    @pytest.mark.parametrize(
        ("statement", "specific"),
        [("Make an effort to call my mother every Sunday", "S"),
         ("Make a conscious effort to drink water with every meal", "S"),
         ("I will make a point to read to my kids every night", "S"),
         ("I’m going to make an effort to grow new connections with better people.", "."),
         ("Make a real effort to improve my communication skills", ".")],
    )  # fmt: skip
    def test_an_effort_is_what_it_is_made_for(self, statement: str, specific: str) -> None:
        """ "make an effort to X" is as specific as X: the effort only leads in to it."""
        assert smt(statement)[0] == specific

    @pytest.mark.parametrize(
        "statement",
        ["Be more confident and accept the fact that making mistakes is normal",
         "Accept the facts", "I should probably look after myself better.",
         "Look after yourself this winter", "Get organized this year",
         "Make the most of this year", "do things on my own terms",
         "I want to be able to focus during class at school.", "Concentrate in class",
         "I want to focus more"],
    )  # fmt: skip
    def test_a_state_of_mind_fails_specific(self, statement: str) -> None:
        """Accepting a fact, looking after oneself, focusing on nothing: S-VAGUE decides."""
        assert vague_finding(statement).severity is Severity.ERROR

    @pytest.mark.parametrize(
        "statement",
        ["Focus on one task at a time for 25 minutes", "Learn five facts about Mars each week",
         "Memorize the multiplication facts for 6 and 7",
         "Concentrate on my thesis for two hours a day",
         "Make the most of my gym membership by going three times a week"],
    )  # fmt: skip
    def test_the_same_words_with_something_named_are_specific(self, statement: str) -> None:
        """Focus on a named task, facts counted or named, a means that counts: specific."""
        assert smt(statement)[0] == "S"


@pytest.mark.usefixtures("english_source")
class TestAdviceWording:
    """The wording of self-help advice: comfort zones, passions, risks, pushing oneself."""

    @pytest.mark.parametrize(
        "statement",
        ["Step out of my comfort zone", "Get out of your comfort zone this year",
         "Find my passion", "Follow my dreams", "Pursue my passion",
         "Take more risks", "Create new opportunities",
         "Give back to the community", "Work smarter not harder", "Challenge myself",
         "I will try to push myself and stop being lame in 8th grade."],
    )  # fmt: skip
    def test_advice_wording_fails_specific(self, statement: str) -> None:
        """A comfort zone, a passion, risks or opportunities unnamed: nothing a stranger can do."""
        assert vague_finding(statement).severity is Severity.ERROR

    @pytest.mark.parametrize(
        "statement",
        ["Pursue my passion for photography by entering two contests this year",
         "Reduce the risk of falls by doing balance exercises daily",
         "Challenge myself to run a 10K in under an hour",
         "Give back to the community by volunteering four hours a month",
         "Create more opportunities for speaking practice in each lesson"],
    )  # fmt: skip
    def test_the_same_wording_with_something_named_is_specific(self, statement: str) -> None:
        """Which passion, which risk, what challenge, by what means: specific."""
        assert smt(statement)[0] == "S"


class TestMeasurableRulesConditionsAndLevelsInWords:
    """Round 4's classes (issue 10): a rule kept, a condition met, a level named in words."""

    @pytest.mark.parametrize(
        "statement",
        [
            # an action said not to be done: kept or broken, seen either way
            "I will not yell at my kids",
            "I won't check email after dinner",
            "Try not to interrupt people in meetings",
            "Not eat dessert on weeknights",
            "To not skip breakfast",
            "I'll not argue with the referee",
            # a condition the result keeps: without help, an aid, a crutch
            "Tie his shoes without help",
            "Walk to the mailbox without a cane",
            "Give the talk without notes",
            "Read French news without a dictionary",
            "Get dressed by himself",
            "Do my homework on my own",
            "Use the potty independently",
            # a state free of something
            "Stay smoke-free for a year",
            "Go sugar-free in March",
            # a multiple, a distance in words, a range or level named
            "Double my savings by June",
            "Triple our newsletter subscribers",
            "Cut my screen time in half",
            "Bike a century this summer",
            "Row a half marathon",
            "Keep my blood pressure in the healthy range",
            "Learn Spanish to the point where I can order dinner",
            "Reduce my worry to a level that no longer keeps me awake",
            # a substitution however long what is replaced; a level reached, a rate
            "Replace my morning coffee on weekdays with green tea",
            "Reaching N2 in Japanese",
            "Publish a quarterly newsletter for parents",
        ],
    )
    def test_passes(self, statement: str) -> None:
        """A person can see whether each was done, though none has a number."""
        assert measured(statement)

    @pytest.mark.parametrize(
        "statement",
        [
            "I will not be lazy",  # a negated state: nothing to keep
            "Speak in public without fear",  # a feeling, not a condition seen
            "Live on my own terms",
            "Be stress-free",
            "Go the extra mile for customers",
            "Stop eating so much junk food",  # less, by how much?
            "Stop drinking too much coffee",
        ],
    )
    def test_fails(self, statement: str) -> None:
        """A feeling, a negated state or "stop ... so much" sets no line to check."""
        assert not measured(statement)


_CONCRETE_ACTIONS = st.sampled_from(
    ["fight with my sister", "check my phone at dinner", "skip my morning walk",
     "raise my voice in class", "eat after 8 pm", "drive over the speed limit"]
)  # fmt: skip


_NEGATIONS = st.sampled_from(["I will not", "I won't", "Try not to", "I'll not", "Never", "Don't"])


@given(action=_CONCRETE_ACTIONS, negation=_NEGATIONS)
def test_a_concrete_action_ruled_out_is_measurable(action: str, negation: str) -> None:
    """ "<not> <a concrete action>" is a rule: kept or broken, whichever negation says it."""
    assert measured(f"{negation} {action}")


@given(
    action=st.sampled_from(["Climb the stairs", "Walk to school", "Ride a bike", "Read a menu",
                            "Swim a length", "Cook dinner"]),
    aid=st.sampled_from(["without help", "without a cane", "without training wheels",
                         "without notes", "independently", "by herself"]),
)  # fmt: skip
def test_doing_a_thing_unaided_is_measurable(action: str, aid: str) -> None:
    """A concrete action done without an aid is seen done or not, whatever the aid."""
    assert measured(f"{action} {aid}")


class TestMeasurableSetsAndChangesByNoAmount:
    """Every one of a set is done or not; more, better or "increased" with no line is not."""

    @pytest.mark.parametrize(
        "statement",
        [
            "Attend each session of the course",
            "Read every case before the seminar",
            "Proofread every email before sending it",
            "Summarize each chapter after reading it",
            "Write down everything I eat",
            "Eat breakfast every day",  # a habit, kept or not
            "Have lunch with my team every Friday",
        ],
    )
    def test_every_one_of_a_set_passes(self, statement: str) -> None:
        """All of a set, or a habit, is checkable."""
        assert measured(statement)

    @pytest.mark.parametrize(
        "statement",
        [
            # a comparative with only a frequency: more than what?
            "Drink more water every day",
            "Walk more each week",
            "Eat fewer sweets daily",
            "Do a better job listening to my kids each evening",
            # a change had with no amount
            "The client will have improved sleep",
            "Patients will have reduced pain at night",
            # "take" in a light sense
            "Take the first steps towards a new career",
            "Take action on my finances",
            "Take charge of my health",
        ],
    )
    def test_more_or_a_light_take_fails(self, statement: str) -> None:
        """Nothing here says when it is done."""
        assert not measured(statement)


@given(
    more=st.sampled_from(["more", "fewer", "less", "better"]),
    thing=st.sampled_from(["vegetables", "water", "fruit", "sleep", "protein"]),
    verb=st.sampled_from(["Eat", "Drink", "Get", "Have"]),
    often=st.sampled_from(["every day", "each week", "daily", "every morning", "at every meal"]),
)
def test_a_comparative_repeated_is_no_more_measurable(
    more: str, thing: str, verb: str, often: str
) -> None:
    """ "<verb> more <thing> <often>": how often never says how much more."""
    assert not measured(f"{verb} {more} {thing} {often}")


class TestMeasurableOneOffTasksByADate:
    """A concrete task with a date is finished by then or not (round 4, issue 10)."""

    @pytest.mark.parametrize(
        "statement",
        [
            "Draft the onboarding checklist by Friday",
            "Write job descriptions by February",
            "Research meditation apps on Wednesday",
            "Update my resume by the end of the month",
            "Clean out the garage in April",
            "Do a unit on the water cycle in March",
            "Pick a new race for the spring by the end of January",
            "Start running by March",
        ],
    )
    def test_a_dated_task_passes(self, statement: str) -> None:
        """A thing made or done, or a start, by a date."""
        assert measured(statement)

    @pytest.mark.parametrize(
        "statement",
        [
            "Lose weight next year",  # a change by no amount
            "Practice gratitude for 30 days",  # an activity on a mass noun
            "Be kinder to my coworkers this year",  # a state
            "Spend the next month studying",  # time spent
            "Learn guitar by June",  # learnt how well?
            "Improve my grades this semester",
            "Take the necessary steps towards a degree by May",
        ],
    )
    def test_a_dated_change_state_or_activity_fails(self, statement: str) -> None:
        """A date does not say when a change, a state or an activity is done."""
        assert not measured(statement)

    def test_a_dated_task_is_hinted_as_a_milestone(self) -> None:
        """The hint records the task as a milestone, in the statement's words."""
        report = assess(Goal(title="Write job descriptions by February"), as_of=JAN_4)
        finding = next(f for f in report.findings if f.code == "M-TEXT-ONLY")
        assert "Milestone(title='Write job descriptions" in (finding.hint or "")


@given(
    task=st.sampled_from(["Write the grant proposal", "Book the venue", "Research summer camps",
                          "Draft job descriptions", "Do a unit on volcanoes"]),
    when=st.sampled_from(["by Friday", "by February", "on Wednesday", "by the end of the month",
                          "in May"]),
)  # fmt: skip
def test_a_task_with_a_date_is_measurable(task: str, when: str) -> None:
    """Whatever the date, a concrete task with one is done by it or not."""
    assert measured(f"{task} {when}")


class TestMeasurableMilestonesAndImpressions:
    """A child's or patient's milestone is reached or not; an impression left is judged."""

    @pytest.mark.parametrize(
        "statement",
        [
            "Get potty trained",
            "Get toilet trained by summer",
            "Begin kindergarten",
            "Begin college in the fall",
            "The ability to order a meal in French",
            "Have the ability to swim a length",
            "Design the new onboarding experience",  # a thing designed, not an impression
        ],
    )
    def test_a_milestone_or_an_ability_passes(self, statement: str) -> None:
        """Reached, begun or shown: a person can tell."""
        assert measured(statement)

    @pytest.mark.parametrize(
        "statement",
        [
            "Create a lasting impression",
            "Make a difference in my community",
            "Make onboarding a delightful experience",
            "Attain fluency in Hebrew",
            "Gain confidence at work",
            "Improve my ability to lead a team",
            "Begin exercising",
        ],
    )
    def test_an_impression_or_a_quality_fails(self, statement: str) -> None:
        """An impression, a quality with no level, or an activity begun has no line."""
        assert not measured(statement)


@given(
    verb=st.sampled_from(["Attain", "Achieve", "Gain", "Reach"]),
    quality=st.sampled_from(["fluency", "confidence", "balance", "resilience", "success"]),
    where=st.sampled_from(["", " in Hebrew", " at work", " this year"]),
)
def test_coming_to_a_quality_is_not_measurable(verb: str, quality: str, where: str) -> None:
    """ "<attain> <a quality>" names no level to reach, wherever or whenever."""
    assert not measured(f"{verb} {quality}{where}")


class TestMeasurableCountsOfWhatIsVague:
    """A count that says only at what or with whom one will be something measures nothing."""

    @pytest.mark.parametrize(
        "statement",
        [
            "Become an expert at one skill",
            "Try to become close with at least one professor",
            "Be an expert in two programming languages",
        ],
    )
    def test_fails(self, statement: str) -> None:
        """The number counts what the vague outcome is about, not when it is done."""
        report = assess(Goal(title=statement), as_of=JAN_4)
        assert "M-NO-MEASURE" in report.codes

    @pytest.mark.parametrize(
        "statement",
        [
            "Make progress on 3 chapters of my thesis",
            "Land one permanent full-time position",
            "60% of my students will show greater than expected growth",
            "I am hoping to be down 10 pounds in 6 weeks",  # the amount of the state
        ],
    )
    def test_a_count_of_what_is_done_still_passes(self, statement: str) -> None:
        """Chapters worked on, a job landed, a share against a norm: the count still measures."""
        assert measured(statement)


class TestMeasurableEventsTitlesAndBenchmarks:
    """One event held, a titled thing launched, a rule on one's body, a grade-level benchmark."""

    @pytest.mark.parametrize(
        "statement",
        [
            "Leading a group session",
            "Host a webinar for new parents",
            "Organize a fundraiser for the library",
            "Launch the “Be a Writer Who” Series",
            "Publish 'Notes from the Field' by May",
            "Zachary will keep hands and feet to himself",
            "Keep his hands to self during circle time",
            "Students will read on grade level",
            "65% of students will increase reading proficiency on grade level",
        ],
    )
    def test_passes(self, statement: str) -> None:
        """Held or not, launched or not, kept or not, reached or not."""
        assert measured(statement)

    @pytest.mark.parametrize(
        "statement",
        ["Research a workshop to attend", "Look into a retreat"],
    )
    def test_weighing_an_event_fails(self, statement: str) -> None:
        """Weighing an event is not holding one."""
        assert not measured(statement)


@given(
    verb=st.sampled_from(["Lead", "Host", "Run", "Give", "Organise"]),
    event=st.sampled_from(["a group session", "a workshop", "a webinar", "one seminar",
                           "a lunch-and-learn talk"]),
)  # fmt: skip
def test_holding_one_event_is_measurable(verb: str, event: str) -> None:
    """ "<lead> a <session>": one event, held or not, whichever verb holds it."""
    assert measured(f"{verb} {event}")


class TestMeasurableNewReadingsKeepTheirEdges:
    """The round-4 readings stop where a person would: habits of mind, tending, effort."""

    @pytest.mark.parametrize(
        "statement",
        [
            "I won't let stress get to me",
            "I will not procrastinate this semester",
            "Don't procrastinate",
            "Never give up",
            "Live without regrets",
            "Read articles about leadership this month",
            "Support every learner in my class",
            "Encourage each child to try",
            "Double my efforts at work",
            "Spend time by myself",
            "Work independently",
        ],
    )
    def test_fails(self, statement: str) -> None:
        """A habit of mind, an open activity, tending people or effort sets no line."""
        assert not measured(statement)

    @pytest.mark.parametrize(
        "statement",
        [
            "Greet every student at the door",
            "Double my savings",
            "Stay in the healthy weight range",
            "Don't eat after 8 pm",
        ],
    )
    def test_passes(self, statement: str) -> None:
        """Each is still seen done or not."""
        assert measured(statement)


@given(
    inner=st.sampled_from(["procrastinate", "give up", "worry about work", "overthink it",
                           "let stress win", "doubt myself"]),
    negation=_NEGATIONS,
)  # fmt: skip
def test_a_habit_of_mind_ruled_out_is_not_measurable(inner: str, negation: str) -> None:
    """Saying no to a habit of mind names nothing one could see done."""
    assert not measured(f"{negation} {inner}")

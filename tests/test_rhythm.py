"""Specification of the mentoring rhythm: the agenda, item by item, and its invariants."""

from __future__ import annotations

import datetime

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from goalkit import (
    Agenda,
    AgendaItem,
    AgendaKind,
    AgendaPolicy,
    Cadence,
    CheckIn,
    Goal,
    GoalStatus,
    KeyResult,
    Milestone,
    Person,
    Plan,
    Review,
    ValidationError,
    agenda,
    example_plan,
)
from goalkit._rhythm import URGENCY
from goalkit.testing import dates, plans

D = datetime.date
ANA = Person(name="Ana Diaz", id="ana")
SAM = Person(name="Sam Okafor", id="sam")


def talks_goal(**fields: object) -> Goal:
    """Ana's speaking goal: five presentations from 4 January to 2 April."""
    values: dict[str, object] = {
        "title": "Enhance my public speaking skills by giving five presentations "
        "in the next three months",
        "id": "g-talks",
        "owner": "ana",
        "start": D(2027, 1, 4),
        "due": D(2027, 4, 2),
        "key_results": [
            KeyResult(
                title="Presentations given",
                target=5,
                unit="presentations",
                id="kr-talks",
                check_ins=[CheckIn(on=D(2027, 1, 25), value=1, confidence=8)],
            )
        ],
        "milestones": [
            Milestone(title="First talk at a team meeting", id="m-first", due=D(2027, 2, 15)),
        ],
    }
    values.update(fields)
    return Goal(**values)  # type: ignore[arg-type]


def plan_of(*goals: Goal, **fields: object) -> Plan:
    """Ana's plan with Sam as mentor."""
    return Plan(mentee=ANA, mentor=SAM, goals=list(goals), **fields)  # type: ignore[arg-type]


def kinds(items: Agenda) -> list[tuple[str, AgendaKind, str]]:
    """(person, kind, subject) of each item, in order."""
    return [(item.person, item.kind, item.subject_id) for item in items]


# ------------------------------------------------------------------ each kind


def test_a_key_result_without_a_check_in_for_two_weeks_asks_for_one() -> None:
    """Last check-in 25 January; on 8 February (14 days) Ana is asked to check in."""
    plan = plan_of(talks_goal(milestones=[]))
    assert kinds(agenda(plan, today=D(2027, 2, 7))) == []
    [item] = agenda(plan, today=D(2027, 2, 14))
    assert (item.kind, item.person, item.goal_id, item.subject_id, item.due) == (
        AgendaKind.CHECK_IN,
        "ana",
        "g-talks",
        "kr-talks",
        D(2027, 2, 8),
    )
    assert item.message == "No check-in on 'Presentations given' for 20 days"
    assert item.hint.startswith("Record where it stands (the target is 5 presentations)")


def test_never_checked_in_counts_from_the_start() -> None:
    """No check-in at all: the count starts on the goal's start day."""
    goal = talks_goal(milestones=[], key_results=[KeyResult(title="Talks", target=5, id="kr-t")])
    [item] = agenda(plan_of(goal), today=D(2027, 1, 18))
    assert item.message == "No check-in on 'Talks' for 14 days since the goal started"


def test_a_reached_key_result_needs_no_more_check_ins() -> None:
    """Five of five given: nothing more to record."""
    goal = talks_goal(milestones=[]).check_in("kr-talks", 5, on=D(2027, 1, 28))
    assert agenda(plan_of(goal), today=D(2027, 3, 1)).items == ()


def test_milestones_due_soon_and_overdue() -> None:
    """Due in 7 days or fewer: MILESTONE_DUE; past due and not done: MILESTONE_OVERDUE."""
    plan = plan_of(talks_goal())
    soon = [item for item in agenda(plan, today=D(2027, 2, 8)) if item.subject_id == "m-first"]
    assert [(item.kind, item.message) for item in soon] == [
        (
            AgendaKind.MILESTONE_DUE,
            "Milestone 'First talk at a team meeting' is due in 7 days (2027-02-15)",
        )
    ]
    late = [item for item in agenda(plan, today=D(2027, 2, 20)) if item.subject_id == "m-first"]
    assert [(item.kind, item.person) for item in late] == [(AgendaKind.MILESTONE_OVERDUE, "ana")]
    done = plan.replace_goal(plan.goal("g-talks").complete_milestone("m-first", D(2027, 2, 12)))
    assert all(item.subject_id != "m-first" for item in agenda(done, today=D(2027, 2, 20)))


def test_a_review_is_due_for_the_mentor() -> None:
    """Monthly reviews from 4 January: on 10 February the 4 February review is due, for Sam."""
    plan = plan_of(
        talks_goal(milestones=[]).add_review(Review(held_on=D(2027, 1, 4))),
        cadence=Cadence(every=1, unit="month", anchor=D(2027, 1, 4)),
    )
    reviews = [item for item in agenda(plan, today=D(2027, 2, 10)) if item.goal_id is None]
    assert [(item.kind, item.person, item.due) for item in reviews] == [
        (AgendaKind.REVIEW_DUE, "sam", D(2027, 2, 4))
    ]
    alone = attrs.evolve(plan, mentor=None)
    assert [item.person for item in agenda(alone, today=D(2027, 2, 10))] == ["ana"] * 2


def test_a_goal_past_due_asks_owner_and_mentor_to_decide() -> None:
    """Past 2 April and not achieved: both decide; no more check-in reminders for it."""
    items = agenda(plan_of(talks_goal(milestones=[])), today=D(2027, 4, 10))
    assert kinds(items) == [
        ("ana", AgendaKind.GOAL_PAST_DUE, "g-talks"),
        ("sam", AgendaKind.GOAL_PAST_DUE, "g-talks"),
    ]
    assert items[0].hint.startswith("Decide together: mark it achieved")


def test_a_silent_goal_is_stalled_for_the_mentor() -> None:
    """Nothing recorded since 25 January: by 15 February (21 days) Sam should ask."""
    items = agenda(plan_of(talks_goal(milestones=[])), today=D(2027, 2, 15))
    assert kinds(items)[0] == ("sam", AgendaKind.STALLED, "g-talks")
    assert items[0].message.endswith("for 21 days (since 2027-01-25)")


def test_confidence_that_does_not_move_is_a_divergence() -> None:
    """Confidence 8 on 25 January, still 1 talk on 1 March, goal behind: talk it through."""
    goal = talks_goal(milestones=[]).check_in("kr-talks", 1, on=D(2027, 2, 22), confidence=8)
    items = agenda(plan_of(goal), today=D(2027, 3, 1))
    divergences = [item for item in items if item.kind is AgendaKind.DIVERGENCE]
    assert [(item.person, item.subject_id) for item in divergences] == [("sam", "kr-talks")]
    assert "confidence 8/10, but has not moved for 28 days" in divergences[0].message
    unsure = talks_goal(milestones=[]).check_in("kr-talks", 1, on=D(2027, 2, 22), confidence=4)
    assert AgendaKind.DIVERGENCE not in {
        item.kind for item in agenda(plan_of(unsure), today=D(2027, 3, 1))
    }


def test_a_draft_waits_for_both_agreements() -> None:
    """A draft asks each person who has not agreed; once both have, it is active and tracked."""
    draft = plan_of(talks_goal(status=GoalStatus.DRAFT))
    assert kinds(agenda(draft, today=D(2027, 1, 5))) == [
        ("ana", AgendaKind.AGREE, "g-talks"),
        ("sam", AgendaKind.AGREE, "g-talks"),
    ]
    half = draft.agree("g-talks", "ana", D(2027, 1, 5))
    assert kinds(agenda(half, today=D(2027, 1, 6))) == [("sam", AgendaKind.AGREE, "g-talks")]
    both = half.agree("g-talks", "sam", D(2027, 1, 6))
    assert AgendaKind.AGREE not in {item.kind for item in agenda(both, today=D(2027, 1, 7))}


def test_each_kind_gives_its_one_piece_of_advice() -> None:
    """Every item of a kind carries that kind's hint, worded once; a check-in's names its target."""
    draft = agenda(plan_of(talks_goal(status=GoalStatus.DRAFT)), today=D(2027, 1, 5))
    assert {item.hint for item in draft} == {
        "Read it together, change what you would not sign up to, then agree it: "
        "it becomes active once mentee and mentor have both agreed."
    }
    seen: dict[AgendaKind, set[str]] = {}
    plan = example_plan()
    for day in (D(2026, 11, 18), D(2027, 3, 1), D(2027, 9, 1), D(2028, 6, 1)):
        for item in agenda(plan, today=day):
            seen.setdefault(item.kind, set()).add(item.hint)
    for kind, hints in seen.items():
        assert len(hints) == 1 or kind is AgendaKind.CHECK_IN, (kind, hints)


def test_wins_of_the_last_week_are_celebrated_by_the_mentor() -> None:
    """A milestone done on 12 February is on Sam's agenda until 19 February."""
    goal = talks_goal().complete_milestone("m-first", D(2027, 2, 12))

    def cheers(day: datetime.date) -> list[tuple[str, AgendaKind, str]]:
        return [k for k in kinds(agenda(plan_of(goal), today=day)) if k[1] is AgendaKind.CELEBRATE]

    assert cheers(D(2027, 2, 19)) == [("sam", AgendaKind.CELEBRATE, "m-first")]
    assert cheers(D(2027, 2, 20)) == []


def test_the_example_plan_on_two_days() -> None:
    """The bundled plan: mid-November asks for check-ins and celebrates; January asks to decide."""
    november = agenda(example_plan(), today=D(2026, 11, 18))
    assert {item.kind for item in november} == {AgendaKind.CHECK_IN, AgendaKind.CELEBRATE}
    january = agenda(example_plan(), today=D(2027, 1, 20))
    assert january[0].kind is AgendaKind.GOAL_PAST_DUE
    assert AgendaKind.REVIEW_DUE in {item.kind for item in january}


def test_for_person_and_str() -> None:
    """for_person keeps one person's items in order; str() lists them one a line."""
    items = agenda(example_plan(), today=D(2026, 11, 18))
    sam = items.for_person("sam")
    assert list(sam) == [item for item in items if item.person == "sam"]
    assert str(sam).splitlines()[0].startswith("sam: [celebrate] ")
    assert str(items.for_person("nobody")) == "Nothing due on 2026-11-18."
    assert repr(sam) == f"Agenda(today=2026-11-18, items={len(sam)})"


def test_a_closed_plan_has_no_agenda() -> None:
    """After the plan was closed, nothing is asked of anyone."""
    plan = plan_of(talks_goal(), closed_on=D(2027, 2, 1))
    assert agenda(plan, today=D(2027, 3, 1)).items == ()
    assert agenda(plan, today=D(2027, 1, 20)).items != ()


# ------------------------------------------------------------- the arguments


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda: agenda(talks_goal()), "agenda.plan: expected a Plan"),  # type: ignore[arg-type]
        (
            lambda: agenda(plan_of(), today="2027-01-01"),  # type: ignore[arg-type]
            "agenda.as_of: expected a date",
        ),
        (
            lambda: agenda(plan_of(), today=D(2027, 1, 1), policy=3),  # type: ignore[arg-type]
            "agenda.policy: expected an AgendaPolicy or None",
        ),
        (lambda: AgendaPolicy(stall_days=0), "AgendaPolicy.stall_days"),
        (lambda: AgendaPolicy(divergence_confidence=11), "AgendaPolicy.divergence_confidence"),
    ],
)
def test_wrong_arguments_are_named(call: object, message: str) -> None:
    """A wrong argument is a ValidationError naming it."""
    with pytest.raises(ValidationError) as caught:
        call()  # type: ignore[operator]
    assert message in str(caught.value)


# ------------------------------------------------------------------ invariants


def _rank(item: AgendaItem) -> tuple[int, datetime.date]:
    return URGENCY.index(item.kind), item.due or datetime.date.max


@given(plan=plans(max_goals=4), day=dates(D(2020, 1, 1), D(2035, 12, 31)))
def test_the_agenda_is_pure_sorted_and_for_the_plans_people(plan: Plan, day: datetime.date) -> None:
    """Same plan and day, same agenda; most urgent first; every item for the mentee or mentor;
    no item for a goal achieved or abandoned that day but a celebration."""
    items = agenda(plan, today=day)
    assert agenda(plan, today=day) == items
    assert [_rank(item) for item in items] == sorted(_rank(item) for item in items)
    people = {person.id for person in plan.people}
    for item in items:
        assert item.person in people
        assert item.message
        assert item.hint
        if item.goal_id is not None and item.kind is not AgendaKind.CELEBRATE:
            status = plan.goal(item.goal_id).status_on(day)
            assert status not in (GoalStatus.ACHIEVED, GoalStatus.ABANDONED)
    split = sum(len(items.for_person(person)) for person in people)
    assert split == len(items)


@given(plan=plans(max_goals=3), day=dates(D(2020, 1, 1), D(2035, 12, 31)), stall=st.integers(1, 60))
def test_stricter_thresholds_never_hide_a_stall(plan: Plan, day: datetime.date, stall: int) -> None:
    """A goal stalled at stall_days is stalled at any shorter threshold too."""

    def stalled(days: int) -> set[str | None]:
        policy = AgendaPolicy(stall_days=days)
        return {
            i.goal_id
            for i in agenda(plan, today=day, policy=policy)
            if i.kind is AgendaKind.STALLED
        }

    assert stalled(stall + 10) <= stalled(stall)


# ------------------------------------------------------ close-out and follow-up


def ended_plan() -> Plan:
    """Ana's plan at the end of March: talks at 4 of 5, networking at 1 of 4, SQL achieved,
    Rust abandoned."""
    talks = talks_goal(milestones=[]).check_in("kr-talks", 4, on=D(2027, 3, 20))
    network = Goal(
        title="Attend four industry events",
        id="g-net",
        start=D(2027, 1, 4),
        due=D(2027, 3, 31),
        parent_id="g-talks",
        key_results=[
            KeyResult(title="Events attended", target=4, id="kr-ev"),
            KeyResult(title="Talks reviewed", target=2, id="kr-rev"),
        ],
        milestones=[Milestone(title="Join a meetup", id="m-meetup", due=D(2027, 4, 30), weight=0)],
    )
    network = network.check_in("kr-ev", 1, on=D(2027, 2, 1)).check_in("kr-rev", 2, on=D(2027, 2, 2))
    sql = Goal(title="Learn SQL", id="g-sql").achieve(D(2027, 3, 1))
    rust = Goal(title="Learn Rust", id="g-rust").abandon(D(2027, 2, 1), "Team moved to Go")
    return plan_of(
        talks, network, sql, rust, cadence=Cadence(every=1, unit="month", anchor=D(2027, 1, 4))
    )


def test_closing_records_each_goals_outcome() -> None:
    """Networking (1/4 + 2/2) / 2 = 62.5% is MISSED; talks (4/5 + 62.5%) / 2 = 71% PARTIAL."""
    from goalkit import Outcome, close

    closed = close(ended_plan(), D(2027, 3, 31), notes="Ana leads the April all-hands")
    assert (closed.closed_on, closed.closing_notes) == (
        D(2027, 3, 31),
        "Ana leads the April all-hands",
    )
    outcomes = {goal.id: goal.outcome for goal in closed.goals}
    assert outcomes == {
        "g-talks": Outcome.PARTIAL,
        "g-net": Outcome.MISSED,
        "g-sql": Outcome.ACHIEVED,
        "g-rust": Outcome.DROPPED,
    }
    assert all(goal.outcome is None for goal in ended_plan().goals)


def test_a_closed_plan_refuses_new_entries() -> None:
    """No check-in, goal or agreement once closed; the error says to start a follow-up."""
    from goalkit import close

    closed = close(ended_plan(), D(2027, 3, 31))
    later = closed.goal("g-talks").check_in("kr-talks", 5, on=D(2027, 4, 2))
    with pytest.raises(
        ValidationError,
        match=r"Plan\.replace_goal\.plan: expected an open plan: this one was closed on "
        r"2027-03-31; start a follow-up",
    ):
        closed.replace_goal(later)
    with pytest.raises(ValidationError, match="closed on 2027-03-31"):
        closed.add_goal(Goal(title="Learn Go"))
    with pytest.raises(
        ValidationError,
        match=r"check_ins\[2\]\.on: expected a day on or before the plan was closed",
    ):
        attrs.evolve(closed, goals=[later, *closed.goals[1:]])
    with pytest.raises(ValidationError, match="an open plan"):
        close(closed, D(2027, 4, 1))
    with pytest.raises(ValidationError, match=r"check_ins\[1\]\.on"):
        close(ended_plan(), D(2027, 3, 1))  # a check-in of 20 March is after that day


def test_follow_up_carries_the_unfinished_goals() -> None:
    """Talks and networking carry on from 1 April; SQL (done) and Rust (dropped) stay behind."""
    from goalkit import GoalStatus, close, follow_up

    after = follow_up(close(ended_plan(), D(2027, 3, 31)), D(2027, 4, 1))
    assert [(goal.id, goal.carried_from) for goal in after.goals] == [
        ("g-talks-2027-04-01", "g-talks"),
        ("g-net-2027-04-01", "g-net"),
    ]
    talks, network = after.goals
    assert (talks.start, talks.due, talks.status) == (
        D(2027, 4, 1),
        D(2027, 6, 28),
        GoalStatus.DRAFT,
    )
    assert [(kr.title, kr.baseline, kr.target, kr.check_ins) for kr in talks.key_results] == [
        ("Presentations given", 4, 5, ())
    ]
    # The reached key result stays behind; the open milestone comes along with its date.
    assert [kr.id for kr in network.key_results] == ["kr-ev-2027-04-01"]
    assert [(m.id, m.due) for m in network.milestones] == [("m-meetup-2027-04-01", D(2027, 4, 30))]
    assert network.parent_id == "g-talks-2027-04-01"
    assert (talks.revisions, talks.reviews, talks.agreements) == ((), (), ())
    assert (after.mentee, after.mentor, after.closed_on) == (ANA, SAM, None)
    assert after.cadence == Cadence(every=1, unit="month", anchor=D(2027, 4, 1))
    kinds_due = {item.kind for item in agenda(after, today=D(2027, 4, 1))}
    assert kinds_due == {AgendaKind.AGREE, AgendaKind.REVIEW_DUE}  # agree them at a kick-off


def test_follow_up_with_another_mentor_or_none() -> None:
    """A new mentor, or none; an open plan or a day before the close is refused."""
    from goalkit import close, follow_up

    closed = close(ended_plan(), D(2027, 3, 31))
    lee = Person(name="Lee Park", id="lee")
    assert follow_up(closed, D(2027, 4, 1), mentor=lee).mentor == lee
    assert follow_up(closed, D(2027, 4, 1), mentor=None).mentor is None
    with pytest.raises(ValidationError, match="a closed plan"):
        follow_up(ended_plan(), D(2027, 4, 1))
    with pytest.raises(ValidationError, match=r"follow_up\.on"):
        follow_up(closed, D(2027, 3, 1))


def _last_entry(plan: Plan) -> datetime.date:
    days = [D(2000, 1, 1)]
    for goal in plan.goals:
        days += [c.on for kr in goal.key_results for c in kr.check_ins]
        days += [m.completed_on for m in goal.milestones if m.completed_on is not None]
    return max(days)


@given(plan=plans(max_goals=4), extra=st.integers(0, 400), gap=st.integers(0, 60))
def test_close_and_follow_up_round_trip(plan: Plan, extra: int, gap: int) -> None:
    """Any plan closed after its last entry, and its follow-up, survive documents unchanged;
    every carried goal points to an unfinished goal of the closed plan."""
    from goalkit import Outcome, close, follow_up, from_json, to_json

    day = _last_entry(plan) + datetime.timedelta(days=extra)
    closed = close(plan, day)
    assert from_json(Plan, to_json(closed)) == closed
    assert all(goal.outcome is not None for goal in closed.goals)
    after = follow_up(closed, day + datetime.timedelta(days=gap))
    assert from_json(Plan, to_json(after)) == after
    for goal in after.goals:
        assert goal.carried_from is not None
        assert closed.goal(goal.carried_from).outcome in (Outcome.PARTIAL, Outcome.MISSED)
        assert all(not kr.check_ins for kr in goal.key_results)


def test_only_a_closed_plan_has_outcomes() -> None:
    """An open plan's goals have no outcome: close sets them."""
    from goalkit import Outcome

    with pytest.raises(
        ValidationError, match=r"goals\[0\]\.outcome: expected None in an open plan"
    ):
        plan_of(talks_goal(outcome=Outcome.MISSED))

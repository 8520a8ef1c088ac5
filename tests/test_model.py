"""The domain model: construction, invariants and operations (`goalkit._model`)."""

from __future__ import annotations

import copy
import datetime
import math
import pickle

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from goalkit import (
    Cadence,
    CheckIn,
    Direction,
    Goal,
    GoalKind,
    GoalkitError,
    GoalStatus,
    Horizon,
    KeyResult,
    Milestone,
    Person,
    Plan,
    Review,
    ReviewKind,
    Revision,
    UnknownIdError,
    ValidationError,
)
from goalkit._model import MAX_MAGNITUDE, REVISABLE_FIELDS
from goalkit.testing import check_ins, goals, plans

D = datetime.date


def talks_goal() -> Goal:
    """The seeds' public-speaking goal: five presentations in the next three months."""
    return Goal(
        title="Enhance my public speaking skills by giving five presentations "
        "in the next three months",
        id="g-talks",
        kind=GoalKind.DEVELOPMENT,
        owner="ana",
        start=D(2027, 1, 31),
        due=D(2027, 4, 30),
        relevance="Team leads present the team's work every quarter",
        key_results=[KeyResult(title="Presentations given", target=5, id="kr-talks")],
        milestones=[Milestone(title="First talk at a team meeting", id="m-first")],
    )


# ------------------------------------------------------------------ enums


def test_enum_values_are_lower_case_member_names() -> None:
    """Every enum's values are its members' names in lower case."""
    from goalkit import CadenceUnit, ReviewKind

    for kind in (GoalKind, GoalStatus, Horizon, Direction, ReviewKind, CadenceUnit):
        for member in kind:
            assert member.value == member.name.lower()


#: Every value documents, reports and tables store, spelled out: `LowerCaseEnum` derives them from
#: the member names, so renaming a member would change a stored value; this pins them.
STORED_ENUM_VALUES = {
    "GoalKind": ["performance", "learning", "development"],
    "GoalStatus": ["draft", "active", "achieved", "abandoned"],
    "Horizon": ["short_term", "long_term"],
    "Direction": ["increase", "decrease", "at_least", "at_most"],
    "ReviewKind": ["one_on_one", "survey", "feedback_360", "self_reflection"],
    "Ambition": ["committed", "aspirational"],
    "Outcome": ["achieved", "partial", "missed", "dropped"],
    "Health": [
        "not_started",
        "on_track",
        "at_risk",
        "off_track",
        "achieved",
        "abandoned",
        "unknown",
    ],
    "AgendaKind": [
        "check_in",
        "milestone_due",
        "milestone_overdue",
        "review_due",
        "goal_past_due",
        "stalled",
        "divergence",
        "agree",
        "celebrate",
    ],
}


@pytest.mark.parametrize("name", sorted(STORED_ENUM_VALUES))
def test_lower_case_enums_store_the_values_they_always_stored(name: str) -> None:
    """The model's, progress's and the rhythm's enums keep their values, reprs and str type."""
    import goalkit
    from goalkit._model.enums import LowerCaseEnum

    enumeration = getattr(goalkit, name)
    assert issubclass(enumeration, LowerCaseEnum)
    assert [member.value for member in enumeration] == STORED_ENUM_VALUES[name]
    for member in enumeration:
        assert type(member.value) is str
        assert enumeration(member.value) is member
        assert repr(member) == f"<{name}.{member.name}: {member.value!r}>"
        assert str(member) == f"{name}.{member.name}"


def test_contract_enum_members() -> None:
    """The enums have exactly the members the contract names."""
    assert {m.name for m in GoalKind} == {"PERFORMANCE", "LEARNING", "DEVELOPMENT"}
    assert {m.name for m in GoalStatus} == {"DRAFT", "ACTIVE", "ACHIEVED", "ABANDONED"}
    assert {m.name for m in Direction} == {"INCREASE", "DECREASE", "AT_LEAST", "AT_MOST"}
    assert ReviewKind.ONE_ON_ONE.value == "one_on_one"
    assert ReviewKind.FEEDBACK_360.value == "feedback_360"


# ----------------------------------------------------------- construction


def test_goal_defaults() -> None:
    """A goal needs only a title; the rest has sensible defaults."""
    goal = Goal(title="Learn SQL")
    assert goal.status is GoalStatus.ACTIVE
    assert goal.kind is GoalKind.PERFORMANCE
    assert goal.weight == 1
    assert goal.key_results == goal.milestones == goal.reviews == goal.revisions == ()
    assert goal.id.startswith("g-")


def test_ids_are_generated_and_distinct() -> None:
    """Ids are generated when not given, and two generated ids differ."""
    first, second = Goal(title="A"), Goal(title="A")
    assert first.id != second.id
    assert KeyResult(title="k", target=1).id.startswith("kr-")
    assert Milestone(title="m").id.startswith("m-")
    assert Review(held_on=D(2027, 1, 1)).id.startswith("r-")
    assert Person(name="Ana").id.startswith("p-")


def test_lists_become_tuples() -> None:
    """Collections given as lists are stored as tuples."""
    goal = Goal(
        title="Learn SQL",
        tags=["data"],
        key_results=[KeyResult(title="Queries", target=3)],
        milestones=[Milestone(title="Course")],
        reviews=[Review(held_on=D(2027, 1, 1), next_steps=["Practise joins"])],
    )
    assert type(goal.tags) is tuple
    assert type(goal.key_results) is tuple
    assert type(goal.milestones) is tuple
    assert type(goal.reviews) is tuple
    assert type(goal.reviews[0].next_steps) is tuple


def test_classes_are_frozen_and_slotted() -> None:
    """Every model class is frozen and slotted."""
    for cls in (Person, CheckIn, KeyResult, Milestone, Review, Revision, Goal, Plan, Cadence):
        assert "__slots__" in cls.__dict__, cls
    goal = Goal(title="Learn SQL")
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        goal.title = "Other"  # type: ignore[misc]


def test_constructors_are_keyword_only() -> None:
    """Fields are passed by keyword; positional arguments are refused."""
    with pytest.raises(TypeError):
        Goal("Learn SQL")  # type: ignore[misc]


def test_key_result_direction_is_inferred() -> None:
    """Without a direction, target above baseline is INCREASE and below is DECREASE."""
    assert KeyResult(title="Talks", target=5).direction is Direction.INCREASE
    assert KeyResult(title="Bugs", baseline=40, target=10).direction is Direction.DECREASE
    assert KeyResult(title="Bugs", baseline=40, target=10).resolved_direction is Direction.DECREASE


def test_inferred_and_explicit_direction_compare_equal() -> None:
    """A key result with an inferred direction equals one given that direction."""
    inferred = KeyResult(title="Talks", target=5, id="k")
    explicit = KeyResult(title="Talks", target=5, id="k", direction=Direction.INCREASE)
    assert inferred == explicit


def test_thresholds_allow_baseline_equal_to_target() -> None:
    """AT_LEAST and AT_MOST maintain a threshold, so baseline may equal target."""
    kr = KeyResult(title="Satisfaction", baseline=4, target=4, direction=Direction.AT_LEAST)
    assert kr.direction is Direction.AT_LEAST
    kr = KeyResult(title="Overtime", baseline=10, target=5, direction=Direction.AT_MOST)
    assert kr.direction is Direction.AT_MOST


def test_horizon_from_span() -> None:
    """Up to 365 days from start to due is short-term; longer is long-term; no dates, None."""
    start = D(2027, 1, 1)
    assert Goal(title="g", start=start, due=start).horizon is Horizon.SHORT_TERM
    assert (
        Goal(title="g", start=start, due=start + datetime.timedelta(days=365)).horizon
        is Horizon.SHORT_TERM
    )
    assert (
        Goal(title="g", start=start, due=start + datetime.timedelta(days=366)).horizon
        is Horizon.LONG_TERM
    )
    assert Goal(title="g", start=start).horizon is None
    assert Goal(title="g", due=start).horizon is None


def test_check_ins_kept_in_date_order() -> None:
    """Check-ins given out of order are stored by date; same-day ones keep their order."""
    kr = KeyResult(
        title="Events",
        target=4,
        check_ins=[
            CheckIn(on=D(2027, 3, 1), value=2),
            CheckIn(on=D(2027, 2, 1), value=1, note="first"),
            CheckIn(on=D(2027, 2, 1), value=1.5, note="second"),
        ],
    )
    assert [c.note for c in kr.check_ins] == ["first", "second", ""]
    assert kr.value_on(D(2027, 2, 1)) == 1.5  # the last of the day counts


def test_value_on_uses_last_check_in_or_baseline() -> None:
    """The value on a day is the last check-in on or before it, else the baseline."""
    kr = KeyResult(
        title="Bugs",
        baseline=40,
        target=10,
        check_ins=[CheckIn(on=D(2027, 2, 1), value=30), CheckIn(on=D(2027, 3, 1), value=20)],
    )
    assert kr.value_on(D(2027, 1, 31)) == 40
    assert kr.value_on(D(2027, 2, 1)) == 30
    assert kr.value_on(D(2027, 2, 28)) == 30
    assert kr.value_on(D(2028, 1, 1)) == 20


def test_check_ins_until_last_check_in_and_values_by_day_read_the_same_days() -> None:
    """On or before the day counts, after does not; of a day's check-ins the last counts."""
    kr = KeyResult(
        title="Events",
        target=4,
        check_ins=[
            CheckIn(on=D(2027, 2, 1), value=1, note="a"),
            CheckIn(on=D(2027, 2, 1), value=2, note="b"),
            CheckIn(on=D(2027, 3, 1), value=3, note="c"),
        ],
    )
    assert kr.check_ins_until(D(2027, 1, 31)) == ()
    assert [c.note for c in kr.check_ins_until(D(2027, 2, 1))] == ["a", "b"]
    assert kr.check_ins_until(D(2027, 3, 1)) is kr.check_ins
    assert kr.last_check_in(D(2027, 1, 31)) is None
    assert kr.last_check_in(D(2027, 2, 28)) is kr.check_ins[1]
    assert kr.values_by_day(D(2027, 1, 31)) == {}
    assert kr.values_by_day(D(2027, 2, 28)) == {D(2027, 2, 1): 2}
    assert list(kr.values_by_day(D(2027, 3, 1)).items()) == [(D(2027, 2, 1), 2), (D(2027, 3, 1), 3)]


# ------------------------------------------------------------- invariants

INVALID = [
    # (what, factory, class.field named in the message)
    ("blank goal title", lambda: Goal(title="  "), "Goal.title"),
    ("empty goal title", lambda: Goal(title=""), "Goal.title"),
    ("title not text", lambda: Goal(title=5), "Goal.title"),  # type: ignore[arg-type]
    ("blank key result title", lambda: KeyResult(title="", target=1), "KeyResult.title"),
    ("blank milestone title", lambda: Milestone(title="\t"), "Milestone.title"),
    ("blank person name", lambda: Person(name=" "), "Person.name"),
    (
        "due before start",
        lambda: Goal(title="g", start=D(2027, 5, 1), due=D(2027, 4, 30)),
        "Goal.due",
    ),
    ("NaN target", lambda: KeyResult(title="k", target=math.nan), "KeyResult.target"),
    ("infinite target", lambda: KeyResult(title="k", target=math.inf), "KeyResult.target"),
    ("-infinite baseline", lambda: KeyResult(title="k", target=1, baseline=-math.inf), "baseline"),
    ("bool target", lambda: KeyResult(title="k", target=True), "KeyResult.target"),
    ("string target", lambda: KeyResult(title="k", target="5"), "KeyResult.target"),  # type: ignore[arg-type]
    ("huge integer target", lambda: KeyResult(title="k", target=10**400), "KeyResult.target"),
    ("beyond max magnitude", lambda: KeyResult(title="k", target=2e15), "KeyResult.target"),
    ("NaN check-in", lambda: CheckIn(on=D(2027, 1, 1), value=math.nan), "CheckIn.value"),
    ("bool check-in", lambda: CheckIn(on=D(2027, 1, 1), value=False), "CheckIn.value"),
    ("negative goal weight", lambda: Goal(title="g", weight=-1), "Goal.weight"),
    ("NaN goal weight", lambda: Goal(title="g", weight=math.nan), "Goal.weight"),
    ("negative kr weight", lambda: KeyResult(title="k", target=1, weight=-0.5), "KeyResult.weight"),
    ("negative milestone weight", lambda: Milestone(title="m", weight=-2), "Milestone.weight"),
    (
        "baseline equals target, no direction",
        lambda: KeyResult(title="k", baseline=3, target=3),
        "KeyResult.target",
    ),
    (
        "baseline equals target, INCREASE",
        lambda: KeyResult(title="k", baseline=3, target=3, direction=Direction.INCREASE),
        "KeyResult.target",
    ),
    (
        "baseline equals target, DECREASE",
        lambda: KeyResult(title="k", baseline=3, target=3, direction=Direction.DECREASE),
        "KeyResult.target",
    ),
    (
        "INCREASE with target below baseline",
        lambda: KeyResult(title="k", baseline=5, target=3, direction=Direction.INCREASE),
        "KeyResult.target",
    ),
    (
        "DECREASE with target above baseline",
        lambda: KeyResult(title="k", baseline=3, target=5, direction=Direction.DECREASE),
        "KeyResult.target",
    ),
    (
        "direction as a string",
        lambda: KeyResult(title="k", target=5, direction="increase"),
        "direction",
    ),  # type: ignore[arg-type]
    ("confidence 11", lambda: CheckIn(on=D(2027, 1, 1), value=1, confidence=11), "confidence"),
    ("confidence -1", lambda: CheckIn(on=D(2027, 1, 1), value=1, confidence=-1), "confidence"),
    ("confidence 5.5", lambda: CheckIn(on=D(2027, 1, 1), value=1, confidence=5.5), "confidence"),  # type: ignore[arg-type]
    ("confidence True", lambda: CheckIn(on=D(2027, 1, 1), value=1, confidence=True), "confidence"),
    ("rating 0", lambda: Review(held_on=D(2027, 1, 1), rating=0), "Review.rating"),
    ("rating 6", lambda: Review(held_on=D(2027, 1, 1), rating=6), "Review.rating"),
    (
        "datetime for a check-in day",
        lambda: CheckIn(on=datetime.datetime(2027, 1, 1, 9, 0), value=1),
        "CheckIn.on",
    ),
    (
        "datetime for a due date",
        lambda: Goal(title="g", due=datetime.datetime(2027, 1, 1)),
        "Goal.due",
    ),
    ("string for a date", lambda: Goal(title="g", start="2027-01-01"), "Goal.start"),  # type: ignore[arg-type]
    ("datetime for held_on", lambda: Review(held_on=datetime.datetime(2027, 1, 1)), "held_on"),
    (
        "datetime for completed_on",
        lambda: Milestone(title="m", completed_on=datetime.datetime(2027, 1, 1)),
        "completed_on",
    ),
    ("kind as a string", lambda: Goal(title="g", kind="learning"), "Goal.kind"),  # type: ignore[arg-type]
    ("blank id", lambda: Goal(title="g", id=""), "Goal.id"),
    ("id with spaces around", lambda: Goal(title="g", id=" g1 "), "Goal.id"),
    ("own parent", lambda: Goal(title="g", id="g1", parent_id="g1"), "Goal.parent_id"),
    ("blank tag", lambda: Goal(title="g", tags=[""]), "Goal.tags[0]"),
    (
        "duplicate key result ids",
        lambda: Goal(
            title="g",
            key_results=[
                KeyResult(title="a", target=1, id="x"),
                KeyResult(title="b", target=1, id="x"),
            ],
        ),
        "Goal.key_results[1].id",
    ),
    (
        "key result and milestone share an id",
        lambda: Goal(
            title="g",
            key_results=[KeyResult(title="a", target=1, id="x")],
            milestones=[Milestone(title="m", id="x")],
        ),
        "Goal.milestones[0].id",
    ),
    (
        "something else among key results",
        lambda: Goal(title="g", key_results=[Milestone(title="m")]),  # type: ignore[list-item]
        "Goal.key_results[0]",
    ),
    (
        "revision without changes",
        lambda: Revision(on=D(2027, 1, 1), reason="why", changes={}),
        "Revision.changes",
    ),
    (
        "revision of an unknown field",
        lambda: Revision(on=D(2027, 1, 1), reason="why", changes={"colour": ("red", "blue")}),
        "Revision.changes",
    ),
    (
        "revision without a reason",
        lambda: Revision(on=D(2027, 1, 1), reason=" ", changes={"title": ("a", "b")}),
        "Revision.reason",
    ),
]


@pytest.mark.parametrize(
    ("factory", "named"), [case[1:] for case in INVALID], ids=[case[0] for case in INVALID]
)
def test_invalid_construction_raises_validation_error_naming_the_field(
    factory: object, named: str
) -> None:
    """Each broken invariant raises ValidationError naming the class and field."""
    with pytest.raises(ValidationError) as caught:
        factory()  # type: ignore[operator]
    assert named in str(caught.value)
    assert "expected" in str(caught.value)
    assert isinstance(caught.value, GoalkitError)
    assert isinstance(caught.value, ValueError)


def test_validation_error_carries_structured_facts() -> None:
    """ValidationError exposes the class, field and expectation as attributes."""
    with pytest.raises(ValidationError) as caught:
        Goal(title="g", start=D(2027, 5, 1), due=D(2027, 4, 30))
    error = caught.value
    assert (error.subject, error.field) == ("Goal", "due")
    assert "2027-05-01" in error.expected


def test_error_message_quotes_only_an_excerpt() -> None:
    """A huge bad value is quoted in a few dozen characters, not echoed whole."""
    with pytest.raises(ValidationError) as caught:
        KeyResult(title="k", target="9" * 1_000_000)  # type: ignore[arg-type]
    assert len(str(caught.value)) < 200


def test_numbers_at_the_documented_limit_are_accepted() -> None:
    """Numbers up to MAX_MAGNITUDE, ints and floats alike, are accepted."""
    assert KeyResult(title="k", target=MAX_MAGNITUDE).target == MAX_MAGNITUDE
    assert KeyResult(title="k", target=-int(MAX_MAGNITUDE)).target == -int(MAX_MAGNITUDE)


def test_date_subclass_other_than_datetime_is_accepted() -> None:
    """A subclass of date that is not a datetime is still a calendar day."""

    class Day(datetime.date):
        pass

    assert Goal(title="g", due=Day(2027, 1, 1)).due == D(2027, 1, 1)


# --------------------------------------------------------------- plans


def test_plan_rejects_duplicate_goal_ids() -> None:
    """Two goals with one id in a plan are refused, naming the second."""
    with pytest.raises(ValidationError, match=r"goals\[1\]\.id"):
        Plan(mentee=Person(name="Ana"), goals=[Goal(title="a", id="g"), Goal(title="b", id="g")])


def test_plan_rejects_ids_shared_across_goals() -> None:
    """A key result id used in two goals of one plan is refused."""
    first = Goal(title="a", key_results=[KeyResult(title="k", target=1, id="kr")])
    second = Goal(title="b", milestones=[Milestone(title="m", id="kr")])
    with pytest.raises(ValidationError, match=r"goals\[1\]\.milestones\[0\]\.id"):
        Plan(mentee=Person(name="Ana"), goals=[first, second])


def test_plan_rejects_unknown_parent() -> None:
    """A parent_id that names no goal in the plan is refused."""
    with pytest.raises(ValidationError, match=r"goals\[0\]\.parent_id.*'nope'"):
        Plan(mentee=Person(name="Ana"), goals=[Goal(title="a", parent_id="nope")])


def test_plan_rejects_parent_cycles() -> None:
    """Goals whose parents form a cycle are refused, showing the cycle."""
    goals_in_cycle = [
        Goal(title="a", id="a", parent_id="c"),
        Goal(title="b", id="b", parent_id="a"),
        Goal(title="c", id="c", parent_id="b"),
    ]
    with pytest.raises(ValidationError, match="cycle") as caught:
        Plan(mentee=Person(name="Ana"), goals=goals_in_cycle)
    assert "'a' -> 'c' -> 'b' -> 'a'" in str(caught.value)


def test_a_long_parent_cycle_of_hostile_ids_is_named_briefly() -> None:
    """A cycle's ids are quoted, escaped, shortened, and at most five named (issue 14)."""
    ids = [f"goal\x1b[2J{n}" + "x" * 200 for n in range(300)]
    goals = [
        Goal(title="t", id=goal_id, parent_id=ids[(n + 1) % len(ids)])
        for n, goal_id in enumerate(ids)
    ]
    with pytest.raises(ValidationError) as caught:
        Plan(mentee=Person(name="Ana"), goals=goals)
    message = str(caught.value)
    assert "\x1b" not in message
    assert "\\x1b" in message
    assert message.count(" -> ") == 5
    assert message.endswith("... and 296 more)")
    assert len(message) < 400


def test_plan_rejects_mentor_with_mentee_id() -> None:
    """The mentor and the mentee are different people."""
    with pytest.raises(ValidationError, match="mentor"):
        Plan(mentee=Person(name="Ana", id="x"), mentor=Person(name="Bo", id="x"))


def test_plan_rejects_non_goal_items() -> None:
    """Only goals may be listed as a plan's goals."""
    with pytest.raises(ValidationError, match=r"goals\[0\]"):
        Plan(mentee=Person(name="Ana"), goals=["Learn SQL"])  # type: ignore[list-item]


def test_plan_tree_navigation() -> None:
    """goal, children, roots and walk follow parent_id in plan order."""
    plan = Plan(
        mentee=Person(name="Ana", id="ana"),
        goals=[
            Goal(title="Talks", id="talks", parent_id="lead"),
            Goal(title="Lead a team", id="lead"),
            Goal(title="Events", id="events", parent_id="lead"),
            Goal(title="Slides", id="slides", parent_id="talks"),
            Goal(title="Read", id="read"),
        ],
    )
    assert plan.goal("events").title == "Events"
    assert [g.id for g in plan.children("lead")] == ["talks", "events"]
    assert plan.children("read") == ()
    assert [g.id for g in plan.roots()] == ["lead", "read"]
    assert [(d, g.id) for d, g in plan.walk()] == [
        (0, "lead"),
        (1, "talks"),
        (2, "slides"),
        (1, "events"),
        (0, "read"),
    ]


def test_unknown_ids_raise_lookup_errors_naming_the_id() -> None:
    """Every lookup of an unknown id raises an error that is a GoalkitError and a LookupError."""
    plan = Plan(mentee=Person(name="Ana"), goals=[talks_goal()])
    goal = plan.goal("g-talks")
    calls = [
        lambda: plan.goal("g-missing"),
        lambda: plan.children("g-missing"),
        lambda: plan.replace_goal(Goal(title="x", id="g-missing")),
        lambda: plan.remove_goal("g-missing"),
        lambda: goal.check_in("g-missing", 1, D(2027, 2, 1)),
        lambda: goal.complete_milestone("g-missing", D(2027, 2, 1)),
        lambda: goal.key_result("g-missing"),
        lambda: goal.milestone("g-missing"),
    ]
    for call in calls:
        with pytest.raises(UnknownIdError) as caught:
            call()
        assert isinstance(caught.value, LookupError)
        assert isinstance(caught.value, GoalkitError)
        assert caught.value.id == "g-missing"
        assert "'g-missing'" in str(caught.value)


def test_plan_add_replace_remove() -> None:
    """add_goal, replace_goal and remove_goal return new plans and re-validate."""
    plan = Plan(mentee=Person(name="Ana"), goals=[Goal(title="Lead", id="lead")])
    grown = plan.add_goal(Goal(title="Talks", id="talks", parent_id="lead"))
    assert [g.id for g in grown.goals] == ["lead", "talks"]
    assert len(plan.goals) == 1
    renamed = grown.replace_goal(Goal(title="Give talks", id="talks", parent_id="lead"))
    assert renamed.goal("talks").title == "Give talks"
    assert renamed.goals[0] is grown.goals[0]
    with pytest.raises(ValidationError):
        grown.add_goal(Goal(title="Again", id="talks"))
    with pytest.raises(ValidationError, match="parent_id"):
        grown.remove_goal("lead")  # its child would be orphaned
    assert grown.remove_goal("talks") == plan


def test_plan_equality_ignores_private_index() -> None:
    """Two plans with the same content are equal and hash alike."""
    first = Plan(mentee=Person(name="Ana", id="a"), goals=[Goal(title="g", id="g")], id="p")
    second = Plan(mentee=Person(name="Ana", id="a"), goals=[Goal(title="g", id="g")], id="p")
    assert first == second
    assert hash(first) == hash(second)


def test_models_survive_copy_and_pickle() -> None:
    """Goals and plans copy and pickle to equal objects."""
    plan = Plan(mentee=Person(name="Ana"), goals=[talks_goal().achieve(D(2027, 4, 1))])
    assert copy.deepcopy(plan) == plan
    restored = pickle.loads(pickle.dumps(plan))
    assert restored == plan
    assert restored.goal("g-talks").status is GoalStatus.ACHIEVED


# ------------------------------------------------------------- operations


def test_check_in_records_on_the_key_result() -> None:
    """check_in adds a check-in with its confidence, note and author."""
    goal = talks_goal().check_in(
        "kr-talks", 2, D(2027, 2, 28), confidence=8, note="Team meeting", by="ana"
    )
    (entry,) = goal.key_result("kr-talks").check_ins
    assert entry == CheckIn(on=D(2027, 2, 28), value=2, confidence=8, note="Team meeting", by="ana")


def test_check_in_validates() -> None:
    """A check-in with a bad value is refused, and the goal is unchanged."""
    goal = talks_goal()
    with pytest.raises(ValidationError, match=r"CheckIn\.confidence"):
        goal.check_in("kr-talks", 2, D(2027, 2, 28), confidence=12)
    assert goal.key_results[0].check_ins == ()


def test_complete_milestone() -> None:
    """complete_milestone dates the milestone; completing it twice is refused."""
    goal = talks_goal().complete_milestone("m-first", D(2027, 2, 10))
    assert goal.milestone("m-first").completed_on == D(2027, 2, 10)
    assert goal.milestone("m-first").completed_by(D(2027, 2, 10))
    assert not goal.milestone("m-first").completed_by(D(2027, 2, 9))
    with pytest.raises(ValidationError, match=r"already|not yet completed"):
        goal.complete_milestone("m-first", D(2027, 2, 11))


def test_add_review() -> None:
    """add_review appends; a review id already in the goal is refused."""
    review = Review(held_on=D(2027, 2, 28), kind=ReviewKind.SURVEY, rating=4, id="r-1")
    goal = talks_goal().add_review(review)
    assert goal.reviews == (review,)
    with pytest.raises(ValidationError, match=r"reviews\[1\]\.id"):
        goal.add_review(review)


def test_revise_records_old_and_new() -> None:
    """revise applies changes and records each field's (old, new) with the reason and day."""
    goal = talks_goal()
    revised = goal.revise(
        "Conference moved to May", D(2027, 3, 1), due=D(2027, 5, 31), tags=["speaking"]
    )
    assert revised.due == D(2027, 5, 31)
    assert revised.tags == ("speaking",)
    (revision,) = revised.revisions
    assert revision.on == D(2027, 3, 1)
    assert revision.reason == "Conference moved to May"
    assert dict(revision.changes) == {
        "due": (D(2027, 4, 30), D(2027, 5, 31)),
        "tags": ((), ("speaking",)),
    }


def test_revise_records_only_real_changes() -> None:
    """Fields given their current value are not recorded; no change at all is refused."""
    goal = talks_goal()
    revised = goal.revise("Reword", D(2027, 2, 1), title="Give five talks", owner="ana")
    assert set(revised.revisions[0].changes) == {"title"}
    with pytest.raises(ValidationError, match="at least one"):
        goal.revise("Nothing", D(2027, 2, 1), owner="ana")


def test_revise_revalidates() -> None:
    """A revision that breaks an invariant is refused."""
    with pytest.raises(ValidationError, match=r"Goal\.due"):
        talks_goal().revise("Oops", D(2027, 2, 1), due=D(2026, 1, 1))
    with pytest.raises(ValidationError, match=r"Goal\.weight"):
        talks_goal().revise("Oops", D(2027, 2, 1), weight=-3)


def test_revise_refuses_unknown_and_protected_fields() -> None:
    """id, revisions and names that are not Goal fields cannot be revised."""
    for name in ("id", "revisions", "colour"):
        with pytest.raises(ValidationError, match="revisable"):
            talks_goal().revise("Why", D(2027, 2, 1), **{name: "x"})
    assert "title" in REVISABLE_FIELDS
    assert "id" not in REVISABLE_FIELDS


def test_evolve_records_no_revision_and_revise_does() -> None:
    """attrs.evolve changes a goal silently (history says it was always so); revise records it.

    Issue 13: the difference is documented on Goal and the model page, which point to revise.
    """
    goal = talks_goal()
    moved = goal.revise("Conference moved", D(2027, 2, 1), due=D(2027, 6, 30))
    silent = attrs.evolve(goal, due=D(2027, 6, 30))
    assert moved.due == silent.due == D(2027, 6, 30)
    assert len(moved.revisions) == len(goal.revisions) + 1
    assert silent.revisions == goal.revisions
    before = D(2027, 1, 31)
    assert moved.state_on(before).due == goal.due
    assert silent.state_on(before).due == D(2027, 6, 30)
    assert "attrs.evolve" in (Goal.__doc__ or "")
    assert "revise" in (Goal.__doc__ or "")


def test_revise_refusals_carry_the_revision_code() -> None:
    """An unrevisable field, or no change at all, is refused with the code 'revision'."""
    with pytest.raises(ValidationError) as unrevisable:
        talks_goal().revise("Why", D(2027, 2, 1), id="x")
    with pytest.raises(ValidationError) as unchanged:
        talks_goal().revise("Why", D(2027, 2, 1), title=talks_goal().title)
    assert unrevisable.value.code == unchanged.value.code == "revision"


def test_achieve_and_abandon_are_dated_revisions() -> None:
    """achieve and abandon change the status through a dated revision."""
    achieved = talks_goal().achieve(D(2027, 4, 20))
    assert achieved.status is GoalStatus.ACHIEVED
    assert achieved.revisions[-1].changes["status"] == (GoalStatus.ACTIVE, GoalStatus.ACHIEVED)
    assert achieved.status_changed_on(GoalStatus.ACHIEVED) == D(2027, 4, 20)
    abandoned = talks_goal().abandon(D(2027, 3, 1), "Moved teams")
    assert abandoned.status is GoalStatus.ABANDONED
    assert abandoned.revisions[-1].reason == "Moved teams"
    with pytest.raises(ValidationError, match="at least one"):
        achieved.achieve(D(2027, 4, 21))


def test_status_on_reads_history() -> None:
    """status_on gives the status that held on a past day."""
    goal = (
        talks_goal()
        .abandon(D(2027, 3, 1), "Paused")
        .revise("Resumed", D(2027, 3, 15), status=GoalStatus.ACTIVE)
    )
    goal = goal.achieve(D(2027, 4, 20))
    assert goal.status_on(D(2027, 2, 1)) is GoalStatus.ACTIVE
    assert goal.status_on(D(2027, 3, 1)) is GoalStatus.ABANDONED
    assert goal.status_on(D(2027, 3, 14)) is GoalStatus.ABANDONED
    assert goal.status_on(D(2027, 3, 15)) is GoalStatus.ACTIVE
    assert goal.status_on(D(2027, 4, 20)) is GoalStatus.ACHIEVED
    assert goal.status_on(D(2030, 1, 1)) is GoalStatus.ACHIEVED


def test_status_history_lists_each_status_change_in_order() -> None:
    """status_history gives (day, new status) for each revision that changed the status."""
    goal = (
        talks_goal()
        .revise("Sharper", D(2027, 2, 1), title="Give four presentations")
        .abandon(D(2027, 3, 1), "Paused")
        .revise("Resumed", D(2027, 3, 15), status=GoalStatus.ACTIVE)
        .achieve(D(2027, 4, 20))
    )
    assert goal.status_history() == (
        (D(2027, 3, 1), GoalStatus.ABANDONED),
        (D(2027, 3, 15), GoalStatus.ACTIVE),
        (D(2027, 4, 20), GoalStatus.ACHIEVED),
    )
    assert goal.status_changed_on(GoalStatus.ABANDONED) == D(2027, 3, 1)
    assert goal.status_changed_on(GoalStatus.ACHIEVED, until=D(2027, 4, 19)) is None
    assert goal.status_changed_on(GoalStatus.ACHIEVED, until=D(2027, 4, 20)) == D(2027, 4, 20)
    assert goal.status_changed_on(GoalStatus.ACTIVE, until=D(2027, 3, 14)) is None


def test_status_without_history_is_constant() -> None:
    """A goal built with a status and no revisions had it all along."""
    goal = Goal(title="Learn SQL", status=GoalStatus.DRAFT)
    assert goal.status_on(D(1990, 1, 1)) is GoalStatus.DRAFT
    assert goal.status_changed_on(GoalStatus.ACHIEVED) is None


# -------------------------------------------------------------- properties


@given(goals(), st.data())
def test_operations_never_mutate(goal: Goal, data: st.DataObject) -> None:
    """check_in, complete_milestone, add_review, revise and achieve leave the original alone."""
    before = copy.deepcopy(goal)
    day = D(2030, 6, 1)
    if goal.key_results:
        goal.check_in(goal.key_results[0].id, 1, day)
    for milestone in goal.milestones:
        if milestone.completed_on is None:
            goal.complete_milestone(milestone.id, day)
    goal.add_review(Review(held_on=day, id="new-review-id"))
    goal.revise("Reworded", day, title=goal.title + " (revised)")
    if goal.status is not GoalStatus.ACHIEVED:
        goal.achieve(day)
    assert goal == before


@given(st.lists(check_ins(), max_size=12), st.randoms())
def test_check_ins_sorted_whatever_the_insertion_order(
    entries: list[CheckIn], random: object
) -> None:
    """However check-ins are inserted, they end up in date order, same-day order kept."""
    goal = Goal(title="g", key_results=[KeyResult(title="k", target=1, baseline=0, id="k")])
    for entry in entries:
        goal = goal.check_in(
            "k",
            entry.value,
            entry.on,
            confidence=entry.confidence,
            note=entry.note,
            by=entry.by,
        )
    stored = goal.key_result("k").check_ins
    assert [c.on for c in stored] == sorted(c.on for c in entries)
    # Same-day entries keep insertion order (a stable sort of the input).
    assert list(stored) == sorted(entries, key=lambda c: c.on)


@given(goals(), st.sampled_from(["title", "relevance", "weight", "description", "owner"]))
def test_revise_reproduces_old_and_new(goal: Goal, field: str) -> None:
    """Reading a revision gives back the value before and the value after."""
    new_values = {
        "title": goal.title + "!",
        "relevance": goal.relevance + " because it matters",
        "weight": goal.weight + 1,
        "description": goal.description + ".",
        "owner": (goal.owner or "") + "x",
    }
    old = getattr(goal, field)
    revised = goal.revise("Adjusted with my mentor", D(2030, 1, 1), **{field: new_values[field]})
    assert revised.revisions[-1].changes[field] == (old, new_values[field])
    assert getattr(revised, field) == new_values[field]
    assert revised.revisions[:-1] == goal.revisions


@given(plans())
def test_generated_plans_navigate_consistently(plan: Plan) -> None:
    """walk visits every goal once, parents before children; children agree with parent_id."""
    walked = [goal.id for _, goal in plan.walk()]
    assert sorted(walked) == sorted(goal.id for goal in plan.goals)
    position = {goal_id: index for index, goal_id in enumerate(walked)}
    for goal in plan.goals:
        if goal.parent_id is not None:
            assert position[goal.parent_id] < position[goal.id]
            assert goal in plan.children(goal.parent_id)
        assert plan.goal(goal.id) is goal


REVISION_TYPE_ERRORS = [
    ("title", ("Give talks", "")),
    ("due", ("2027-01-01", None)),
    ("status", (GoalStatus.ACTIVE, "achieved")),
    ("weight", (1, -1)),
    ("weight", (1, True)),
    ("tags", ((), ("",))),
    ("key_results", ((), ("not a key result",))),
    ("parent_id", (None, " padded ")),
    ("start", (None, datetime.datetime(2027, 1, 1))),
]


@pytest.mark.parametrize(("field", "pair"), REVISION_TYPE_ERRORS)
def test_revision_values_must_have_the_field_type(field: str, pair: tuple[object, object]) -> None:
    """Both the old and the new value of a change must be valid for the Goal field."""
    with pytest.raises(ValidationError, match=rf"Revision\.changes\.{field}\[[01]\]"):
        Revision(on=D(2027, 1, 1), reason="Adjusted", changes={field: pair})


def test_revision_accepts_lists_for_tuple_fields() -> None:
    """Lists inside a change are stored as tuples, like the Goal fields they mirror."""
    revision = Revision(on=D(2027, 1, 1), reason="Tagged", changes={"tags": [[], ["speaking"]]})
    assert revision.changes["tags"] == ((), ("speaking",))
    assert hash(revision) == hash(
        Revision(on=D(2027, 1, 1), reason="Tagged", changes={"tags": ((), ("speaking",))})
    )


# ---------------------------------------------------------------- agreement


def _draft_plan(mentor: bool = True) -> Plan:
    from goalkit import GoalStatus, Person

    return Plan(
        mentee=Person(name="Ana Diaz", id="ana"),
        mentor=Person(name="Sam Okafor", id="sam") if mentor else None,
        goals=[
            Goal(
                title="Enhance my public speaking skills by giving five presentations "
                "in the next three months",
                id="g-talks",
                status=GoalStatus.DRAFT,
                start=D(2027, 1, 4),
                due=D(2027, 4, 2),
            )
        ],
    )


def test_a_goal_is_active_once_mentee_and_mentor_have_agreed() -> None:
    """Ana agrees on 8 January, Sam on 11 January: DRAFT until the 11th, ACTIVE from it."""
    from goalkit import Agreement, GoalStatus

    plan = _draft_plan().agree("g-talks", "ana", D(2027, 1, 8))
    assert plan.goal("g-talks").status is GoalStatus.DRAFT
    plan = plan.agree("g-talks", "sam", D(2027, 1, 11))
    goal = plan.goal("g-talks")
    assert goal.agreements == (
        Agreement(by="ana", on=D(2027, 1, 8)),
        Agreement(by="sam", on=D(2027, 1, 11)),
    )
    assert goal.status is GoalStatus.ACTIVE
    assert goal.status_on(D(2027, 1, 10)) is GoalStatus.DRAFT
    assert goal.status_on(D(2027, 1, 11)) is GoalStatus.ACTIVE
    assert goal.revisions[-1].reason == "Agreed by mentee and mentor"


def test_agreements_entered_out_of_order_activate_on_the_last_day() -> None:
    """Sam's agreement of the 11th entered before Ana's of the 8th: active from the 11th."""
    from goalkit import GoalStatus

    plan = (
        _draft_plan().agree("g-talks", "sam", D(2027, 1, 11)).agree("g-talks", "ana", D(2027, 1, 8))
    )
    goal = plan.goal("g-talks")
    assert [agreement.by for agreement in goal.agreements] == ["ana", "sam"]
    assert goal.status_history() == ((D(2027, 1, 11), GoalStatus.ACTIVE),)


def test_without_a_mentor_the_mentee_agrees_alone() -> None:
    """A self-mentored plan: the mentee's agreement makes the goal active."""
    from goalkit import GoalStatus

    plan = _draft_plan(mentor=False).agree("g-talks", "ana", D(2027, 1, 8))
    assert plan.goal("g-talks").status is GoalStatus.ACTIVE


def test_only_the_mentee_or_mentor_agree() -> None:
    """Someone outside the plan cannot agree a goal; the error names both who can."""
    with pytest.raises(
        ValidationError,
        match=r"Plan.agree.by: expected the id of the plan's mentee or mentor "
        r"\('ana', 'sam'\), got 'lee'",
    ):
        _draft_plan().agree("g-talks", "lee", D(2027, 1, 8))


def test_an_agreement_needs_an_id_and_a_date() -> None:
    """Agreement(by, on) is checked like every model value."""
    from goalkit import Agreement

    with pytest.raises(ValidationError, match=r"Agreement\.by"):
        Agreement(by="", on=D(2027, 1, 8))
    with pytest.raises(ValidationError, match=r"Agreement\.on"):
        Agreement(by="ana", on=datetime.datetime(2027, 1, 8))  # type: ignore[arg-type]


@given(
    ana=st.dates(D(2027, 1, 1), D(2027, 3, 1)),
    sam=st.dates(D(2027, 1, 1), D(2027, 3, 1)),
    day=st.dates(D(2026, 12, 1), D(2027, 4, 1)),
)
def test_time_travel_sees_the_draft_until_both_agreed(
    ana: datetime.date, sam: datetime.date, day: datetime.date
) -> None:
    """Whatever the order and days, the goal is DRAFT before the later agreement, ACTIVE from it."""
    from goalkit import GoalStatus

    plan = _draft_plan().agree("g-talks", "ana", ana).agree("g-talks", "sam", sam)
    expected = GoalStatus.ACTIVE if day >= max(ana, sam) else GoalStatus.DRAFT
    assert plan.goal("g-talks").status_on(day) is expected


def test_agreements_round_trip_in_documents() -> None:
    """An agreed goal, written and read back, is the same goal."""
    from goalkit import from_json, to_dict, to_json

    plan = (
        _draft_plan().agree("g-talks", "ana", D(2027, 1, 8)).agree("g-talks", "sam", D(2027, 1, 11))
    )
    assert from_json(Plan, to_json(plan)) == plan
    assert to_dict(plan)["goals"][0]["agreements"][0] == {"by": "ana", "on": "2027-01-08"}


@pytest.mark.parametrize(
    ("build", "message", "code"),
    [
        (
            lambda: CheckIn(on=D(2027, 1, 1), value=1, confidence=11),
            "CheckIn.confidence: expected an integer from 0 to 10 or None, got 11",
            "range",
        ),
        (
            lambda: CheckIn(on=D(2027, 1, 1), value=1, confidence=True),
            "CheckIn.confidence: expected an integer from 0 to 10 or None, got True",
            "type",
        ),
        (
            lambda: Review(held_on=D(2027, 1, 1), rating=0),
            "Review.rating: expected an integer from 1 to 5 or None, got 0",
            "range",
        ),
        (
            lambda: Review(held_on=D(2027, 1, 1), rating="3"),
            "Review.rating: expected an integer from 1 to 5 or None, got '3'",
            "type",
        ),
    ],
)
def test_confidence_and_rating_share_one_range_check(build, message, code) -> None:
    """A check-in's confidence and a review's rating say a wrong value the same way."""
    with pytest.raises(ValidationError) as caught:
        build()
    assert str(caught.value) == message
    assert caught.value.code == code

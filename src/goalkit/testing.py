"""Hypothesis strategies that generate valid goalkit objects, for your own property tests.

Every strategy generates only objects that construct without error: titles
are never blank, due dates never precede start dates, ids are unique within
a goal and within a plan, parent links never form cycles.

Examples:
    >>> from hypothesis import given
    >>> from goalkit.testing import goals
    >>> @given(goals())
    ... def test_title_is_never_blank(goal):
    ...     assert goal.title.strip()
    >>> test_title_is_never_blank()
"""

from __future__ import annotations

import datetime
import functools
from typing import Any

import attrs
from hypothesis import find  # noqa: F401 - the docstring examples use it
from hypothesis import strategies as st

from goalkit._model.cadence import Cadence
from goalkit._model.enums import Ambition, Direction, GoalKind, GoalStatus, ReviewKind
from goalkit._model.goal import Agreement, Goal, Revision
from goalkit._model.measures import CheckIn, KeyResult, Milestone, Review
from goalkit._model.plan import Person, Plan
from goalkit._schedule import CadenceUnit

__all__ = [
    "agreements",
    "cadences",
    "check_ins",
    "dates",
    "goals",
    "key_results",
    "milestones",
    "people",
    "plans",
    "reviews",
    "revisions",
]

#: The span of days the strategies draw from; far enough apart to cover leap years.
MIN_DATE = datetime.date(2000, 1, 1)
MAX_DATE = datetime.date(2100, 12, 31)

_ID_ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789-"

# Every factory below is cached: building a strategy is costly (hypothesis
# validates it on first draw), and composites that call factories on each draw
# would otherwise rebuild them thousands of times per test.


@functools.cache
def dates(
    min_value: datetime.date = MIN_DATE, max_value: datetime.date = MAX_DATE
) -> st.SearchStrategy[datetime.date]:
    """Calendar days (never datetimes) between *min_value* and *max_value*.

    Examples:
        >>> import datetime
        >>> find(dates(datetime.date(2027, 1, 1), datetime.date(2027, 1, 1)), lambda _: True)
        datetime.date(2027, 1, 1)
    """
    return st.dates(min_value=min_value, max_value=max_value)


@functools.cache
def text(*, min_size: int = 0, max_size: int = 40) -> st.SearchStrategy[str]:
    """Printable text; with ``min_size >= 1`` never blank.

    Examples:
        >>> find(text(min_size=1), lambda _: True).strip() != ""
        True
    """
    alphabet = st.characters(codec="utf-8", categories=["L", "N", "P", "Zs"])
    strategy = st.text(alphabet, min_size=min_size, max_size=max_size)
    if min_size >= 1:
        strategy = strategy.filter(lambda value: bool(value.strip()))
    return strategy


@functools.cache
def ids() -> st.SearchStrategy[str]:
    """Short ids such as ``"kr-3"``: lower-case letters, digits and dashes.

    Examples:
        >>> find(ids(), lambda _: True) != ""
        True
    """
    return st.text(_ID_ALPHABET, min_size=1, max_size=12)


@functools.cache
def numbers(*, min_value: float = -1e6, max_value: float = 1e6) -> st.SearchStrategy[float]:
    """Finite numbers: integers and floats, never booleans.

    Examples:
        >>> import math
        >>> math.isfinite(find(numbers(), lambda _: True))
        True
    """
    return st.one_of(
        st.integers(min_value=int(min_value), max_value=int(max_value)),
        st.floats(min_value=min_value, max_value=max_value, allow_nan=False, allow_infinity=False),
    )


@functools.cache
def weights() -> st.SearchStrategy[float]:
    """Weights: mostly 1, sometimes 0 or another non-negative number.

    Examples:
        >>> find(weights(), lambda _: True) >= 0
        True
    """
    return st.one_of(st.just(1), st.just(0), st.integers(0, 10), st.floats(0, 10))


@functools.cache
def people() -> st.SearchStrategy[Person]:
    """`Person` values.

    Examples:
        >>> find(people(), lambda _: True).name.strip() != ""
        True
    """
    return st.builds(Person, name=text(min_size=1), id=ids())


@functools.cache
def check_ins(
    *,
    min_date: datetime.date = MIN_DATE,
    max_date: datetime.date = MAX_DATE,
    values: st.SearchStrategy[float] | None = None,
) -> st.SearchStrategy[CheckIn]:
    """`CheckIn` values dated between *min_date* and *max_date*.

    Examples:
        >>> import datetime
        >>> find(check_ins(min_date=datetime.date(2027, 1, 1),
        ...           max_date=datetime.date(2027, 12, 31)), lambda _: True).on.year
        2027
    """
    return st.builds(
        CheckIn,
        on=dates(min_date, max_date),
        value=numbers() if values is None else values,
        confidence=st.none() | st.integers(0, 10),
        note=text(),
        by=st.none() | ids(),
    )


@functools.cache
@st.composite
def key_results(
    draw: st.DrawFn,
    *,
    id: st.SearchStrategy[str] | None = None,  # noqa: A002 - mirrors the field name
    max_check_ins: int = 5,
    min_date: datetime.date = MIN_DATE,
    max_date: datetime.date = MAX_DATE,
) -> KeyResult:
    """`KeyResult` values of every direction, with up to *max_check_ins* check-ins.

    Examples:
        >>> kr = find(key_results(), lambda _: True)
        >>> kr.direction is not None
        True
    """
    direction = draw(st.sampled_from([None, *Direction]))
    baseline = draw(numbers())
    if direction in (Direction.AT_LEAST, Direction.AT_MOST):
        target = draw(numbers())
    else:
        target = draw(numbers().filter(lambda value: value != baseline))
        if direction is not None:
            direction = Direction.INCREASE if target > baseline else Direction.DECREASE
    return KeyResult(
        title=draw(text(min_size=1)),
        target=target,
        baseline=baseline,
        unit=draw(st.sampled_from(["", "presentations", "events", "%", "hours"])),
        direction=direction,
        weight=draw(weights()),
        due=draw(st.none() | dates(min_date, max_date)),
        check_ins=draw(
            st.lists(check_ins(min_date=min_date, max_date=max_date), max_size=max_check_ins)
        ),
        id=draw(ids() if id is None else id),
    )


@functools.cache
def milestones(
    *,
    id: st.SearchStrategy[str] | None = None,  # noqa: A002 - mirrors the field name
    min_date: datetime.date = MIN_DATE,
    max_date: datetime.date = MAX_DATE,
) -> st.SearchStrategy[Milestone]:
    """`Milestone` values, completed or not.

    Examples:
        >>> find(milestones(), lambda _: True).title.strip() != ""
        True
    """
    return st.builds(
        Milestone,
        title=text(min_size=1),
        due=st.none() | dates(min_date, max_date),
        completed_on=st.none() | dates(min_date, max_date),
        weight=weights(),
        id=ids() if id is None else id,
    )


@functools.cache
def reviews(
    *,
    id: st.SearchStrategy[str] | None = None,  # noqa: A002 - mirrors the field name
    min_date: datetime.date = MIN_DATE,
    max_date: datetime.date = MAX_DATE,
) -> st.SearchStrategy[Review]:
    """`Review` values of every kind.

    Examples:
        >>> find(reviews(), lambda _: True).kind in set(ReviewKind)
        True
    """
    return st.builds(
        Review,
        held_on=dates(min_date, max_date),
        kind=st.sampled_from(ReviewKind),
        reviewer=st.none() | ids(),
        notes=text(),
        rating=st.none() | st.integers(1, 5),
        next_steps=st.lists(text(min_size=1), max_size=3).map(tuple),
        id=ids() if id is None else id,
    )


@functools.cache
def agreements(
    *,
    by: st.SearchStrategy[str] | None = None,
    min_date: datetime.date = MIN_DATE,
    max_date: datetime.date = MAX_DATE,
) -> st.SearchStrategy[Agreement]:
    """`Agreement` values: someone's agreement to a goal on a day.

    Examples:
        >>> find(agreements(by=st.just("ana")), lambda _: True).by
        'ana'
    """
    return st.builds(Agreement, by=ids() if by is None else by, on=dates(min_date, max_date))


def _change(name: str, values: st.SearchStrategy[Any]) -> st.SearchStrategy[tuple[str, Any]]:
    return st.tuples(st.just(name), st.tuples(values, values))


@functools.cache
def revisions(
    *,
    min_date: datetime.date = MIN_DATE,
    max_date: datetime.date = MAX_DATE,
    max_changes: int = 3,
    with_collections: bool = True,
) -> st.SearchStrategy[Revision]:
    """`Revision` values changing any revisable goal field, with up to *max_changes* changes.

    Both sides of each change are valid values of that `Goal` field. With
    *with_collections* (the default), changes to tags, key results,
    milestones and reviews are drawn too (kept small).

    Examples:
        >>> revision = find(revisions(max_changes=1), lambda _: True)
        >>> len(revision.changes)
        1
    """
    optional_dates = st.none() | dates(min_date, max_date)
    options = [
        _change("title", text(min_size=1)),
        _change("description", text()),
        _change("relevance", text()),
        _change("kind", st.sampled_from(GoalKind)),
        _change("status", st.sampled_from(GoalStatus)),
        _change("owner", st.none() | ids()),
        _change("parent_id", st.none() | ids()),
        _change("start", optional_dates),
        _change("due", optional_dates),
        _change("weight", weights()),
        _change("ambition", st.sampled_from(Ambition)),
    ]
    if with_collections:
        small = {"min_date": min_date, "max_date": max_date}
        options += [
            _change("tags", st.lists(text(min_size=1, max_size=15), max_size=3).map(tuple)),
            _change(
                "key_results",
                st.lists(key_results(max_check_ins=2, **small), max_size=2).map(tuple),
            ),
            _change("milestones", st.lists(milestones(**small), max_size=2).map(tuple)),
            _change("reviews", st.lists(reviews(**small), max_size=2).map(tuple)),
        ]
    return st.builds(
        Revision,
        on=dates(min_date, max_date),
        reason=text(min_size=1),
        changes=st.lists(
            st.one_of(options), min_size=1, max_size=max(max_changes, 1), unique_by=lambda c: c[0]
        ).map(dict),
    )


@functools.cache
@st.composite
def goals(
    draw: st.DrawFn,
    *,
    max_key_results: int = 4,
    max_milestones: int = 4,
    max_reviews: int = 2,
    max_revisions: int = 2,
    max_check_ins: int = 5,
    id_prefix: str | None = None,
) -> Goal:
    """`Goal` values with unique ids inside, dates in order, and bounded collections.

    Examples:
        >>> goal = find(goals(max_key_results=2), lambda _: True)
        >>> len(goal.key_results) <= 2
        True
    """
    prefix = draw(ids()) if id_prefix is None else id_prefix
    start = draw(st.none() | dates())
    due = draw(st.none() | dates(min_value=start or MIN_DATE))
    krs = draw(st.lists(key_results(max_check_ins=max_check_ins), max_size=max_key_results))
    ms = draw(st.lists(milestones(), max_size=max_milestones))
    rvs = draw(st.lists(reviews(), max_size=max_reviews))
    # Ids are drawn freely above, then made unique here: cheaper than filtering.
    krs = [attrs.evolve(kr, id=f"{prefix}.kr{index}") for index, kr in enumerate(krs)]
    ms = [attrs.evolve(m, id=f"{prefix}.m{index}") for index, m in enumerate(ms)]
    rvs = [attrs.evolve(r, id=f"{prefix}.r{index}") for index, r in enumerate(rvs)]
    return Goal(
        title=draw(text(min_size=1, max_size=120)),
        id=prefix,
        description=draw(text()),
        kind=draw(st.sampled_from(GoalKind)),
        owner=draw(st.none() | ids()),
        start=start,
        due=due,
        status=draw(st.sampled_from(GoalStatus)),
        weight=draw(weights()),
        relevance=draw(text()),
        tags=tuple(draw(st.lists(text(min_size=1, max_size=15), max_size=3))),
        key_results=krs,
        milestones=ms,
        reviews=rvs,
        revisions=draw(st.lists(revisions(), max_size=max_revisions)),
        agreements=draw(st.lists(agreements(), max_size=2)),
        ambition=draw(st.sampled_from(Ambition)),
        # An open plan's goals have no outcome (goalkit.close sets them): none is drawn here.
        carried_from=draw(st.none() | ids()),
    )


@functools.cache
def cadences() -> st.SearchStrategy[Cadence]:
    """`Cadence` values: every 1-4 weeks, months, quarters or years.

    Examples:
        >>> find(cadences(), lambda _: True).every >= 1
        True
    """
    return st.builds(
        Cadence, every=st.integers(1, 4), unit=st.sampled_from(CadenceUnit), anchor=dates()
    )


@functools.cache
@st.composite
def plans(
    draw: st.DrawFn,
    *,
    max_goals: int = 6,
    max_key_results: int = 3,
    max_milestones: int = 3,
    max_reviews: int = 2,
    max_revisions: int = 2,
    max_check_ins: int = 5,
) -> Plan:
    """`Plan` values whose goals form a forest (each parent listed before its children).

    The ``max_*`` options bound the size of what is drawn: goals in the
    plan, and key results, milestones, reviews and revisions per goal,
    check-ins per key result.

    Examples:
        >>> plan = find(plans(max_goals=3), lambda _: True)
        >>> len(plan.goals) <= 3
        True
    """
    count = draw(st.integers(0, max_goals))
    built: list[Goal] = []
    for index in range(count):
        goal = draw(
            goals(
                id_prefix=f"g{index}",
                max_key_results=max_key_results,
                max_milestones=max_milestones,
                max_reviews=max_reviews,
                max_revisions=max_revisions,
                max_check_ins=max_check_ins,
            )
        )
        parent = draw(st.none() | st.sampled_from(built)) if built else None
        built.append(goal if parent is None else attrs.evolve(goal, parent_id=parent.id))
    mentee = draw(people())
    mentor = draw(st.none() | people().filter(lambda person: person.id != mentee.id))
    return Plan(
        mentee=mentee,
        mentor=mentor,
        goals=built,
        cadence=draw(st.none() | cadences()),
        id=draw(ids()),
        title=draw(text()),
    )

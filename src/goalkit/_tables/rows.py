"""Plans as flat rows, one table at a time: `records`.

Each table has one small function that yields its rows for one plan as of
one day. The day is `datetime.date.max` for "everything recorded" (the
entity tables without *as_of*); the `progress` and `agenda` tables always
have a real day (today without *as_of*).
What a plan looked like on a day is read through `Goal.state_on`, the same
path progress and SMART take, so the rows agree with the reports.
"""

from __future__ import annotations

import datetime
import json
from collections.abc import Callable, Iterable, Iterator
from typing import Any, Final, TypeAlias

from goalkit._errors import ArgumentTypeError
from goalkit._measure import share
from goalkit._model import Goal, KeyResult, Plan
from goalkit._model.checks import check_date
from goalkit._model.goal import horizon_between
from goalkit._progress import progress_by_goal
from goalkit._progress.policy import as_of_day
from goalkit._rhythm import Agenda, agenda
from goalkit._serialize import to_dict
from goalkit._smart import assess_plan
from goalkit._tables.columns import table_columns

__all__ = ["records", "table_rows"]

Row: TypeAlias = dict[str, Any]
_RowsOf: TypeAlias = Callable[[Plan, datetime.date], Iterator[Row]]

#: "Everything recorded": no recorded day is later.
_ALL_RECORDED: Final = datetime.date.max


def _value(member: Any) -> Any:
    """An enum's value, or None."""
    return None if member is None else member.value


def _keys(plan: Plan, goal: Goal) -> Row:
    """The columns that join a row about a goal (or what it holds) to its plan and its goal."""
    return {"plan_id": plan.id, "goal_id": goal.id}


def _plans_rows(plan: Plan, _day: datetime.date) -> Iterator[Row]:
    mentor, cadence = plan.mentor, plan.cadence
    yield {
        "plan_id": plan.id,
        "title": plan.title,
        "mentee_id": plan.mentee.id,
        "mentee_name": plan.mentee.name,
        "mentor_id": None if mentor is None else mentor.id,
        "mentor_name": None if mentor is None else mentor.name,
        "cadence_every": None if cadence is None else cadence.every,
        "cadence_unit": None if cadence is None else cadence.unit.value,
        "cadence_anchor": None if cadence is None else cadence.anchor,
    }


def _goals_rows(plan: Plan, day: datetime.date) -> Iterator[Row]:
    for goal in plan.goals:
        state = goal.state_on(day)
        yield {
            **_keys(plan, goal),
            "parent_id": goal.parent_id,
            "title": goal.title,
            "description": goal.description,
            "kind": goal.kind.value,
            "owner": goal.owner,
            "start": state.start,
            "due": state.due,
            "status": state.status.value,
            "weight": float(state.weight),
            "relevance": goal.relevance,
            "tags": list(goal.tags),
            "horizon": _value(horizon_between(state.start, state.due)),
        }


def _key_results(plan: Plan, day: datetime.date) -> Iterator[tuple[Goal, KeyResult]]:
    for goal in plan.goals:
        for key_result in goal.state_on(day).key_results:
            yield goal, key_result


def _key_results_rows(plan: Plan, day: datetime.date) -> Iterator[Row]:
    for goal, key_result in _key_results(plan, day):
        value = key_result.value_on(day)
        last = key_result.last_check_in(day)
        yield {
            **_keys(plan, goal),
            "key_result_id": key_result.id,
            "title": key_result.title,
            "target": float(key_result.target),
            "baseline": float(key_result.baseline),
            "unit": key_result.unit,
            "direction": key_result.resolved_direction.value,
            "weight": float(key_result.weight),
            "due": key_result.due,
            "value": float(value),
            "progress": share(key_result, value),
            "last_check_in_on": None if last is None else last.on,
        }


def _check_ins_rows(plan: Plan, day: datetime.date) -> Iterator[Row]:
    for goal, key_result in _key_results(plan, day):
        for position, check_in in enumerate(key_result.check_ins_until(day)):
            yield {
                **_keys(plan, goal),
                "key_result_id": key_result.id,
                "position": position,
                "on": check_in.on,
                "value": float(check_in.value),
                "confidence": check_in.confidence,
                "note": check_in.note,
                "by": check_in.by,
            }


def _milestones_rows(plan: Plan, day: datetime.date) -> Iterator[Row]:
    for goal in plan.goals:
        for milestone in goal.state_on(day).milestones:
            completed_on = milestone.completed_on
            yield {
                **_keys(plan, goal),
                "milestone_id": milestone.id,
                "title": milestone.title,
                "due": milestone.due,
                "completed_on": completed_on if milestone.completed_by(day) else None,
                "weight": float(milestone.weight),
            }


def _reviews_rows(plan: Plan, day: datetime.date) -> Iterator[Row]:
    for goal in plan.goals:
        for review in goal.reviews:
            if review.held_on <= day:
                yield {
                    **_keys(plan, goal),
                    "review_id": review.id,
                    "held_on": review.held_on,
                    "kind": review.kind.value,
                    "reviewer": review.reviewer,
                    "notes": review.notes,
                    "rating": review.rating,
                    "next_steps": list(review.next_steps),
                }


def _revisions_rows(plan: Plan, day: datetime.date) -> Iterator[Row]:
    for goal in plan.goals:
        for position, revision in enumerate(goal.revisions):
            if revision.on <= day:
                changes = to_dict(revision)["changes"]
                yield {
                    **_keys(plan, goal),
                    "position": position,
                    "on": revision.on,
                    "reason": revision.reason,
                    "fields": list(revision.changes),
                    # As the document writes them: {field: [old, new]}, each value encoded
                    # like the field, so any field's change fits one text column.
                    "changes": json.dumps(changes, ensure_ascii=False),
                }


def _agreements_rows(plan: Plan, day: datetime.date) -> Iterator[Row]:
    for goal in plan.goals:
        # In date order, as Goal keeps them: position 0 is the first agreement.
        for position, agreement in enumerate(goal.agreements):
            if agreement.on <= day:
                yield {
                    **_keys(plan, goal),
                    "position": position,
                    "by": agreement.by,
                    "on": agreement.on,
                }


def _progress_rows(plan: Plan, day: datetime.date) -> Iterator[Row]:
    results = progress_by_goal(plan, as_of=day)
    reports = assess_plan(plan, as_of=day)
    for goal in plan.goals:
        result, report = results[goal.id], reports[goal.id]
        yield {
            **_keys(plan, goal),
            "as_of": day,
            "status": goal.status_on(day).value,
            "value": result.value,
            "expected": result.expected,
            "health": result.health.value,
            "forecast": result.forecast,
            "smart_passed": report.passed,
            "smart_score": float(report.score),
            "stale": result.stale,
            "last_activity": result.last_activity,
        }


def _agenda_rows(plan: Plan, day: datetime.date) -> Iterator[Row]:
    # Annotated with Agenda, imported beside agenda: with agenda imported alone, mypy took the
    # name for the submodule goalkit._rhythm.agenda ("Module not callable").
    items: Agenda = agenda(plan, today=day)
    for item in items:
        yield {
            "plan_id": plan.id,
            "goal_id": item.goal_id,
            "as_of": day,
            "kind": item.kind.value,
            "person": item.person,
            "subject_id": item.subject_id,
            "due": item.due,
            "message": item.message,
            "hint": item.hint,
        }


#: The tables computed as of one day, today without *as_of*; the others default to everything.
_AS_OF_A_DAY: Final = frozenset({"progress", "agenda"})

_ROWS: Final[dict[str, _RowsOf]] = {
    "plans": _plans_rows,
    "goals": _goals_rows,
    "key_results": _key_results_rows,
    "check_ins": _check_ins_rows,
    "milestones": _milestones_rows,
    "reviews": _reviews_rows,
    "revisions": _revisions_rows,
    "agreements": _agreements_rows,
    "progress": _progress_rows,
    "agenda": _agenda_rows,
}


def _each_plan(function: str, plans: object) -> Iterator[Plan]:
    """*plans* as Plans: one Plan, or any iterable of them, each checked."""
    if type(plans) is Plan:
        yield plans
        return
    if isinstance(plans, str | bytes | dict) or not isinstance(plans, Iterable):
        raise ArgumentTypeError(function, "plans", "a Plan or an iterable of Plans", got=plans)
    for index, plan in enumerate(plans):
        if type(plan) is not Plan:
            raise ArgumentTypeError(function, f"plans[{index}]", "a Plan", got=plan)
        yield plan


def records(
    plans: Plan | Iterable[Plan], table: str, *, as_of: datetime.date | None = None
) -> list[dict[str, Any]]:
    """The rows of one table for one plan or many, for data frames, databases and warehouses.

    Each row is a plain dict with every column of the table (see `columns`
    and the reference page "Tables"), defaults filled in: ids are strings,
    dates `datetime.date`, enums their values, measured numbers (targets,
    values, weights) floats, positions, confidence and ratings ints, lists
    of text lists. Every row carries the ids that join it: `plan_id` always,
    then `goal_id`, `key_result_id`, ...; a row's own id is named after its
    table (`goal_id` in `goals`). Ids are unique within a plan, so join on
    `plan_id` and the id together. Text is passed through as recorded: it is
    data, never markup; escape it where you display it.

    Without *as_of*, the tables hold everything recorded, and `progress` and
    `agenda` (`goalkit.agenda`'s items, one row each) are computed as of
    today. With *as_of*, every table shows the plans as they were on that
    day: no check-in, review, revision, agreement or completion after it,
    goals' status, dates and weight as they were (revisions after the day
    undone), and key results' values as of the day.

    Args:
        plans: a `Plan`, or an iterable of them (a list, a generator).
        table: one of `TABLES`: `plans`, `goals`, `key_results`,
            `check_ins`, `milestones`, `reviews`, `revisions`,
            `agreements`, `progress`, `agenda`.
        as_of: the day the rows are for.

    Raises:
        ValidationError: *table* is not one of `TABLES`, *as_of* is not a
            date, or *plans* is not a Plan or an iterable of Plans (an
            `ArgumentTypeError`, naming the position of the first that is not).

    Examples:
        >>> import datetime, goalkit
        >>> plan = goalkit.example_plan()
        >>> rows = goalkit.records(plan, "progress", as_of=datetime.date(2026, 11, 13))
        >>> [(row["goal_id"], row["health"]) for row in rows][:2]
        [('g-team-lead', 'on_track'), ('g-presentations', 'at_risk')]
        >>> goalkit.records(plan, "check_ins")[0]
        {'plan_id': 'plan-ana-team-lead', 'goal_id': 'g-team-lead', 'key_result_id': 'kr-plannings',
         'position': 0, 'on': datetime.date(2026, 8, 3), 'value': 1.0, 'confidence': 7,
         'note': 'Ran the planning while Priya was away', 'by': 'ana'}
    """
    return table_rows("records", plans, table, as_of)


def table_rows(function: str, plans: object, table: object, as_of: object) -> list[Row]:
    """`records`, with errors that name *function*: the one path to rows for every public caller.

    Examples:
        >>> import goalkit
        >>> table_rows("to_pandas", ["not a plan"], "goals", None)
        Traceback (most recent call last):
        ...
        goalkit._errors.ArgumentTypeError: to_pandas.plans[0]: expected a Plan, got 'not a plan'
    """
    table_columns(function, table)
    if as_of is not None:
        check_date(function, "as_of", as_of)
    rows_of = _ROWS[table]  # type: ignore[index]  # table_columns checked it is a table's name
    if table in _AS_OF_A_DAY:
        day = as_of_day(function, as_of)
    else:
        day = _ALL_RECORDED if as_of is None else as_of  # type: ignore[assignment]
    rows: list[Row] = []
    for plan in _each_plan(function, plans):
        rows.extend(rows_of(plan, day))
    return rows

"""Time-bound: a deadline after the start.

A due date after the start, or a time frame in the statement ("within six
months", "by June 2027"), bounds a goal in time; a deadline only in the
words is advice to record it. An active goal past its due date, and
key-result or milestone dates outside the goal's span, draw warnings.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterator

from goalkit._model import Goal, GoalStatus
from goalkit._smart.catalogue import CATALOGUE, finding
from goalkit._smart.findings import Finding, quote
from goalkit._smart.policy import SmartContext
from goalkit._text import TimeFrame
from goalkit._words import plural

__all__ = ["dates_inside_span", "deadline"]


def deadline(goal: Goal, context: SmartContext) -> Iterator[Finding]:
    """T-NO-DEADLINE, T-TEXT-ONLY, T-NO-SPAN, T-NO-START, T-TEXT-MISMATCH and T-PAST-DUE.

    The goal has a due date after its start, or at least a time frame in
    its statement; the two agree; and an active goal is not past its due.
    """
    frames = context.analysis.time_frames
    if goal.due is None:
        yield _without_due(goal, context)
        return
    due = goal.due
    if goal.start is not None and due <= goal.start:
        yield finding(
            "T-NO-SPAN",
            message=f"The goal is due on the day it starts ({due.isoformat()}).",
            path="due",
        )
    elif goal.start is None:
        yield finding(
            "T-NO-START",
            message="No start date, so nobody can tell how much of the time has gone.",
            path="start",
        )
    if frames and goal.start is not None:
        try:
            expected = frames[0].due_from(goal.start)
        except (OverflowError, ValueError):
            expected = None
        if expected is not None and abs((expected - due).days) > context.policy.date_tolerance_days:
            yield finding(
                "T-TEXT-MISMATCH",
                message=f"The statement says {quote(frames[0].text)} (about "
                f"{expected.isoformat()}) but due is {due.isoformat()}.",
                path="due",
            )
    if context.status_of(goal) is GoalStatus.ACTIVE and context.as_of > due:
        yield finding(
            "T-PAST-DUE",
            message=f"Still active {plural((context.as_of - due).days, 'day')} after it was "
            f"due ({due.isoformat()}).",
            path="due",
        )


def _without_due(goal: Goal, context: SmartContext) -> Finding:
    analysis = context.analysis
    frames = analysis.time_frames
    if frames:
        return finding(
            "T-TEXT-ONLY",
            message=f"The deadline is only in the statement ({quote(frames[0].text)}).",
            hint=_due_hint(goal, frames[0]),
            path="due",
        )
    if analysis.events:
        event = analysis.events[0].text
        return finding(
            "T-TEXT-ONLY",
            message=f"The deadline is an event with no date ({quote(event)}), only in the "
            "statement.",
            path="due",
        )
    dated = [kr.due for kr in goal.key_results if kr.due is not None]
    dated += [m.due for m in goal.milestones if m.due is not None]
    vague = (
        f" ({quote(analysis.vague_timing[0].text)} is not a date)" if analysis.vague_timing else ""
    )
    hint = CATALOGUE["T-NO-DEADLINE"].hint
    if dated:
        hint += f" The latest key result or milestone is due on {max(dated).isoformat()}."
    return finding(
        "T-NO-DEADLINE",
        message=f"No deadline{vague}.",
        hint=hint,
        path="due",
    )


def _due_hint(goal: Goal, frame: TimeFrame) -> str:
    try:
        if goal.start is not None:
            return f"Set due={frame.due_from(goal.start).isoformat()} so progress can be expected."
        fixed = frame.fixed_date
        if fixed is not None:
            return f"Set due={fixed.isoformat()} (and start) so progress can be expected."
    except (OverflowError, ValueError):
        pass
    return f"Set start, and due {frame.text} from it, so progress can be expected."


def dates_inside_span(goal: Goal, context: SmartContext) -> Iterator[Finding]:
    """T-OUTSIDE-SPAN: key results and milestones are due within the goal's span.

    Judged only once the goal has a due date (without one, `deadline`
    already asks for it).
    """
    start, due = goal.start, goal.due
    if due is None:
        return
    items: list[tuple[str, str, datetime.date | None]] = [
        (f"key_results[{i}].due", kr.title, kr.due) for i, kr in enumerate(goal.key_results)
    ]
    items += [(f"milestones[{i}].due", m.title, m.due) for i, m in enumerate(goal.milestones)]
    for path, title, day in items:
        if day is None:
            continue
        if (start is not None and day < start) or day > due:
            span = f"{start.isoformat() if start else '…'} to {due.isoformat()}"
            yield finding(
                "T-OUTSIDE-SPAN",
                message=f"{quote(title)} is due on {day.isoformat()}, outside the goal's "
                f"span ({span}).",
                path=path,
            )

"""What a progress calculation returns: `Progress`, and the `Part`s its value came from.

Results are plain frozen values: they hold figures and render nothing
themselves (Jupyter's display reaches the renderer through the one display
hook).
"""

from __future__ import annotations

import datetime
from typing import Literal, TypeAlias

import attrs

from goalkit._display_hook import ConciseRepr, repr_html
from goalkit._progress.policy import Health
from goalkit._words import percent

__all__ = ["Part", "PartKind", "Progress", "silence"]

#: What a part of a goal or plan is.
PartKind: TypeAlias = Literal["key_result", "milestone", "goal"]


@attrs.frozen(kw_only=True)
class Part:
    """One thing a goal's or plan's value was computed from, and what it contributed.

    Only parts that counted are listed: parts of weight 0, abandoned child
    goals and child goals with nothing measurable are left out. So, unless
    the goal is ACHIEVED (which counts as 1), the goal's value is
    `sum(p.weight * p.value for p in parts) / sum(p.weight for p in parts)`.

    Attributes:
        id: The key result's, milestone's or goal's id.
        title: Its title.
        weight: Its weight as of the day.
        value: Its progress as of the day, 0..1.
        kind: `"key_result"`, `"milestone"` or `"goal"` (a child goal, or a
            plan's root goal).

    Examples:
        >>> Part(id="kr-events", title="Events attended", weight=1, value=0.5,
        ...      kind="key_result")
        Part(id='kr-events', title='Events attended', weight=1, value=0.5, kind='key_result')
    """

    id: str
    title: str
    weight: float
    value: float
    kind: PartKind


def silence(
    last_activity: datetime.date | None, as_of: datetime.date, health: Health | None = None
) -> str:
    """How long an item has been silent, and (when AT_RISK) what that did to its health.

    Examples:
        >>> import datetime
        >>> silence(None, datetime.date(2027, 4, 1), Health.AT_RISK)
        'nothing recorded since it started, so at risk, not on track'
        >>> silence(datetime.date(2027, 2, 20), datetime.date(2027, 4, 1))
        'nothing recorded since 2027-02-20 (40 days)'
    """
    if last_activity is None:
        said = "nothing recorded since it started"
    else:
        days = (as_of - last_activity).days
        said = f"nothing recorded since {last_activity.isoformat()} ({days} days)"
    return f"{said}, so at risk, not on track" if health is Health.AT_RISK else said


@attrs.frozen(kw_only=True, repr=False)
class Progress(ConciseRepr):
    """How far an item has come as of a day, and what that was computed from.

    Attributes:
        value: Progress from 0 to 1, or None when nothing is measurable.
        expected: The share of the item's time that has passed, 0 to 1, or
            None without dates to measure it.
        health: `value` judged against `expected` (see `Health`).
        forecast: The day the item is projected to be complete, the day it
            was completed, or None when there is no rising trend to project.
        as_of: The day this was computed for.
        parts: What the value was computed from (empty for a key result or
            a milestone): answers "why 62%?".
        last_activity: The last day on or before `as_of` that anything was
            recorded for the item (a check-in, a milestone completed, a
            review, a revision, an agreement; for a goal, on the goals below
            it too), or None.
        stale: Nothing recorded for `ProgressPolicy.stale_after_days` while
            active and started. A stale item is never ON_TRACK: it would
            have been, and is AT_RISK instead.

    Examples:
        >>> import datetime
        >>> from goalkit import Goal, KeyResult, progress
        >>> goal = Goal(title="Attend four industry events", id="g-net",
        ...             start=datetime.date(2027, 1, 1), due=datetime.date(2027, 7, 1),
        ...             key_results=[KeyResult(title="Events attended", target=4, id="kr-ev")])
        >>> goal = goal.check_in("kr-ev", 2, on=datetime.date(2027, 3, 20))
        >>> result = progress(goal, as_of=datetime.date(2027, 4, 1))
        >>> result
        Progress(value=50%, expected=50%, health=ON_TRACK, as_of=2027-04-01, forecast=None, parts=1)
        >>> result.parts[0].title, result.parts[0].value
        ('Events attended', 0.5)
    """

    value: float | None
    expected: float | None
    health: Health
    forecast: datetime.date | None
    as_of: datetime.date
    parts: tuple[Part, ...] = ()
    last_activity: datetime.date | None = None
    stale: bool = False

    def _repr_parts(self) -> list[str]:
        forecast = "None" if self.forecast is None else self.forecast.isoformat()
        parts = [
            f"value={percent(self.value)}",
            f"expected={percent(self.expected)}",
            f"health={self.health.name}",
            f"as_of={self.as_of.isoformat()}",
            f"forecast={forecast}",
            f"parts={len(self.parts)}",
        ]
        if self.stale:
            parts.append("stale")
        return parts

    def _repr_html_(self) -> str:
        """Jupyter's rich display: a bar with the expected share marked, health, and the parts."""
        return repr_html(self)

    def explain(self) -> str:
        """A few lines saying how the value was reached: each part, its weight and value.

        Examples:
            >>> import datetime
            >>> p = Progress(value=0.75, expected=0.5, health=Health.ON_TRACK, forecast=None,
            ...              as_of=datetime.date(2027, 4, 1), parts=(
            ...     Part(id="kr-1", title="Events attended", weight=1, value=0.5,
            ...          kind="key_result"),
            ...     Part(id="m-1", title="Join a meetup group", weight=1, value=1.0,
            ...          kind="milestone")))
            >>> print(p.explain())
            75% as of 2027-04-01 (expected 50%, on track)
              key result  Events attended      weight 1  50%
              milestone   Join a meetup group  weight 1  100%

            A stale item says so, and why it is not on track:

            >>> quiet = Progress(value=0.5, expected=0.5, health=Health.AT_RISK, forecast=None,
            ...                  as_of=datetime.date(2027, 4, 1), stale=True,
            ...                  last_activity=datetime.date(2027, 2, 20))
            >>> print(quiet.explain())
            50% as of 2027-04-01 (expected 50%, at risk)
              stale: nothing recorded since 2027-02-20 (40 days), so at risk, not on track
        """
        lines = [
            f"{percent(self.value)} as of {self.as_of.isoformat()} "
            f"(expected {percent(self.expected)}, {self.health.value.replace('_', ' ')})"
        ]
        if self.stale:
            lines.append(f"  stale: {silence(self.last_activity, self.as_of, self.health)}")
        width = max((len(part.title) for part in self.parts), default=0)
        for part in self.parts:
            kind = part.kind.replace("_", " ")
            lines.append(
                f"  {kind:<10}  {part.title:<{width}}  weight {part.weight:g}  "
                f"{percent(part.value)}"
            )
        return "\n".join(lines)

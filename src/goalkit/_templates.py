"""Plan scaffolds for `goalkit new`: the typical goals of the domain, ready to edit.

Each template builds a small `Plan` from the goals that mentoring guides
name again and again: career planning (a long-term goal broken into
short-term ones), skill development, problem solving, networking,
leadership, and the mentor's own goals (nurturing leadership, enhancing
communication). Dates are relative to a start day, so a scaffold is current
on the day it is made, and every goal is written to be SMART as it stands:
the user edits the numbers and words, not the structure.

The templates are data (package data `goalkit/data/templates.toml`: each
goal written once, each template a list of goals), and `_goal` is the one
function that turns a goal's entry into a `Goal` on a start day.
"""

from __future__ import annotations

import datetime
import functools
import tomllib
from collections.abc import Callable, Mapping
from importlib.resources import files
from types import MappingProxyType
from typing import Any, Final

import attrs

from goalkit._errors import UnknownIdError
from goalkit._model import (
    Ambition,
    Cadence,
    CadenceUnit,
    Goal,
    GoalKind,
    GoalStatus,
    KeyResult,
    Milestone,
    Person,
    Plan,
)
from goalkit._schedule import add

__all__ = ["DEFAULT_TEMPLATE", "TEMPLATES_RESOURCE", "Template", "scaffold", "templates"]

#: The template `goalkit new` uses when none is named.
DEFAULT_TEMPLATE: Final = "career-planning"
#: Where the templates live inside the package.
TEMPLATES_RESOURCE: Final = "data/templates.toml"

_MENTEE_ID: Final = "mentee"
_MENTOR_ID: Final = "mentor"

_EDIT_ME = "Template text: make it yours. "


@attrs.frozen(kw_only=True)
class Template:
    """A named plan scaffold: what it is for, and how to build it.

    Examples:
        >>> template = templates()[0]
        >>> template.name, template.title
        ('career-planning', 'Career planning')
    """

    name: str
    title: str
    summary: str
    _goals: Callable[[datetime.date], tuple[Goal, ...]] = attrs.field(alias="goals", repr=False)

    def build(
        self, *, start: datetime.date, mentee: str = "Mentee", mentor: str | None = "Mentor"
    ) -> Plan:
        """Build the scaffold as a plan starting on *start*.

        Examples:
            >>> import datetime
            >>> plan = templates()[0].build(start=datetime.date(2027, 1, 4), mentee="Ana")
            >>> plan.mentee.name, plan.cadence.anchor
            ('Ana', datetime.date(2027, 1, 4))
        """
        return Plan(
            id=f"plan-{self.name}",
            title=f"{self.title} plan for {mentee}",
            mentee=Person(id=_MENTEE_ID, name=mentee),
            mentor=None if mentor is None else Person(id=_MENTOR_ID, name=mentor),
            cadence=Cadence(every=1, unit=CadenceUnit.MONTH, anchor=start),
            goals=self._goals(start),
        )


def _due(start: datetime.date, offset: Mapping[str, int]) -> datetime.date:
    """*start* moved by an offset such as `{"months": 2}` or `{"weeks": 1}` (month-end safe)."""
    ((unit, amount),) = offset.items()
    return add(start, amount, unit.removesuffix("s"))


def _goal(
    goal_id: str, entry: Mapping[str, Any], start: datetime.date, parent_id: str | None
) -> Goal:
    """A template's goal entry as a `Goal` starting on *start*."""
    hint = entry.get("hint", "")
    if entry["owner"] not in (_MENTEE_ID, _MENTOR_ID):
        raise ValueError(f"template goal {goal_id!r}: owner must be the mentee or the mentor")
    return Goal(
        id=goal_id,
        title=entry["title"],
        description=_EDIT_ME + hint if hint else "",
        kind=GoalKind(entry["kind"]),
        owner=entry["owner"],
        # A new plan's goals are proposals: mentee and mentor agree them (Plan.agree).
        status=GoalStatus.DRAFT,
        ambition=Ambition(entry.get("ambition", "committed")),
        start=start,
        due=_due(start, entry["due"]),
        parent_id=parent_id,
        relevance=entry["relevance"],
        tags=tuple(entry["tags"]),
        key_results=tuple(KeyResult(**key_result) for key_result in entry.get("key_results", ())),
        milestones=tuple(
            Milestone(
                id=milestone["id"], title=milestone["title"], due=_due(start, milestone["due"])
            )
            for milestone in entry.get("milestones", ())
        ),
    )


def _goals(
    listed: tuple[tuple[str, str | None], ...],
    entries: Mapping[str, Mapping[str, Any]],
    start: datetime.date,
) -> tuple[Goal, ...]:
    return tuple(_goal(goal_id, entries[goal_id], start, parent) for goal_id, parent in listed)


@functools.cache
def _catalogue() -> Mapping[str, Template]:
    """The templates by name, read once from the package data."""
    data = tomllib.loads(files("goalkit").joinpath(TEMPLATES_RESOURCE).read_text("utf-8"))
    entries = data["goals"]
    return MappingProxyType(
        {
            template["name"]: Template(
                name=template["name"],
                title=template["title"],
                summary=template["summary"],
                goals=functools.partial(
                    _goals,
                    tuple((goal["id"], goal.get("parent")) for goal in template["goals"]),
                    entries,
                ),
            )
            for template in data["templates"]
        }
    )


def templates() -> tuple[Template, ...]:
    """The plan templates, in the order `goalkit new --list` shows them.

    Examples:
        >>> [template.name for template in templates()]  # doctest: +NORMALIZE_WHITESPACE
        ['career-planning', 'skill-development', 'problem-solving', 'networking',
         'leadership', 'mentor']
    """
    return tuple(_catalogue().values())


def scaffold(
    template: str = DEFAULT_TEMPLATE,
    *,
    start: datetime.date,
    mentee: str = "Mentee",
    mentor: str | None = "Mentor",
) -> Plan:
    """A plan scaffold from the named template, starting on *start*.

    Args:
        template: a name from `templates()`.
        start: the day the goals start; due dates and the monthly review
            cadence count from it.
        mentee: the mentee's name.
        mentor: the mentor's name, or None for a plan without a mentor.

    Raises:
        UnknownIdError: no template has that name.

    Examples:
        >>> import datetime
        >>> plan = scaffold("networking", start=datetime.date(2027, 1, 4), mentee="Ana")
        >>> plan.goals[0].title
        'Improve my networking skills within six months by attending four industry-specific events'
        >>> plan.goals[0].due
        datetime.date(2027, 7, 4)
    """
    catalogue = _catalogue()
    try:
        chosen = catalogue[template]
    except (KeyError, TypeError):
        names = ", ".join(catalogue)
        raise UnknownIdError(template, kind="template", where=f"goalkit ({names})") from None
    return chosen.build(start=start, mentee=mentee, mentor=mentor)

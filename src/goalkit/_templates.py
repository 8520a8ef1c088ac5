"""Plan scaffolds for `goalkit new`: the typical goals of the domain, ready to edit.

Each template builds a small `Plan` from the goals that mentoring guides
name again and again: career planning (a long-term goal broken into
short-term ones), skill development, problem solving, networking,
leadership, and the mentor's own goals (nurturing leadership, enhancing
communication). Dates are relative to a start day, so a scaffold is current
on the day it is made, and every goal is written to be SMART as it stands:
the user edits the numbers and words, not the structure.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable, Mapping
from types import MappingProxyType
from typing import Final

import attrs

from goalkit._errors import UnknownIdError
from goalkit._model import (
    Cadence,
    CadenceUnit,
    Goal,
    GoalKind,
    KeyResult,
    Milestone,
    Person,
    Plan,
)
from goalkit._schedule import add_months

__all__ = ["DEFAULT_TEMPLATE", "Template", "scaffold", "templates"]

#: The template `goalkit new` uses when none is named.
DEFAULT_TEMPLATE: Final = "career-planning"

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


def _career_planning(start: datetime.date) -> tuple[Goal, ...]:
    return (
        Goal(
            id="g-team-lead",
            title="Move into a team lead role within two years",
            description=_EDIT_ME + "Name the role, the team, and what leading it means to you.",
            kind=GoalKind.DEVELOPMENT,
            owner=_MENTEE_ID,
            start=start,
            due=add_months(start, 24),
            relevance="Career objective agreed with my manager: lead a team of my own.",
            tags=("career planning",),
            key_results=(
                KeyResult(
                    id="kr-plannings",
                    title="Team plannings facilitated",
                    target=12,
                    unit="plannings",
                ),
            ),
            milestones=(
                Milestone(
                    id="m-two-year-plan",
                    title="Agree the two-year plan with my mentor",
                    due=add_months(start, 1),
                ),
                Milestone(
                    id="m-lead-release",
                    title="Lead the team through one release",
                    due=add_months(start, 12),
                ),
            ),
        ),
        Goal(
            id="g-presentations",
            title=(
                "Enhance my public speaking skills by giving five presentations "
                "in the next three months"
            ),
            kind=GoalKind.DEVELOPMENT,
            owner=_MENTEE_ID,
            start=start,
            due=add_months(start, 3),
            parent_id="g-team-lead",
            relevance="A team lead presents the team's work every quarter.",
            tags=("communication",),
            key_results=(
                KeyResult(
                    id="kr-talks", title="Presentations given", target=5, unit="presentations"
                ),
            ),
        ),
        *_skill_development(start, parent_id="g-team-lead"),
    )


def _skill_development(start: datetime.date, *, parent_id: str | None = None) -> tuple[Goal, ...]:
    return (
        Goal(
            id="g-new-tool",
            title=(
                "Learn a new tool within two months by finishing one course "
                "and shipping one piece of work with it"
            ),
            description=_EDIT_ME + "Name the tool and the course.",
            kind=GoalKind.LEARNING,
            owner=_MENTEE_ID,
            start=start,
            due=add_months(start, 2),
            parent_id=parent_id,
            relevance="My team is adopting the tool this year.",
            tags=("skill development",),
            key_results=(
                KeyResult(
                    id="kr-modules", title="Course modules completed", target=8, unit="modules"
                ),
                KeyResult(id="kr-shipped", title="Pieces of work shipped to production", target=1),
            ),
            milestones=(
                Milestone(
                    id="m-pick-course",
                    title="Pick the course with my mentor",
                    due=start + datetime.timedelta(days=7),
                ),
            ),
        ),
    )


def _problem_solving(start: datetime.date) -> tuple[Goal, ...]:
    return (
        Goal(
            id="g-root-causes",
            title=(
                "Strengthen my problem-solving skills by leading the root-cause analysis "
                "of three production incidents within four months"
            ),
            description=_EDIT_ME + "Say which system's incidents, and who reviews the write-ups.",
            kind=GoalKind.DEVELOPMENT,
            owner=_MENTEE_ID,
            start=start,
            due=add_months(start, 4),
            relevance="Senior engineers on my team own incident follow-up.",
            tags=("problem solving",),
            key_results=(
                KeyResult(
                    id="kr-analyses",
                    title="Root-cause analyses led",
                    target=3,
                    unit="analyses",
                ),
                KeyResult(
                    id="kr-actions",
                    title="Follow-up actions closed",
                    target=6,
                    unit="actions",
                ),
            ),
            milestones=(
                Milestone(
                    id="m-review-format",
                    title="Learn the team's incident review format",
                    due=add_months(start, 1),
                ),
            ),
        ),
    )


def _networking(start: datetime.date) -> tuple[Goal, ...]:
    return (
        Goal(
            id="g-networking",
            title=(
                "Improve my networking skills within six months by attending "
                "four industry-specific events"
            ),
            description=_EDIT_ME + "List the events you have in mind.",
            kind=GoalKind.PERFORMANCE,
            owner=_MENTEE_ID,
            start=start,
            due=add_months(start, 6),
            relevance="A wider network brings the industry insight my next role needs.",
            tags=("networking",),
            key_results=(
                KeyResult(
                    id="kr-events", title="Industry events attended", target=4, unit="events"
                ),
                KeyResult(
                    id="kr-contacts",
                    title="New contacts followed up within a week",
                    target=10,
                    unit="contacts",
                ),
            ),
            milestones=(
                Milestone(
                    id="m-shortlist",
                    title="Shortlist the events with my mentor",
                    due=add_months(start, 1),
                ),
            ),
        ),
    )


def _leadership(start: datetime.date) -> tuple[Goal, ...]:
    return (
        Goal(
            id="g-leadership",
            title=(
                "Develop my leadership skills by facilitating six team meetings "
                "and onboarding one new hire within six months"
            ),
            description=_EDIT_ME + "Name the meetings and the new hire's team.",
            kind=GoalKind.DEVELOPMENT,
            owner=_MENTEE_ID,
            start=start,
            due=add_months(start, 6),
            relevance="Leading meetings and onboarding are what my next role is made of.",
            tags=("leadership",),
            key_results=(
                KeyResult(
                    id="kr-meetings",
                    title="Team meetings facilitated",
                    target=6,
                    unit="meetings",
                ),
                KeyResult(
                    id="kr-onboarded",
                    title="New hires onboarded",
                    target=1,
                ),
            ),
            milestones=(
                Milestone(
                    id="m-onboarding-plan",
                    title="Agree the new hire's 30-day plan",
                    due=add_months(start, 2),
                ),
            ),
        ),
    )


def _mentor(start: datetime.date) -> tuple[Goal, ...]:
    return (
        Goal(
            id="g-nurture-leadership",
            title=(
                "Nurture my mentee's leadership skills by holding six monthly "
                "one-on-ones within six months"
            ),
            description=_EDIT_ME + "Say which leadership skills you will work on together.",
            kind=GoalKind.DEVELOPMENT,
            owner=_MENTOR_ID,
            start=start,
            due=add_months(start, 6),
            relevance="Mentor goal: build my reputation as a guide and advisor.",
            tags=("mentor goal", "leadership"),
            key_results=(
                KeyResult(
                    id="kr-one-on-ones",
                    title="Monthly one-on-ones held",
                    target=6,
                    unit="one-on-ones",
                ),
            ),
        ),
        Goal(
            id="g-communication",
            title=(
                "Enhance my communication skills by giving written feedback on "
                "four of my mentee's presentations within three months"
            ),
            description=_EDIT_ME + "Agree a feedback format with your mentee first.",
            kind=GoalKind.DEVELOPMENT,
            owner=_MENTOR_ID,
            start=start,
            due=add_months(start, 3),
            relevance="Mentor goal: gain emotional intelligence and new perspectives.",
            tags=("mentor goal", "communication"),
            key_results=(
                KeyResult(
                    id="kr-feedback",
                    title="Presentations given written feedback",
                    target=4,
                    unit="presentations",
                ),
            ),
            milestones=(
                Milestone(
                    id="m-feedback-format",
                    title="Agree a feedback format with my mentee",
                    due=add_months(start, 1),
                ),
            ),
        ),
    )


_TEMPLATES: Final[Mapping[str, Template]] = MappingProxyType(
    {
        template.name: template
        for template in (
            Template(
                name="career-planning",
                title="Career planning",
                summary="a long-term goal (team lead in two years) with short-term goals under it",
                goals=_career_planning,
            ),
            Template(
                name="skill-development",
                title="Skill development",
                summary="learn a new tool within two months",
                goals=_skill_development,
            ),
            Template(
                name="problem-solving",
                title="Problem solving",
                summary="lead three root-cause analyses within four months",
                goals=_problem_solving,
            ),
            Template(
                name="networking",
                title="Networking",
                summary="attend four industry events within six months",
                goals=_networking,
            ),
            Template(
                name="leadership",
                title="Leadership",
                summary="facilitate team meetings and onboard a new hire within six months",
                goals=_leadership,
            ),
            Template(
                name="mentor",
                title="Mentor goals",
                summary="the mentor's own goals: nurture leadership, enhance communication",
                goals=_mentor,
            ),
        )
    }
)


def templates() -> tuple[Template, ...]:
    """The plan templates, in the order `goalkit new --list` shows them.

    Examples:
        >>> [template.name for template in templates()]  # doctest: +NORMALIZE_WHITESPACE
        ['career-planning', 'skill-development', 'problem-solving', 'networking',
         'leadership', 'mentor']
    """
    return tuple(_TEMPLATES.values())


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
    try:
        chosen = _TEMPLATES[template]
    except (KeyError, TypeError):
        names = ", ".join(_TEMPLATES)
        raise UnknownIdError(template, kind="template", where=f"goalkit ({names})") from None
    return chosen.build(start=start, mentee=mentee, mentor=mentor)

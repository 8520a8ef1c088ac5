"""The finding codes: each built-in code's criterion, severity, meaning and hint, once.

`CATALOGUE` is the one table of every code the built-in rules of SMART,
REAL and OKR yield. A rule builds its findings with `finding(code,
message=..., path=...)`, so the criterion a code bears on, how much it
weighs and the usual fix are stated here and nowhere else; a rule words
only what it found (the message), where (the path), and, when it knows
more than the catalogue, a more specific hint or, for `S-VAGUE`, the
milder severity. `FINDING_CODES` (code -> meaning) and the reference
page's tables are read from, or tested against, the same table.
"""

from __future__ import annotations

import types
from collections.abc import Mapping
from typing import Final

import attrs

from goalkit._errors import ValidationError
from goalkit._smart.findings import (
    BaseCriterion,
    Criterion,
    Finding,
    OkrCriterion,
    RealCriterion,
    Severity,
)

__all__ = ["CATALOGUE", "FINDING_CODES", "CodeEntry", "finding"]


@attrs.frozen
class CodeEntry:
    """What a finding code stands for: its criterion, severity, meaning and usual hint.

    Attributes:
        criterion: the criterion every finding of the code bears on.
        severity: how much it weighs (a rule may soften it only where the
            reference says so: `S-VAGUE` is a warning when something
            concrete is named too).
        meaning: what the code means, in a phrase (`FINDING_CODES`' value).
        hint: the fix a finding carries unless its rule words a more specific one.

    Examples:
        >>> CATALOGUE["S-NO-ACTION"].criterion, CATALOGUE["S-NO-ACTION"].severity
        (<Criterion.SPECIFIC: 'specific'>, <Severity.ERROR: 'error'>)
    """

    criterion: BaseCriterion
    severity: Severity
    meaning: str
    hint: str


_ERROR, _WARNING, _INFO = Severity.ERROR, Severity.WARNING, Severity.INFO


def _checked(entries: dict[str, CodeEntry]) -> Mapping[str, CodeEntry]:
    """The table, read-only, once each entry has made a `Finding` (`finding` relies on it)."""
    for code, entry in entries.items():
        Finding(criterion=entry.criterion, code=code, severity=entry.severity, message="",
                hint=entry.hint)  # fmt: skip
    return types.MappingProxyType(entries)


def _section(
    criterion: BaseCriterion, rows: Mapping[str, tuple[Severity, str, str]]
) -> dict[str, CodeEntry]:
    """The codes of one criterion: code -> (severity, meaning, hint), the criterion stated once."""
    return {code: CodeEntry(criterion, *row) for code, row in rows.items()}


#: Every built-in finding code, of SMART, REAL and OKR, in the reference's order,
#: criterion by criterion.
CATALOGUE: Final[Mapping[str, CodeEntry]] = _checked(
    {
        # SMART
        **_section(Criterion.SPECIFIC, {
            "S-VAGUE": (
                _ERROR,
                "vague wording; an error when nothing concrete is named",
                "Name the action and what it is on: instead of 'I want to improve my skills', "
                "'Enhance my public speaking skills by giving five presentations in the next "
                "three months'.",
            ),
            "S-NO-ACTION": (
                _ERROR,
                "the statement names a topic, not an action",
                "Start with a verb that says what will be done: 'Attend four industry events', "
                "not 'Networking'. If the verb is yours, add it to SmartPolicy.action_verbs.",
            ),
            "S-BROAD": (
                _ERROR,
                "the rules pass it, but it reads like the broad aims people send back",
                "Name what will be done and on what: instead of 'Get involved at work', "
                "'Join the onboarding working group and run one of its sessions'. This learned "
                "reading is on by default; SmartPolicy(learned_specific=False), or "
                "goalkit check --learned-specific off, leaves Specific to the rules alone.",
            ),
            "S-TOO-SHORT": (
                _WARNING,
                "too few words for a stranger to act on",
                "Say what will be done, on what, and to what standard, in one sentence.",
            ),
            "S-TOO-LONG": (
                _WARNING,
                "too many words for one goal",
                "Keep the goal to one sentence; move the detail to the description.",
            ),
            "S-COMPOUND": (
                _WARNING,
                "several goals joined in one statement",
                "Make each its own goal, linked to a shared parent goal with parent_id.",
            ),
        }),
        **_section(Criterion.MEASURABLE, {
            "M-NO-MEASURE": (
                _ERROR,
                "no number, key result or milestone",
                "Add a number to reach ('give five presentations'), a key result with a target, "
                "or milestones to complete.",
            ),
            "M-TEXT-ONLY": (
                _WARNING,
                "the number is only in the statement",
                "Record it as a key result with a target (a count per week, a level, zero).",
            ),
            "M-BROAD": (
                _ERROR,
                "the rules pass its words, but it reads like the aims people call unmeasurable",
                "Say what will show it is done: a number to reach, a standard kept or one "
                "thing finished ('Study 45 minutes five evenings a week', not 'Make consistent "
                "study habits'). This is the learned reading of Measurable, off by default: "
                "SmartPolicy(learned_measurable=False), or goalkit check --learned-measurable "
                "off, leaves Measurable to the rules alone.",
            ),
            "M-TARGET-MISMATCH": (
                _WARNING,
                "the statement's number and a key result's target differ",
                "Make them agree: revise the statement or the key result's target.",
            ),
        }),
        **_section(Criterion.ACHIEVABLE, {
            "A-PACE": (
                _ERROR,
                "the pace needed is beyond what the evidence supports",
                "Agree a new due date (goal.revise) or a target the evidence supports.",
            ),
            "A-PACE-TIGHT": (
                _WARNING,
                "the pace needed is above the pace so far",
                "Move the due date (goal.revise), lower the target, or plan how to speed up.",
            ),
            "A-NO-HISTORY": (
                _INFO,
                "too little check-in history to judge the pace",
                "Check in regularly, so the pace can be judged.",
            ),
            "A-LOW-CONFIDENCE": (
                _WARNING,
                "the owner's latest confidence is low",
                "Talk it through at the next one-on-one: what would raise it, or should the "
                "target change?",
            ),
            "A-OVERLOAD": (
                _ERROR,
                "the owner has too many active goals at once",
                "Finish, pause (status DRAFT) or abandon some; goals without dates count as "
                "running all the time, so date them.",
            ),
            "A-FEW-KEY-RESULTS": (
                _INFO,
                "fewer key results than an OKR usually has",
                "Add a key result for another side of the goal, such as quality or reach.",
            ),
            "A-MANY-KEY-RESULTS": (
                _WARNING,
                "more key results than focus allows",
                "Keep the few that matter most, or split the goal in two.",
            ),
            "A-NO-BREAKDOWN": (
                _WARNING,
                "a long-term goal not broken into steps",
                "Break it into short-term goals (parent_id) or milestones with due dates, so "
                "there is something to reach this quarter.",
            ),
        }),
        # SMART and REAL
        **_section(Criterion.RELEVANT, {
            "R-NO-LINK": (
                _ERROR,
                "nothing says why the goal matters",
                "State it: relevance='Team leads present the team's work every quarter', or link "
                "a parent goal (parent_id), or tag the objective it serves "
                "(tags=['objective:customer retention']).",
            ),
            "R-THIN": (
                _WARNING,
                "the relevance is too short to explain anything",
                "Name the career objective, value or organisational objective it serves, in a "
                "sentence.",
            ),
            "R-UNKNOWN-PARENT": (
                _WARNING,
                "the parent goal is not in the plan",
                "Add the parent goal to the plan, or correct parent_id.",
            ),
        }),
        **_section(Criterion.TIME_BOUND, {
            "T-NO-DEADLINE": (
                _ERROR,
                "no due date and no time frame",
                "Set due (and start), or say when in the statement: 'in the next three months', "
                "'by June 2027'.",
            ),
            "T-TEXT-ONLY": (
                _WARNING,
                "the deadline is only in the statement",
                "Set due to the event's date (and start), so progress can be expected.",
            ),
            "T-NO-SPAN": (
                _ERROR,
                "due on the day it starts",
                "Set due to the day it should be reached, after start.",
            ),
            "T-NO-START": (
                _INFO,
                "no start date",
                "Set start to the day the work begins.",
            ),
            "T-TEXT-MISMATCH": (
                _WARNING,
                "the statement's time frame and the due date differ",
                "Make them agree: revise the statement or the due date.",
            ),
            "T-PAST-DUE": (
                _WARNING,
                "still active after its due date",
                "Mark it achieved or abandoned, or agree a new date with goal.revise(reason, "
                "on=today, due=...).",
            ),
            "T-OUTSIDE-SPAN": (
                _WARNING,
                "a key result or milestone is dated outside the goal's span",
                "Move its date inside the goal's span, or change the goal's dates.",
            ),
        }),
        # REAL
        **_section(RealCriterion.EXPERIMENTAL, {
            "E-NO-ACTIVITY": (
                _ERROR,
                "no development activity to learn from",
                "Name a development activity that yields insight: 'by leading two team "
                "retrospectives', 'shadow a senior engineer for a week', or add milestones.",
            ),
            "E-NO-REFLECTION": (
                _INFO,
                "no review recorded or scheduled to reflect on what was tried",
                "Agree a review rhythm (Plan.cadence) or record a Review after each try.",
            ),
        }),
        **_section(RealCriterion.ASPIRATIONAL, {
            "AS-NO-AREA": (
                _ERROR,
                "the statement names a task, not an area to grow in",
                "Say what the mentee wants to grow into: 'Become a more confident presenter by "
                "...', 'Grow my facilitation skills by ...'.",
            ),
        }),
        **_section(RealCriterion.LEARNING_BASED, {
            "L-NO-CAPABILITY": (
                _ERROR,
                "the outcome is a result, not a capability gained",
                "Name the capability gained: 'learn to facilitate a retrospective', 'be able to "
                "give feedback without notes', 'build confidence in ...'.",
            ),
        }),
        # OKR
        **_section(OkrCriterion.OBJECTIVE, {
            "O-NUMBER": (
                _ERROR,
                "the objective has a number; numbers belong in key results",
                "Move the number into a key result and say why it matters: 'Delight our "
                "customers' with a key result 'NPS from 30 to 50'.",
            ),
        }),
        **_section(OkrCriterion.KEY_RESULTS, {
            "KR-TOO-FEW": (
                _ERROR,
                "fewer key results than an objective needs",
                "Add key results that measure the objective from different sides.",
            ),
            "KR-TOO-MANY": (
                _ERROR,
                "more key results than focus allows",
                "Keep the few that matter most, or split the objective in two.",
            ),
        }),
        **_section(OkrCriterion.OUTCOMES, {
            "KR-TASK": (
                _ERROR,
                "a key result is a task, done or not, not an outcome",
                "Measure what the task should change: instead of 'Write the support plan', "
                "'First-reply time from 8 to 2 hours'.",
            ),
            "KR-NO-CHANGE": (
                _ERROR,
                "a key result's target is its baseline",
                "Set the target beyond the baseline, or drop the key result.",
            ),
            "KR-RESTATES": (
                _ERROR,
                "a key result says the objective again",
                "Name a measure of the objective, not the objective itself.",
            ),
        }),
    }
)  # fmt: skip

#: Every built-in finding code, of SMART, REAL and OKR, and what it means. The
#: reference page lists the same codes with their fixes.
FINDING_CODES: Final[Mapping[str, str]] = types.MappingProxyType(
    {code: entry.meaning for code, entry in CATALOGUE.items()}
)


# How `finding` builds a `Finding` of a catalogue entry: as attrs' own frozen `__init__` does.
_NEW: Final = object.__new__
_SET: Final = object.__setattr__


def finding(
    code: str,
    *,
    message: str,
    path: str = "",
    hint: str | None = None,
    severity: Severity | None = None,
) -> Finding:
    """A finding of a built-in *code*: its criterion, severity and hint from `CATALOGUE`.

    Pass *hint* only when the rule knows a more specific fix than the
    catalogue's, and *severity* only where the reference documents a
    second one.

    Raises:
        ValidationError: *code* is not in the catalogue.

    Examples:
        >>> print(finding("T-NO-START", message="No start date.", path="start"))
        time_bound: T-NO-START (info) No start date. Hint: Set start to the day the work begins.
    """
    entry = CATALOGUE.get(code)
    if entry is None:
        raise ValidationError("finding", "code", "a code of the catalogue", got=code)
    if (
        type(message) is str
        and type(path) is str
        and (hint is None or type(hint) is str)
        and (severity is None or type(severity) is Severity)
    ):
        # Every field is one `Finding` would accept (`_checked` tried each entry's): set them
        # as its `__init__` does, without the keyword call and the check after it. Rules
        # build findings by the thousand; this is half the cost of one.
        built = _NEW(Finding)
        _SET(built, "criterion", entry.criterion)
        _SET(built, "code", code)
        _SET(built, "severity", entry.severity if severity is None else severity)
        _SET(built, "message", message)
        _SET(built, "hint", entry.hint if hint is None else hint)
        _SET(built, "path", path)
        return built
    return Finding(
        criterion=entry.criterion,
        code=code,
        severity=entry.severity if severity is None else severity,
        message=message,
        hint=entry.hint if hint is None else hint,
        path=path,
    )

"""Measurable: a number to compare against.

A key result, a milestone, or a number in the statement ("five
presentations") measures a goal; a number only in the words is advice to
record it. So does a standard or one thing done in its words
(`goalkit._text.measures`), and a concrete task with a date ("Write job
descriptions by February"), but not a frequency of a change by no amount
("Eat more fruits every day"), a number that only says where a change starts
("from our baseline of 69%"), or a negation that gives a reason ("so my arms
don't fail"). When the statement and a key result count the same thing, they
should agree. With `SmartPolicy(learned_measurable=True)` a learned reading
of the statement's words (`goalkit._text.broadness`, its own weights) has a
say where no key result or milestone does (`_weighed_by_words`).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterator
from typing import Final

import attrs

from goalkit._model import Goal
from goalkit._smart.catalogue import finding
from goalkit._smart.findings import Finding, Severity, number_text, quote
from goalkit._smart.policy import SmartContext
from goalkit._smart.specific import _carries
from goalkit._text import Action, Quantity, TextAnalysis, TimeFrameKind, Wording
from goalkit._text.broadness import MEASURABLE_FILE, load_model, read_broadness
from goalkit._text.english import comparative
from goalkit._text.lexicon import UNNAMED_OUTCOMES
from goalkit._text.measures import (
    a_change_had,
    all_one_can,
    is_condition,
    is_frequency,
    names_a_way_kept,
)
from goalkit._text.tokens import overlaps

__all__ = ["has_a_measure", "targets_match_statement"]


def _weighed_by_words(
    rule: Callable[[Goal, SmartContext], Iterator[Finding]],
) -> Callable[[Goal, SmartContext], Iterator[Finding]]:
    """With `learned_measurable=True`, the words' reading has a say in *rule*'s verdict.

    Asked only of a goal with no key result and no milestone (those decide, as the
    rules read them): a statement the rule passes fails, with M-BROAD, where the
    reading finds it not measurable (p >= the model's `threshold`, its words leaning
    that way); the rule's errors only warn where the reading finds it measurable
    (p <= `threshold_pass`, its words leaning the other way).
    """

    @functools.wraps(rule)
    def weighed(goal: Goal, context: SmartContext) -> Iterator[Finding]:
        found = rule(goal, context)
        if not context.policy.learned_measurable or goal.key_results or goal.milestones:
            return found
        return _weighed(found, context.analysis.text)

    return weighed


def _weighed(found: Iterator[Finding], text: str) -> Iterator[Finding]:
    findings = list(found)
    weights = load_model(MEASURABLE_FILE)
    reading = read_broadness(text, weights)
    if any(item.severity is Severity.ERROR for item in findings):
        if reading.clear_at(weights.threshold_pass):
            findings = [
                _advice(item) if item.severity is Severity.ERROR else item for item in findings
            ]
    elif reading.vague_at(weights.threshold):
        said = ", ".join(quote(word) for word in reading.words)
        message = "Reads like an aim with nothing to check it by"
        findings.append(
            finding(
                "M-BROAD", message=f"{message}: {said}." if said else f"{message}.", path="title"
            )
        )
    return iter(findings)


def _advice(item: Finding) -> Finding:
    hint = f"{item.hint or ''} {_READ_AS_MEASURABLE}".lstrip()
    return attrs.evolve(item, severity=Severity.WARNING, hint=hint)


_READ_AS_MEASURABLE: Final = (
    "The learned reading of Measurable reads the statement as measurable, so this only "
    "advises (SmartPolicy(learned_measurable=True))."
)


@_weighed_by_words
def has_a_measure(goal: Goal, context: SmartContext) -> Iterator[Finding]:
    """M-NO-MEASURE and M-TEXT-ONLY: a key result, a milestone, or a number in the statement."""
    if goal.key_results or goal.milestones:
        return
    direction = _direction_only(context.analysis, context.policy.vague_verbs)
    if direction is not None:
        moved = context.analysis.text[direction.end - len(direction.object) : direction.end]
        moved = moved.removesuffix(" up").removesuffix(" down")  # "the rate down"
        yield finding(
            "M-NO-MEASURE",
            message=f"Says which way {quote(moved)} should move, not how far: "
            "a change with no amount is never done.",
            hint="Say how far: an amount to reach ('to 68%'), a change by an amount "
            "('by 10%') or a range ('from 40 to 80'), or a key result with a target.",
            path="key_results",
        )
        return
    quantities = _measuring(context.analysis, context.policy.vague_verbs)
    if quantities and _only_who(context.analysis, context.policy.vague_verbs):
        yield finding(
            "M-NO-MEASURE",
            message=f"Counts who ({quote(quantities[0].text)}), not what they will reach: "
            "a change with no amount or standard is never done.",
            path="key_results",
        )
        return
    if quantities:
        quantity = quantities[0]
        unit = "%" if quantity.percent else quantity.noun
        title = (quantity.phrase or quantity.noun or "Target").capitalize()
        yield finding(
            "M-TEXT-ONLY",
            message=f"Measured only by the statement ({quote(quantity.text)}); "
            "no key result records it.",
            hint=f"Record it so progress can be tracked: KeyResult(title={title!r}, "
            f"target={number_text(quantity.value)}, unit={unit!r}).",
            path="key_results",
        )
        return
    analysis = context.analysis
    if analysis.completions or _standards(analysis, context.policy.vague_verbs):
        yield _measured_in_words(analysis, None)
        return
    task = _dated_task(analysis, context.policy.vague_verbs)
    if task is not None:
        yield _measured_in_words(analysis, task)
        return
    kept = _kept_for_a_span(analysis, context.policy.vague_verbs, context.policy.vague_adjectives)
    if kept is not None:
        yield _measured_in_words(analysis, kept)
        return
    norm = _a_norm_reached(analysis.text)
    if norm is not None:
        yield _measured_in_words(analysis, None, norm)
        return
    deliverable = _dated_deliverable(analysis)
    if deliverable is not None:
        yield _measured_in_words(analysis, None, deliverable)
        return
    yield finding(
        "M-NO-MEASURE",
        message="Nothing says when it is done: no number in the statement, "
        "no key results, no milestones.",
        path="key_results",
    )


# The head nouns of a measured thing: "the number of students", "his math grade", "the
# employee turnover rate", "executive response time", "my numbers", "the incidence of
# pressure ulcers", "downtime".
_MEASURES: Final = frozenset(
    """
    number numbers percent percentage share proportion rate rates amount grade grades score
    scores average gpa time times count level levels incidence prevalence frequency downtime
    """.split()  # noqa: SIM905 - a word list reads best as prose
)
# Particles that give a change its direction: "cut the turnover rate down", "pull up his
# grade", "bring my numbers up".
_DIRECTIONS: Final = frozenset({"up", "down"})
# A bare number after one of these names a step in a series ("by the end of grade 9",
# "Lesson 8", "Day 7"), not an amount.
_SERIES: Final = frozenset(
    "grade level year day week lesson chapter unit step stage phase quarter module book".split()  # noqa: SIM905
)
# Standards that, beside a change of a measure, say who or what is counted, not how far:
# "per year", "as measured by DIBELS", "proficient on grade-level standards".
_QUALIFYING_RE: Final = re.compile(
    r"(?:per|a)\s.*|(?:as\s+)?measured\s+by|(?:at|on|above)\s.*grade[- ]level", re.IGNORECASE
)


def _direction_only(analysis: TextAnalysis, changes: frozenset[str]) -> Action | None:
    """The change of a measure that says which way and not how far, if that is all it sets.

    "Increase the number of students completing Algebra I", "cut the turnover rate down",
    "Pulling up his math grade": more or less of a counted thing, with no amount ("by 10%",
    "to 68%", "from a C to a B"), is never done. A number that only says who is counted
    ("the percent of scholars absent 10 or more days") or names a step ("grade 9") is no
    amount; a standard that does the same ("as measured by DIBELS") is none either.
    """
    told = []
    for action in analysis.actions:
        if action.purpose or action.means:
            continue
        if not _changes_a_measure(analysis.text, action, changes):
            return None  # most statements stop here, at their first action
        told.append(action)
    if not told:
        return None
    if any(_an_amount(analysis.text, q, told) for q in analysis.quantities):
        return None
    if any(
        not is_frequency(s) and not _QUALIFYING_RE.fullmatch(s.text) for s in analysis.standards
    ):
        return None
    return told[0]


def _changes_a_measure(text: str, action: Action, changes: frozenset[str]) -> bool:
    # "reduce executive response time", "bring my numbers up": a change, said by its verb or
    # by a particle of direction, of a thing counted.
    if not action.object:
        return False
    if action.verb not in changes:
        said = text[action.start : action.end].lower()
        if " up" not in said and " down" not in said:
            return False
        if _DIRECTIONS.isdisjoint(said.split()):
            return False
    words = action.object.split(" of ")[0].split()
    if words and words[-1] in _DIRECTIONS:
        words = words[:-1]
    return bool(words) and words[-1] in _MEASURES


def _an_amount(text: str, quantity: Quantity, told: list[Action]) -> bool:
    # Not one inside what is counted ("the percent of scholars absent 10"), nor a step named
    # ("grade 9"): those say which, not how far.
    for action in told:
        qualifier = action.object.find(" of ")
        if qualifier >= 0 and action.end - len(action.object) + qualifier <= quantity.start < (
            action.end
        ):
            return False
    before = text[: quantity.start].split()
    return quantity.percent or not before or before[-1].lower() not in _SERIES


def _measuring(analysis: TextAnalysis, changes: frozenset[str]) -> tuple[Quantity, ...]:
    """The quantities that measure: not one that only says at what or with whom someone
    will be something ("become an expert at one skill", "become close with at least one
    professor"), which counts what the vague outcome is about, not when it is done, nor
    the start of a change with no end ("improve retention from a baseline of 69%")."""
    quantities = analysis.quantities
    if quantities and "luent" in analysis.text:
        # "Fluently add and subtract within 20": the number bounds the skill, and how well
        # it is done has no level.
        quantities = tuple(q for q in quantities if not _a_range_bound(analysis.text, q))
    if quantities and _changes_only(analysis, changes):
        # "increase enrollment from the 2023 baseline of 6,061": where the change starts
        # says nothing of how far it goes.
        quantities = tuple(q for q in quantities if not _starting_point(analysis.text, q))
    if quantities and _LEARNING.intersection(a.verb for a in analysis.actions):
        # "Learn one new piece of technology": one open skill learnt has no line, however
        # few are counted ("learn X" sets no standard); "Learn one new chord" has one.
        quantities = tuple(q for q in quantities if not _an_open_skill_learnt(analysis, q))
    unclear = (*analysis.vague, *analysis.broad)
    if (
        quantities
        and unclear
        and not any(q.percent for q in quantities)  # a share of people: `_only_who`
        and not any(
            _carries(analysis.text, q, unclear) or _amount_of(analysis.text, q, unclear)
            for q in quantities
        )
    ):
        return ()
    return quantities


# Verbs of learning, and what learnt is an open skill, however few are counted: a
# technology, a language, a tool, a skill, a subject, a thing.
_LEARNING: Final = frozenset({"learn", "master", "explore"})
_OPEN_SKILLS: Final = frozenset(
    """
    technology technologies language languages tool tools skill skills subject subjects
    thing things software framework frameworks
    """.split()  # noqa: SIM905 - a word list reads best as prose
)


def _an_open_skill_learnt(analysis: TextAnalysis, quantity: Quantity) -> bool:
    # One, the object of a verb of learning, and what it counts an open skill: "one new
    # technology"; not "three languages", a count a person checks.
    counted = (quantity.phrase or quantity.noun).split()
    return (
        quantity.value == 1
        and bool(counted)
        and counted[-1].lower() in _OPEN_SKILLS
        and any(
            a.verb in _LEARNING and a.end - len(a.object) == quantity.start
            for a in analysis.actions
        )
    )


# Where a change starts, with no end after it: "from 200 lbs", "from the 2023 baseline of
# 6,061", "from our baseline measure of 69%"; not "from 40% to 10%" (read as a baseline).
_FROM_RE: Final = re.compile(
    r"\b(?:from|baseline)\s+(?:(?!(?:to|by)\b)[\w’'-]+\s+){0,5}\Z", re.IGNORECASE
)
_ON_TO_RE: Final = re.compile(r"\s*(?:\w+\s+)?(?:to|-|–|through|until)(?:\b|\s)", re.IGNORECASE)


def _starting_point(text: str, quantity: Quantity) -> bool:
    # Looked for only after "from": most numbers have none before them.
    before = text[max(0, quantity.start - 60) : quantity.start]
    return (
        quantity.baseline is None
        and ("from" in before or "baseline" in before)
        and _FROM_RE.search(before) is not None
        and _ON_TO_RE.match(text, quantity.end) is None
        and _ON_TO_RE.search(quantity.text) is None  # "88% to 93%", read as one
    )


def _a_range_bound(text: str, quantity: Quantity) -> bool:
    # "within 20", "within 5 using ...": the numbers a skill works on, with no unit; not
    # "within 30 seconds", "within 10%".
    return (
        not quantity.percent
        and text[max(0, quantity.start - 7) : quantity.start].lower() == "within "
        and quantity.noun not in _UNITS
    )


# Units a bound "within" a number may be in, when it is a limit, not a range of numbers.
_UNITS: Final = frozenset(
    """
    ms second seconds sec secs minute minutes min mins hour hours hr hrs day days week weeks
    month months year years try tries attempt attempts trial trials
    """.split()  # noqa: SIM905 - a word list reads best as prose
)


def _amount_of(text: str, quantity: Quantity, unclear: tuple[Wording, ...]) -> bool:
    # Right after the vague words, with nothing between, a number is their amount: "be down
    # 10 pounds"; "become an expert at one skill" has "at" between.
    return any(
        quantity.start >= w.end and not text[w.end : quantity.start].strip() for w in unclear
    )


def _standards(analysis: TextAnalysis, changes: frozenset[str]) -> tuple[Wording, ...]:
    # A frequency measures a habit ("Eat breakfast every day"), not a change with no
    # amount ("reduce screen time every night": reduce by how much?).
    found = analysis.standards
    if _changes_only(analysis, changes) or (found and _open_amounts_only(analysis)):
        found = tuple(s for s in found if not is_frequency(s))
    if found and _A_WAY_KEPT_RE.search(analysis.text):
        # "Stick to a daily schedule": which schedule is kept, not how often something is done.
        found = tuple(s for s in found if not names_a_way_kept(analysis.text, s))
    if found and ("so " in analysis.text or "because " in analysis.text):
        # "so that I don't feel stressed", "so my arms don't fail": why, not a rule kept.
        found = tuple(s for s in found if not _a_reason(analysis.text, s))
    limit = all_one_can(analysis.text) if found else None
    if limit is not None:
        # All one can has no line, however often ("as many push ups as I can, each day"),
        # nor does a rule it bounds ("avoid it for as long as possible").
        found = tuple(s for s in found if not is_frequency(s) and s.start > limit.end)
    if found and (analysis.vague or analysis.broad):
        # A rule against something with no edges sets none: "eliminate all stress",
        # "stop being lame".
        # An outcome left unnamed ("own my own business") is still reached or not.
        unclear = (
            *(w for w in analysis.vague if not _UNNAMED_RE.fullmatch(w.text)),
            *analysis.broad,
        )
        found = tuple(
            s for s in found if is_frequency(s) or is_condition(s) or not _about(s, unclear)
        )
    return found


# A statement with none of these words keeps to no schedule, routine or habit.
_A_WAY_KEPT_RE: Final = re.compile(r"schedule|routine|habit|regimen|diet|timetable|lifestyle", re.I)


def _open_amounts_only(analysis: TextAnalysis) -> bool:
    """Whether every action done is done to an open amount, so a frequency measures nothing.

    "Drink plenty of water every day", "spend a certain amount of time each day":
    how often is said, but not how much each time, so no day is ever done.
    """
    told = [a for a in analysis.actions if a.object and not a.purpose and not a.means]
    return bool(told) and all(a.object.startswith(_OPEN_AMOUNTS) for a in told)


# Amounts said in words that set no line: "plenty of water", "a healthy amount of water".
_OPEN_AMOUNTS: Final = (
    "plenty ",
    "lots ",
    "a lot ",
    "loads ",
    "a healthy amount",
    "a certain amount",
    "a decent amount",
    "a good amount",
    "enough ",
    "some ",
    "a bit ",
    "a little ",
)


# A negation after "so", "so that" or "because", a few words on: a reason, not a rule.
_REASON_RE: Final = re.compile(
    r"\b(?:so(?:\s+that)?|because)\s+(?:[\w'’]+\s+){0,4}\Z", re.IGNORECASE
)
_NEGATION_RE: Final = re.compile(
    r"(?:don['’]t|do\s+not|does\s+not|doesn['’]t|never|won['’]t|will\s+not)\b", re.IGNORECASE
)


def _a_reason(text: str, rule: Wording) -> bool:
    return (
        _NEGATION_RE.match(rule.text) is not None
        and _REASON_RE.search(text, max(0, rule.start - 40), rule.start) is not None
    )


def _dated_task(analysis: TextAnalysis, changes: frozenset[str]) -> Action | None:
    """The one task a dated statement sets, done or not by its date, if it sets one.

    "Write job descriptions by February", "research meditation apps on
    Wednesday", "Do a unit on knights in May": a concrete action on a thing
    made or done, with a deadline, is finished by then or not. Not a change
    ("lose weight next year"), a state ("be proficient in six months"), time
    spent ("spend the next month training") or an activity on a bare mass
    noun ("practise good sleep hygiene for 100 days").
    """
    if not analysis.time_frames or analysis.vague or analysis.broad:
        return None
    told = [a for a in analysis.concrete_actions if not a.purpose and not a.means]
    if told and all(
        a.verb not in changes
        and _a_thing_done(a)
        # "procrastinate this semester": the object read is the date
        and not any(
            frame.start <= a.end - len(a.object) and frame.end >= a.end
            for frame in analysis.time_frames
        )
        for a in told
    ):
        return told[0]
    return None


def _kept_for_a_span(
    analysis: TextAnalysis, changes: frozenset[str], qualities: frozenset[str]
) -> Action | None:
    """The act a statement keeps up for a span it names, if it keeps one up.

    "Meditate for 108 days", "Go to counseling for the first 12 weeks", "Keep an
    exercise journal for six weeks": an act kept for so long from the start is kept
    every day of the span or not, as "for 30 days" with a count is. Not a change
    ("Try lifestyle changes for 6 months"), more of something, an act on a quality
    with no line ("practice good sleep hygiene for 100 days") or a practice, which names
    a way of living, not an act ("Practice gratitude for 30 days").
    """
    if not analysis.time_frames or analysis.vague or analysis.broad:
        return None
    if not any(
        frame.kind is TimeFrameKind.RELATIVE and _SPAN_RE.match(frame.text)
        for frame in analysis.time_frames
    ):
        return None
    told = [a for a in analysis.actions if not a.purpose and not a.means]
    if told and all(
        a.verb not in changes
        and a.verb not in _PRACTISING
        and not _more_of(a.object)
        and qualities.isdisjoint(a.object.split()[:2])
        and not _CHANGES.intersection(a.object.split())
        for a in told
    ):
        return told[0]
    return None


# A span from the start, said with "for": "for 30 days", "for the first 12 weeks", "for a
# month"; not "for my next day of school", "for February" or "for the year".
_SPAN_RE: Final = re.compile(
    r"for\s+(?:the\s+(?:(?:next|first|following)\s+)?)?"
    r"(?:\d+|a(?!\s+few)|an|one|two|three|four|five|six|seven|eight|nine|ten|twelve|\w+ty)\b",
    re.IGNORECASE,
)
# Verbs of keeping to a way of living, not of doing an act: "practise gratitude".
_PRACTISING: Final = frozenset({"practice", "practise", "work"})
# What is tried or made for a span with no amount: "lifestyle changes".
_CHANGES: Final = frozenset({"change", "changes"})


def _a_norm_reached(text: str) -> str | None:
    """The norm of the body a statement reaches, if it names one: the words that name it.

    "Restore full range of motion", "achieve full weight bearing", "Blood sugar will be
    within normal limits", "knee range of motion equal to that of your opposite side":
    a joint's full range, the body's full load and a clinical reference range are lines
    a clinician checks, as a number is. Not "normal" alone ("a normal walking pattern"),
    which the corpus's people read both ways.
    """
    lowered = text.lower()
    if "full" not in lowered and "normal" not in lowered and "equal to" not in lowered:
        return None  # most statements stop here
    found = _NORM_RE.search(text)
    return None if found is None else found.group()


# A joint's full range or the body's full load, a clinical reference range, or a range as
# the other side's.
_NORM_RE: Final = re.compile(
    r"\bfull[- ](?:\w+\s+)?(?:weight[- ]bearing|range\s+of\s+motion|extension|flexion)\b"
    r"|\bwithin\s+normal\s+(?:limits|range)\b"
    r"|\b(?:range\s+of\s+motion|extension|flexion)\s+equal\s+to\b",
    re.IGNORECASE,
)


def _dated_deliverable(analysis: TextAnalysis) -> str | None:
    """The thing a dated heading with no verb says will be ready, if it names one.

    "October 1: Polished manuscript for journal submission", "Introduction by
    the end of May": a timeline's line names a piece of work made, which is
    there by the date or not. Not a state or an aim ("Fitness by June").
    """
    if not analysis.time_frames or analysis.vague or analysis.broad or analysis.quantities:
        return None
    text = analysis.text
    first = analysis.time_frames[0]
    if not text[: first.start].strip() and text[first.end : first.end + 1] == ":":
        heading = text[first.end + 1 :]  # "October 1: ...": what follows the date
        written = heading.split()[:1]
        if not written or (not written[0].lower().endswith("ed") and _verb_at(analysis, heading)):
            return None  # "October 1: read more": an action, read as such elsewhere
    elif any(a.verb not in _MONTHS for a in analysis.actions):
        return None
    else:
        heading = "".join(
            text[frame_end:next_start]
            for frame_end, next_start in zip(
                (0, *(f.end for f in analysis.time_frames)),
                (*(f.start for f in analysis.time_frames), len(text)),
                strict=True,
            )
        )
    words = heading.lower().replace("(", " ").replace(")", " ").split()
    if _DELIVERABLES.isdisjoint(word.strip(".,;:!?") for word in words):
        return None
    return heading.strip(" .:;")


def _verb_at(analysis: TextAnalysis, heading: str) -> bool:
    start = len(analysis.text) - len(heading) + (len(heading) - len(heading.lstrip()))
    return any(a.start == start for a in analysis.actions)


# Pieces of work a timeline names as ready by a date.
_DELIVERABLES: Final = frozenset(
    """
    draft drafts manuscript introduction conclusion chapter chapters proposal report paper
    thesis dissertation article outline abstract poster prototype portfolio essay
    """.split()  # noqa: SIM905 - a word list reads best as prose
)
_MONTHS: Final = frozenset(
    """
    january february march april may june july august september october november december
    """.split()  # noqa: SIM905 - a word list reads best as prose
)


# Verbs whose object is not a thing made or done: a state, time, a light sense, a cut by
# no amount ("limit my chocolate intake this month": to how much?).
_NOT_TASKS: Final = frozenset(
    """
    be become have spend keep stay make use work practice practise continue maintain lose
    gain feel get try take limit curb moderate minimize minimise
    """.split()  # noqa: SIM905 - a word list reads best as prose
)
_DETERMINERS: Final = frozenset(
    "a an the my our your his her their this that these those one each every all".split()  # noqa: SIM905
)


def _a_thing_done(action: Action) -> bool:
    # "a unit", "the hiring process", "job descriptions", "meditation apps"; "begin training".
    words = action.object.split()
    if not words or action.verb in _NOT_TASKS or _more_of(action.object):
        return False
    first, last = words[0], words[-1]
    if action.verb in ("begin", "start") and first.endswith("ing"):
        return True  # a start, made or not by the date
    # A bare plural is a set made ("job descriptions"), not one taken in ("read articles").
    return first in _DETERMINERS or (
        action.verb not in _TAKING_IN
        and not first.endswith("ly")
        and last.endswith("s")
        and not last.endswith("ss")
    )


# Verbs of taking things in or doing them for their own sake: "read articles this month",
# "visit museums this summer" say how many no more than "read more" does.
_TAKING_IN: Final = frozenset(
    """
    read watch listen attend visit eat drink meet try play explore learn study enjoy see
    """.split()  # noqa: SIM905 - a word list reads best as prose
)


def _changes_only(analysis: TextAnalysis, changes: frozenset[str]) -> bool:
    """Whether every action is a change by no amount, so a frequency measures nothing.

    "reduce screen time every night" (reduce by how much?), "Eat more fruit every
    day" (more than what?): what is repeated has no line to reach.
    """
    if not analysis.actions:
        return False

    def changed(action: Action) -> bool:
        # A change by its verb, unless one new thing is what changes ("learn a new word").
        return (action.verb in changes and not _one_new(action)) or a_change_had(action)

    if all(map(changed, analysis.actions)):
        return True
    # The actions on something (not "come into my room", not why or how): each a change or
    # more, less or better of something.
    told = [
        a
        for a in analysis.actions
        if a.object and not a.purpose and not a.means and a.object.split()[0] not in _PLACES
    ]
    more = [_more_of(a.object) for a in told]
    return (
        bool(told)
        and (any(more) or all(map(changed, told)))
        and all(m or changed(a) for m, a in zip(more, told, strict=True))
    )


def _one_new(action: Action) -> bool:
    # "learn a new word each week", "try one new recipe": one more each time is a count.
    words = action.object.split()[:2]
    return len(words) > 1 and words[0] in ("a", "an", "one") and words[1] in _NEW


_NEW: Final = frozenset({"new", "different", "fresh"})


# Words an action's object starts with when it says where, not what: "come into my room".
_PLACES: Final = frozenset({"in", "into", "to", "at", "on", "from", "onto", "out", "back"})
_MORE: Final = frozenset({"more", "less", "fewer", "better", "extra", "bigger", "smaller"})


def _more_of(words: str) -> bool:
    # "more fruits", "a better job greeting my students": a comparative with nothing to beat;
    # not "an extra glass of water", "one more lap", which add one.
    first = words.split()[:3]
    if len(first) > 1 and first[0] in ("an", "one") and first[1] in ("extra", "more"):
        return False
    return any(word in _MORE or (word.endswith("er") and comparative(word)) for word in first)


def _about(rule: Wording, unclear: tuple[Wording, ...]) -> bool:
    # A rule on vague words: over them ("eliminate all stress") or just before ("stop being lame").
    return any(overlaps(rule, w) or -1 <= w.start - rule.end <= 1 for w in unclear)


_UNNAMED_RE: Final = re.compile(UNNAMED_OUTCOMES, re.IGNORECASE)
# "100% of my students", "80 percent of patients": a share of people.
_SHARE_OF_RE: Final = re.compile(
    r"\s*(?:%|percent)?\s*of\s+(?:(?:my|our|the|all|their|his|her|your)\s+)?(?:[\w-]+\s+)?"
    r"(?:students|scholars|learners|pupils|children|kids|patients|clients|employees|staff|"
    r"members|participants|teachers|residents|users|customers|people|graduates|hires)\b",
    re.IGNORECASE,
)


def _only_who(analysis: TextAnalysis, changes: frozenset[str]) -> bool:
    """Whether every number is a share of people who will change by no amount.

    "100% of students will improve their reading" counts who, not what: no
    standard says when a student has improved.
    """
    text = analysis.text
    if analysis.standards or not all(
        q.percent
        and q.baseline is None
        and _SHARE_OF_RE.match(text, q.start + q.text.find(str(q.value)) + len(str(q.value)))
        for q in analysis.quantities
    ):
        return False
    told = [a for a in analysis.actions if not a.purpose and not a.means]
    return bool(told) and all(a.verb in changes or a_change_had(a) for a in told)


def _measured_in_words(
    analysis: TextAnalysis, task: Action | None, deliverable: str | None = None
) -> Finding:
    # A standard ("every day", "at least a B", "No sweets"), one thing done ("Launch the
    # rebrand") or a piece of work ready ("October 1: Polished manuscript"): checkable, but
    # nothing records it yet.
    hint: str | None
    if analysis.completions or task is not None or deliverable is not None:
        if deliverable is not None:
            words = deliverable
        else:
            done = task or analysis.completions[0]
            words = analysis.text[done.start : done.end]
        hint = (
            f"Record it as a milestone, so its completion can be tracked: "
            f"Milestone(title={words[:1].upper() + words[1:]!r})."
        )
    else:
        words = analysis.standards[0].text
        hint = None  # the catalogue's: a key result with a target
    return finding(
        "M-TEXT-ONLY",
        message=f"Measured only by the statement ({quote(words)}); nothing records it.",
        hint=hint,
        path="key_results",
    )


def targets_match_statement(goal: Goal, context: SmartContext) -> Iterator[Finding]:
    """M-TARGET-MISMATCH: a number in the statement and the key result counting it agree.

    A key result counts a quantity's noun when its unit or title names it
    (singular or plural).
    """
    counted = [q for q in context.analysis.quantities if q.noun and not q.percent]
    if not counted or not goal.key_results:
        return
    words = [
        set().union(*map(_forms, f"{kr.unit} {kr.title}".lower().replace("-", " ").split()))
        for kr in goal.key_results
    ]
    for quantity in counted:
        noun = _forms(quantity.noun)
        matching = [(index, kr) for index, kr in enumerate(goal.key_results) if noun & words[index]]
        if matching and all(kr.target != quantity.value for _, kr in matching):
            index, kr = matching[0]
            yield finding(
                "M-TARGET-MISMATCH",
                message=f"The statement says {quote(quantity.text)} but key result "
                f"{quote(kr.title)} targets {number_text(kr.target)}.",
                path=f"key_results[{index}].target",
            )


@functools.lru_cache(maxsize=4096)  # a pure function of a word; key results repeat words
def _forms(word: str) -> frozenset[str]:
    """The word and the singulars it may be the plural of.

    English plurals do not say which ending they dropped ("courses" is
    "course" + s, "classes" is "class" + es, "stories" is "story"), so a
    plural stands for every candidate and two words match when their
    candidates meet.

    >>> sorted(_forms("Courses"))
    ['cours', 'course', 'courses']
    """
    word = word.lower()
    forms = {word}
    if word.endswith("s") and len(word) > 2:
        forms.add(word[:-1])
        if word.endswith("es"):
            forms.add(word[:-2])
        if word.endswith("ies") and len(word) > 4:
            forms.add(word[:-3] + "y")
    return frozenset(forms)

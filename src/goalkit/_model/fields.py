"""What each field of each model class means: the one source of field descriptions.

Each model class is built with `describe_fields` as its attrs
``field_transformer``, which puts the text below into every field's
metadata (``attrs.fields(Goal).due.metadata["description"]``), where
tools that read attrs classes find it: the JSON Schema (`goalkit.json_schema`,
and so OpenAPI through pydantic) describes every property with it, the
format page's field tables show it, and so do API reference tables built
from attrs metadata (griffe-fieldz reads ``metadata["description"]``). A
form builder, an API's docs and goalkit's own docs say the same thing. A
class with a field not described here fails at import.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import Any, Final

__all__ = ["FIELD_DESCRIPTIONS", "describe_fields", "field_description"]

_ID = (
    "A unique id: text without surrounding spaces. Generated when omitted: a new unique id "
    "with the class's prefix, such as 'g-3f2a9c1b7d4e' for a goal."
)

#: Class name -> field name -> what the field means, in the domain's words.
FIELD_DESCRIPTIONS: Final[Mapping[str, Mapping[str, str]]] = MappingProxyType(
    {
        "Person": {
            "name": "The person's name, as shown in reports.",
            "id": "The person's id, referred to by goals' `owner` and check-ins' `by`.",
        },
        "CheckIn": {
            "on": "The day of the check-in (YYYY-MM-DD).",
            "value": "The key result's measured value on that day, in the key result's unit.",
            "confidence": "How confident the mentee is of reaching the target, 0 (not at all) "
            "to 10 (certain); null when not asked.",
            "note": "What happened, in a sentence.",
            "by": "Who checked in: a person's id or name; null when not recorded.",
        },
        "KeyResult": {
            "title": "What is measured, such as 'Presentations given'.",
            "target": "The value that means the key result is achieved.",
            "baseline": "The value when the goal started; progress runs from it to the target.",
            "unit": "The unit of the values, such as 'presentations' or 'hours'.",
            "direction": "Which way the value should move: increase or decrease (from the "
            "baseline to the target), at_least or at_most (a threshold to keep). Left out, "
            "it is inferred from baseline and target.",
            "weight": "The key result's share in its goal's progress, relative to the others'.",
            "due": "The day the target should be reached, if it differs from the goal's.",
            "check_ins": "The measured values over time, in date order.",
            "id": _ID,
        },
        "Milestone": {
            "title": "The step to reach, such as 'First talk at a team meeting'.",
            "due": "The day the milestone is planned for; null when not planned.",
            "completed_on": "The day the milestone was reached; null while it is open.",
            "weight": "The milestone's share in its goal's progress, relative to the "
            "key results' and other milestones'.",
            "id": _ID,
        },
        "Review": {
            "held_on": "The day the review was held.",
            "kind": "How it was held: one_on_one, survey, feedback_360 or self_reflection.",
            "reviewer": "Who reviewed: a person's id or name; null when not recorded.",
            "notes": "What was said, in free text.",
            "rating": "An overall rating from 1 (poor) to 5 (excellent); null when not rated.",
            "next_steps": "The actions agreed, one per item.",
            "id": _ID,
        },
        "Revision": {
            "on": "The day the goal was changed.",
            "reason": "Why it was changed, such as 'Conference moved to May'.",
            "changes": "What changed: each changed goal field mapped to [old value, new value], "
            "each written like the field.",
        },
        "Goal": {
            "title": "The goal statement, such as 'Give five presentations in the next three "
            "months'.",
            "id": _ID,
            "description": "More about the goal, in free text.",
            "kind": "What the goal is about: performance (a result), learning (a skill or "
            "knowledge) or development (the person's growth).",
            "owner": "Who owns the goal: a person's id, usually the mentee's; null when not set.",
            "start": "The day work on the goal starts; null when not set.",
            "due": "The day the goal should be achieved, on or after start; null when not set.",
            "status": "Where the goal stands: draft, active, achieved or abandoned.",
            "weight": "The goal's share in its parent's (or the plan's) progress, relative to "
            "its siblings'.",
            "parent_id": "The id of the longer-term goal this one breaks down; null for a "
            "top-level goal. It names another goal of the same plan.",
            "relevance": "Why the goal matters: the career objective, value or organisational "
            "objective it serves.",
            "tags": "Free labels for grouping and filtering goals.",
            "key_results": "The measurable outcomes that tell how far the goal is.",
            "milestones": "The steps on the way, each reached or not.",
            "reviews": "The reviews held about this goal (one-on-ones, surveys, feedback).",
            "revisions": "The goal's changes over time, oldest first: when, why and what.",
            "agreements": "Who agreed to the goal and when, in date order: a draft goal "
            "becomes active once the plan's mentee and mentor have both agreed.",
            "ambition": "committed (the target is expected in full) or aspirational (a stretch "
            "goal: reaching most of it counts as success).",
            "outcome": "How the goal ended when its plan was closed: achieved, partial, missed "
            "or dropped; null while the plan is open.",
            "carried_from": "The id of the goal in the previous plan that this one carries on "
            "(set by a follow-up plan); null otherwise.",
        },
        "Agreement": {
            "by": "The id of the person who agreed: the plan's mentee or mentor.",
            "on": "The day they agreed (YYYY-MM-DD).",
        },
        "Cadence": {
            "every": "How many units between two reviews, 1 or more (at most five years).",
            "unit": "The unit of the step: week, month, quarter or year.",
            "anchor": "The day of the first review; later ones are counted from it.",
        },
        "Plan": {
            "mentee": "The person the plan is for.",
            "mentor": "The mentor, a different person from the mentee; null when none.",
            "goals": "The plan's goals; they form a tree through their parent_id.",
            "cadence": "How often the mentor and mentee review the plan; null when not agreed.",
            "id": _ID,
            "title": "The plan's title, such as 'Ana's path to team lead'.",
            "closed_on": "The day the mentorship closed; null while it runs. A closed plan "
            "refuses new check-ins, goals and agreements.",
            "closing_notes": "What the mentor and mentee said when they closed the plan.",
        },
    }
)


def describe_fields(cls: type, fields: list[Any]) -> list[Any]:
    """attrs' ``field_transformer``: each field with its description in its metadata.

    Raises:
        KeyError: a field of *cls* (one its constructor takes) is not described in
            `FIELD_DESCRIPTIONS`.

    Examples:
        >>> import attrs
        >>> from goalkit import CheckIn
        >>> attrs.fields(CheckIn).note.metadata["description"]
        'What happened, in a sentence.'
    """
    descriptions = FIELD_DESCRIPTIONS[cls.__name__]
    return [
        field.evolve(metadata={**field.metadata, "description": descriptions[field.name]})
        if field.init  # private caches (init=False) are not part of the document
        else field
        for field in fields
    ]


def field_description(cls: type, name: str) -> str:
    """What the field *name* of the model class *cls* means, from the field's metadata.

    Raises:
        KeyError: *cls* has no described field of that name.

    Examples:
        >>> from goalkit import CheckIn
        >>> field_description(CheckIn, "confidence")[:40]
        'How confident the mentee is of reaching '
    """
    import attrs

    description: str = getattr(attrs.fields(cls), name).metadata["description"]
    return description

"""OKR: the quality checks of an objective with key results.

The domain reading (seed 001) sets OKRs beside SMART: "objectives are
action-focused and high-level", "key results are quantitative". The
checks that follow are the common ones:

- **Objective**: qualitative and inspiring, so no number in it (numbers
  belong in key results);
- **Key results**: two to five of them (`SmartPolicy.min_key_results`,
  `max_key_results`);
- **Outcomes**: each key result an outcome with a number, not a task
  ("Write the plan" is done or not), a target that differs from its
  baseline, and none that merely restates the objective.

Its criteria are data: `OkrCriterion`.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Final

from goalkit._model import Direction, Goal, KeyResult
from goalkit._smart.catalogue import finding
from goalkit._smart.findings import Finding, OkrCriterion, number_text, quote
from goalkit._smart.framework import Framework
from goalkit._smart.policy import Rule, SmartContext
from goalkit._text import analyze
from goalkit._text.lexicon import STOP_WORDS
from goalkit._words import plural

__all__ = [
    "OKR",
    "OKR_RULES",
    "OkrCriterion",
    "key_result_outcomes",
    "key_results_count",
    "qualitative_objective",
]


# Units that say a key result is a task, done or not.
_TASK_UNITS: Final = frozenset({"", "done", "task", "tasks", "yes", "item"})


def qualitative_objective(goal: Goal, context: SmartContext) -> Iterator[Finding]:
    """O-NUMBER: the objective says where to go, in words; numbers belong in key results."""
    quantities = context.analysis.quantities
    if quantities:
        yield finding(
            "O-NUMBER",
            message=f"The objective has a number ({quote(quantities[0].text)}); an objective "
            "says where to go, in words.",
            path="title",
        )


def key_results_count(goal: Goal, context: SmartContext) -> Iterator[Finding]:
    """KR-TOO-FEW and KR-TOO-MANY: between `min_key_results` and `max_key_results` (2 to 5)."""
    count = len(goal.key_results)
    low, high = context.policy.min_key_results, context.policy.max_key_results
    if count < low:
        yield finding(
            "KR-TOO-FEW",
            message=f"{plural(count, 'key result')}; an objective needs {low} to {high}.",
            path="key_results",
        )
    elif count > high:
        yield finding(
            "KR-TOO-MANY",
            message=f"{count} key results; more than {high} blur the focus.",
            path="key_results",
        )


def key_result_outcomes(goal: Goal, context: SmartContext) -> Iterator[Finding]:
    """KR-TASK, KR-NO-CHANGE and KR-RESTATES: each key result measures an outcome."""
    objective = _content_words(goal.title)
    for index, key_result in enumerate(goal.key_results):
        path = f"key_results[{index}]"
        if _is_task(key_result, context):
            yield finding(
                "KR-TASK",
                message=f"{quote(key_result.title)} is a task, done or not; a key result "
                "measures an outcome.",
                path=path,
            )
        if key_result.baseline == key_result.target:
            yield finding(
                "KR-NO-CHANGE",
                message=f"{quote(key_result.title)} targets {number_text(key_result.target)}, "
                "where it starts: nothing is to change.",
                path=f"{path}.target",
            )
        words = _content_words(key_result.title)
        if words and words <= objective:
            yield finding(
                "KR-RESTATES",
                message=f"{quote(key_result.title)} says the objective again.",
                path=f"{path}.title",
            )


def _content_words(text: str) -> frozenset[str]:
    words = (word.strip(".,;:!?()\"'’“”").lower() for word in text.split())
    return frozenset(word for word in words if len(word) > 2 and word not in STOP_WORDS)


def _is_task(key_result: KeyResult, context: SmartContext) -> bool:
    # "Write the plan", target 1, no unit: done or not. A threshold held at one
    # ("at most 1 incident") is an outcome.
    if key_result.target != 1 or key_result.unit.lower() not in _TASK_UNITS:
        return False
    if key_result.direction in (Direction.AT_LEAST, Direction.AT_MOST):
        return False
    return bool(analyze(key_result.title, context.policy._lexicon).actions)


#: OKR's rules, in the order they run.
OKR_RULES: Final[tuple[Rule, ...]] = (
    qualitative_objective,
    key_results_count,
    key_result_outcomes,
)

OKR: Final = Framework(name="okr", criteria=tuple(OkrCriterion), rules=OKR_RULES)
"""OKR: a qualitative objective measured by two to five key results that are outcomes.

| rule | criterion | codes |
|---|---|---|
| `qualitative_objective` | Objective | `O-NUMBER` |
| `key_results_count` | Key results | `KR-TOO-FEW`, `KR-TOO-MANY` |
| `key_result_outcomes` | Outcomes | `KR-TASK`, `KR-NO-CHANGE`, `KR-RESTATES` |

Examples:
    >>> import datetime
    >>> from goalkit import Goal, KeyResult, assess
    >>> goal = Goal(title="Make onboarding a delight", key_results=[
    ...     KeyResult(title="New hires productive in their first week", target=80,
    ...               baseline=45, unit="%"),
    ...     KeyResult(title="Onboarding survey score", target=4.5, baseline=3.2)])
    >>> report = assess(goal, as_of=datetime.date(2027, 1, 4), framework=OKR)
    >>> report.framework, report.passed
    ('okr', True)
    >>> [criterion.label for criterion in OKR.criteria]
    ['Objective', 'Key results', 'Outcomes']
"""

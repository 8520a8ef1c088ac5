"""Measurable: a number to compare against.

A key result, a milestone, or a number in the statement ("five
presentations") measures a goal; a number only in the words is advice to
record it. When the statement and a key result count the same thing, they
should agree.
"""

from __future__ import annotations

from collections.abc import Iterator

from goalkit._model import Goal
from goalkit._smart.findings import Criterion, Finding, Severity, number_text, quote
from goalkit._smart.policy import SmartContext

__all__ = ["has_a_measure", "targets_match_statement"]


def has_a_measure(goal: Goal, context: SmartContext) -> Iterator[Finding]:
    """M-NO-MEASURE and M-TEXT-ONLY: a key result, a milestone, or a number in the statement.

    Examples:
        >>> import datetime
        >>> from goalkit import Goal, SmartPolicy, analyze_text
        >>> title = "Give five presentations"
        >>> context = SmartContext(plan=None, as_of=datetime.date(2027, 1, 1),
        ...                        policy=SmartPolicy(), analysis=analyze_text(title))
        >>> print(next(has_a_measure(Goal(title=title), context)).hint)
        Record it so progress can be tracked: KeyResult(title='Presentations', target=5, unit='presentations').
    """  # noqa: E501 - a doctest's expected output is one line
    if goal.key_results or goal.milestones:
        return
    quantities = context.analysis.quantities
    if quantities:
        quantity = quantities[0]
        unit = "%" if quantity.percent else quantity.noun
        title = (quantity.phrase or quantity.noun or "Target").capitalize()
        yield Finding(
            criterion=Criterion.MEASURABLE,
            code="M-TEXT-ONLY",
            severity=Severity.WARNING,
            message=f"Measured only by the statement ({quote(quantity.text)}); "
            "no key result records it.",
            hint=f"Record it so progress can be tracked: KeyResult(title={title!r}, "
            f"target={number_text(quantity.value)}, unit={unit!r}).",
            path="key_results",
        )
        return
    yield Finding(
        criterion=Criterion.MEASURABLE,
        code="M-NO-MEASURE",
        severity=Severity.ERROR,
        message="Nothing says when it is done: no number in the statement, "
        "no key results, no milestones.",
        hint=(
            "Add a number to reach ('give five presentations'), a key result with a "
            "target, or milestones to complete."
        ),
        path="key_results",
    )


def targets_match_statement(goal: Goal, context: SmartContext) -> Iterator[Finding]:
    """M-TARGET-MISMATCH: a number in the statement and the key result counting it agree.

    A key result counts a quantity's noun when its unit or title names it
    (singular or plural).

    Examples:
        >>> import datetime
        >>> from goalkit import Goal, KeyResult, SmartPolicy, analyze_text
        >>> goal = Goal(title="Give five presentations", key_results=[
        ...     KeyResult(title="Presentations given", target=4)])
        >>> context = SmartContext(plan=None, as_of=datetime.date(2027, 1, 1),
        ...                        policy=SmartPolicy(), analysis=analyze_text(goal.title))
        >>> [f.path for f in targets_match_statement(goal, context)]
        ['key_results[0].target']
    """
    counted = [q for q in context.analysis.quantities if q.noun and not q.percent]
    if not counted or not goal.key_results:
        return
    words = [
        {_singular(word) for word in f"{kr.unit} {kr.title}".lower().replace("-", " ").split()}
        for kr in goal.key_results
    ]
    for quantity in counted:
        noun = _singular(quantity.noun)
        matching = [
            (index, kr) for index, kr in enumerate(goal.key_results) if noun in words[index]
        ]
        if matching and all(kr.target != quantity.value for _, kr in matching):
            index, kr = matching[0]
            yield Finding(
                criterion=Criterion.MEASURABLE,
                code="M-TARGET-MISMATCH",
                severity=Severity.WARNING,
                message=f"The statement says {quote(quantity.text)} but key result "
                f"{quote(kr.title)} targets {number_text(kr.target)}.",
                hint="Make them agree: revise the statement or the key result's target.",
                path=f"key_results[{index}].target",
            )


def _singular(word: str) -> str:
    word = word.lower()
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("ses", "xes", "ches", "shes")):
        return word[:-2]
    if word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word

"""Relevant: a stated link to why the goal matters.

A goal is relevant when it states its `relevance` (the career objective,
value or organisational objective it serves), has a parent goal in the
plan, or aligns with an organisational objective (a tag such as
`objective:customer retention`, or one of `SmartPolicy.objectives` named in
the goal).
"""

from __future__ import annotations

from collections.abc import Iterator

from goalkit._errors import excerpt
from goalkit._model import Goal
from goalkit._smart.catalogue import finding
from goalkit._smart.findings import Finding
from goalkit._smart.policy import SmartContext, SmartPolicy, has_goal

__all__ = ["states_why"]


def states_why(goal: Goal, context: SmartContext) -> Iterator[Finding]:
    """R-NO-LINK, R-THIN and R-UNKNOWN-PARENT: something says why the goal matters."""
    policy = context.policy
    relevance = goal.relevance.strip()
    if relevance:
        if len(relevance.split()) < policy.min_relevance_words:
            yield finding(
                "R-THIN",
                message=f"The relevance {excerpt(relevance)} is too short to say why it matters.",
                path="relevance",
            )
        return
    if goal.parent_id is not None:
        plan = context.plan
        if plan is None or has_goal(plan, goal.parent_id):
            return
        yield finding(
            "R-UNKNOWN-PARENT",
            message=f"The parent goal {goal.parent_id!r} is not in the plan.",
            path="parent_id",
        )
    if _aligned_objective(goal, policy) is not None:
        return
    yield finding(
        "R-NO-LINK",
        message="Nothing says why this goal matters: no relevance, no parent goal, "
        "no organisational objective.",
        path="relevance",
    )


def _aligned_objective(goal: Goal, policy: SmartPolicy) -> str | None:
    prefixes = tuple(prefix.lower() for prefix in policy.objective_tag_prefixes)
    for tag in goal.tags:
        lowered = tag.lower().strip()
        if prefixes and lowered.startswith(prefixes) and lowered not in prefixes:
            return tag
    if policy.objectives:
        text = (
            f" {' '.join(goal.title.lower().split())} {' '.join(goal.description.lower().split())} "
        )
        tags = {" ".join(tag.lower().split()) for tag in goal.tags}
        for objective in policy.objectives:
            wanted = " ".join(objective.lower().split())
            if wanted and (wanted in tags or f" {wanted} " in text):
                return objective
    return None

"""REAL: Relevant, Experimental, Aspirational, Learning-based, for developmental goals.

The domain reading asks mentors to "adopt the REAL goal-setting framework"
(seed 002, MentorcliQ's framework) for developmental goals, where SMART's
"Measurable" is the wrong test: a mentee growing into a leader names an
area to grow in and an experiment to learn from, not a count to reach.

- **Relevant**: why it matters (SMART's own rule, `states_why`);
- **Experimental**: a development activity that yields insight, something
  to try ("by leading two retrospectives", "shadow a senior engineer"), or
  milestones that stand for one;
- **Aspirational**: an area of desired development ("communication
  skills", "become a more confident presenter");
- **Learning-based**: the outcome is a capability gained ("learn to",
  "be able to", skills, confidence, knowledge).

Its criteria are data: `RealCriterion` for the three of its own, and
`Criterion.RELEVANT`, shared with SMART.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Final

from goalkit._model import Goal
from goalkit._smart.catalogue import finding
from goalkit._smart.findings import Criterion, Finding, RealCriterion, quote
from goalkit._smart.framework import Framework
from goalkit._smart.policy import Rule, SmartContext
from goalkit._smart.relevant import states_why
from goalkit._text import TextAnalysis

__all__ = [
    "REAL",
    "REAL_RULES",
    "RealCriterion",
    "gains_a_capability",
    "names_an_aspiration",
    "tries_something",
]


# Verbs of growing: a statement that grows something names an area to grow in.
_GROWTH_VERBS: Final = frozenset(
    """
    become grow develop improve enhance learn master strengthen build gain advance expand
    deepen broaden sharpen hone nurture cultivate acquire practise practice
    """.split()  # noqa: SIM905 - a word list reads best as prose
)
# Words of a capability: what is gained when one learns.
_CAPABILITY_WORDS: Final = frozenset(
    """
    skill skills ability abilities knowledge confidence confident fluency fluent
    proficiency proficient expertise competence competent understanding mindset habit
    habits capability capabilities comfortable able how
    """.split()  # noqa: SIM905 - a word list reads best as prose
)
# Roles to grow into: "move into a team lead role", "become a manager".
_ROLE_WORDS: Final = frozenset(
    "role position leader lead manager director mentor expert specialist".split()  # noqa: SIM905
)
_LEARNING_VERBS: Final = frozenset(
    """
    learn master study practise practice understand train acquire develop improve
    strengthen sharpen hone deepen
    """.split()  # noqa: SIM905 - a word list reads best as prose
)


def _shows(analysis: TextAnalysis, verbs: frozenset[str], words: frozenset[str]) -> bool:
    """Whether the statement shows one of the signs: an action with one of *verbs*, or a word."""
    if any(action.verb in verbs for action in analysis.actions):
        return True
    said = (word.strip(".,;:!?()\"'’“”").lower() for word in analysis.text.split())
    return not words.isdisjoint(said)


def tries_something(goal: Goal, context: SmartContext) -> Iterator[Finding]:
    """E-NO-ACTIVITY and E-NO-REFLECTION: an activity to learn from, and a time to reflect."""
    analysis = context.analysis
    if not (analysis.concrete_actions or goal.milestones):
        yield finding(
            "E-NO-ACTIVITY",
            message="Nothing says what will be tried: no activity to learn from.",
            path="title",
        )
        return
    plan = context.plan
    if not goal.reviews and (plan is None or plan.cadence is None):
        yield finding(
            "E-NO-REFLECTION",
            message="No review is recorded or scheduled to reflect on what was tried.",
            path="reviews",
        )


def names_an_aspiration(goal: Goal, context: SmartContext) -> Iterator[Finding]:
    """AS-NO-AREA: the statement names an area of desired development."""
    analysis = context.analysis
    # "improve communication skills", "become a better leader": an area to grow; or an
    # action of growing, or an area, a capability or a role to grow into.
    areas = context.policy.broad_areas | _CAPABILITY_WORDS | _ROLE_WORDS
    if analysis.broad or analysis.vague or _shows(analysis, _GROWTH_VERBS, areas):
        return
    yield finding(
        "AS-NO-AREA",
        message=f"{quote(goal.title)} names a task, not an area to grow in.",
        path="title",
    )


def gains_a_capability(goal: Goal, context: SmartContext) -> Iterator[Finding]:
    """L-NO-CAPABILITY: the outcome is a capability gained, not only a result."""
    if _shows(context.analysis, _LEARNING_VERBS, _CAPABILITY_WORDS):
        return  # "learn to", "be able to", "confident", "skills"
    yield finding(
        "L-NO-CAPABILITY",
        message="Nothing says what will be learned: the outcome is a result, not a capability.",
        path="title",
    )


#: REAL's rules, in the order they run.
REAL_RULES: Final[tuple[Rule, ...]] = (
    states_why,
    tries_something,
    names_an_aspiration,
    gains_a_capability,
)

# SMART's Relevant, then REAL's own three in their enum's order.
REAL: Final = Framework(
    name="real", criteria=(Criterion.RELEVANT, *RealCriterion), rules=REAL_RULES
)
"""REAL: Relevant, Experimental, Aspirational, Learning-based; for developmental goals.

| rule | criterion | codes |
|---|---|---|
| `states_why` | Relevant | `R-NO-LINK`, `R-THIN`, `R-UNKNOWN-PARENT` |
| `tries_something` | Experimental | `E-NO-ACTIVITY`, `E-NO-REFLECTION` |
| `names_an_aspiration` | Aspirational | `AS-NO-AREA` |
| `gains_a_capability` | Learning-based | `L-NO-CAPABILITY` |

Examples:
    >>> import datetime
    >>> from goalkit import Goal, assess
    >>> goal = Goal(title="Become a more confident presenter by leading two team "
    ...                   "retrospectives this quarter",
    ...             relevance="Ana wants to lead the platform team next year")
    >>> report = assess(goal, as_of=datetime.date(2027, 1, 4), framework=REAL)
    >>> report.framework, report.passed, report.codes
    ('real', True, ('E-NO-REFLECTION',))
    >>> [criterion.label for criterion in REAL.criteria]
    ['Relevant', 'Experimental', 'Aspirational', 'Learning-based']
"""

"""The domain model: frozen values, checked once at construction.

Every class here is an `attrs.frozen` (slotted, keyword-only) value. Invariants
are checked in one `__attrs_post_init__` per class, cheaply and in a fixed
order, rather than with stacked per-field validators: loading 10,000 goals
builds hundreds of thousands of these objects, and generic validator chains
measurably slow that down (see PERFORMANCE.md). Operations never mutate; they
return new objects built with `attrs.evolve`, so every invariant is checked
again.

One concept per module: `checks` (ids and the validation every value runs),
`enums`, `measures` (check-ins, key results, milestones, reviews, and the
value of a key result on a day), `goal` (goals, revisions and history
replay), `cadence` (review rhythms, delegating to `goalkit._schedule`) and
`plan` (people and the goal tree). The model imports no calculator.

This package re-exports every name other modules import from it.
"""

from goalkit._model.cadence import MAX_CADENCE_DAYS, MAX_OCCURRENCES, Cadence
from goalkit._model.checks import MAX_MAGNITUDE, new_id
from goalkit._model.enums import (
    Ambition,
    Direction,
    GoalKind,
    GoalStatus,
    Horizon,
    LowerCaseEnum,
    Outcome,
    ReviewKind,
)
from goalkit._model.goal import (
    REVISABLE_FIELDS,
    SHORT_TERM_DAYS,
    Agreement,
    Changes,
    Goal,
    GoalState,
    Revision,
)
from goalkit._model.measures import CheckIn, KeyResult, Milestone, Review
from goalkit._model.plan import Person, Plan, PlanView
from goalkit._schedule import CadenceUnit

__all__ = [
    "MAX_CADENCE_DAYS",
    "MAX_MAGNITUDE",
    "MAX_OCCURRENCES",
    "REVISABLE_FIELDS",
    "SHORT_TERM_DAYS",
    "Agreement",
    "Ambition",
    "Cadence",
    "CadenceUnit",
    "Changes",
    "CheckIn",
    "Direction",
    "Goal",
    "GoalKind",
    "GoalState",
    "GoalStatus",
    "Horizon",
    "KeyResult",
    "LowerCaseEnum",
    "Milestone",
    "Outcome",
    "Person",
    "Plan",
    "PlanView",
    "Review",
    "ReviewKind",
    "Revision",
    "new_id",
]

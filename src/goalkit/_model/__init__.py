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

This package re-exports every name other modules import from it, each named
once, as `from module import name as name` (an explicit re-export to mypy).
"""

from goalkit._model.cadence import MAX_CADENCE_DAYS as MAX_CADENCE_DAYS
from goalkit._model.cadence import MAX_OCCURRENCES as MAX_OCCURRENCES
from goalkit._model.cadence import Cadence as Cadence
from goalkit._model.checks import MAX_MAGNITUDE as MAX_MAGNITUDE
from goalkit._model.checks import new_id as new_id
from goalkit._model.enums import Ambition as Ambition
from goalkit._model.enums import Direction as Direction
from goalkit._model.enums import GoalKind as GoalKind
from goalkit._model.enums import GoalStatus as GoalStatus
from goalkit._model.enums import Horizon as Horizon
from goalkit._model.enums import LowerCaseEnum as LowerCaseEnum
from goalkit._model.enums import Outcome as Outcome
from goalkit._model.enums import ReviewKind as ReviewKind
from goalkit._model.goal import REVISABLE_FIELDS as REVISABLE_FIELDS
from goalkit._model.goal import SHORT_TERM_DAYS as SHORT_TERM_DAYS
from goalkit._model.goal import Agreement as Agreement
from goalkit._model.goal import Changes as Changes
from goalkit._model.goal import Goal as Goal
from goalkit._model.goal import GoalState as GoalState
from goalkit._model.goal import Revision as Revision
from goalkit._model.measures import CheckIn as CheckIn
from goalkit._model.measures import KeyResult as KeyResult
from goalkit._model.measures import Milestone as Milestone
from goalkit._model.measures import Review as Review
from goalkit._model.plan import Person as Person
from goalkit._model.plan import Plan as Plan
from goalkit._model.plan import PlanView as PlanView
from goalkit._schedule import CadenceUnit as CadenceUnit

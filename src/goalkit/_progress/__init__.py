"""Progress: how far a key result, milestone, goal or plan has come as of a day, and why.

Everything here is a pure function of (model, as-of day, policy). One
concept per module: `policy` (ProgressPolicy, Health and how it is judged,
the as-of day), `result` (Progress, Part), `calculate` (progress,
progress_by_goal, okr_score), `forecast`, `celebrations`, `reviews` and
`history` (progress_history).

This package re-exports every name other modules import from it, each named
once, as `from module import name as name` (an explicit re-export to mypy).
"""

from goalkit._progress.activity import plan_activity as plan_activity
from goalkit._progress.calculate import okr_score as okr_score
from goalkit._progress.calculate import progress as progress
from goalkit._progress.calculate import progress_by_goal as progress_by_goal
from goalkit._progress.celebrations import Celebration as Celebration
from goalkit._progress.celebrations import CelebrationKind as CelebrationKind
from goalkit._progress.celebrations import celebrations as celebrations
from goalkit._progress.history import progress_history as progress_history
from goalkit._progress.policy import Health as Health
from goalkit._progress.policy import ProgressPolicy as ProgressPolicy
from goalkit._progress.result import Part as Part
from goalkit._progress.result import PartKind as PartKind
from goalkit._progress.result import Progress as Progress
from goalkit._progress.reviews import due_reviews as due_reviews
from goalkit._progress.reviews import next_review as next_review

"""Progress: how far a key result, milestone, goal or plan has come as of a day, and why.

Everything here is a pure function of (model, as-of day, policy). One
concept per module: `policy` (ProgressPolicy, Health and how it is judged,
the as-of day), `result` (Progress, Part), `calculate` (progress,
progress_by_goal, okr_score), `forecast`, `celebrations`, `reviews` and
`history` (progress_history).

This package re-exports every name other modules import from it.
"""

from goalkit._progress.calculate import okr_score, progress, progress_by_goal
from goalkit._progress.celebrations import Celebration, CelebrationKind, celebrations
from goalkit._progress.history import progress_history
from goalkit._progress.policy import Health, ProgressPolicy
from goalkit._progress.result import Part, PartKind, Progress
from goalkit._progress.reviews import due_reviews, next_review

__all__ = [
    "Celebration",
    "CelebrationKind",
    "Health",
    "Part",
    "PartKind",
    "Progress",
    "ProgressPolicy",
    "celebrations",
    "due_reviews",
    "next_review",
    "okr_score",
    "progress",
    "progress_by_goal",
    "progress_history",
]

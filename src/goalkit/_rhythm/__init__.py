"""The mentoring rhythm: what to do next, what silence means, and how a mentorship ends.

Pure functions of (plan, day, policy), one concept per module: `agenda`
(Agenda, AgendaItem, AgendaKind, AgendaPolicy, agenda) and `close`
(close, follow_up, outcome_of). Staleness itself
lives with progress (`goalkit._progress.activity`), which it changes.

This package re-exports every name other modules import from it.
"""

from goalkit._rhythm.agenda import URGENCY, Agenda, AgendaItem, AgendaKind, AgendaPolicy, agenda
from goalkit._rhythm.close import SAME_MENTOR, close, follow_up, outcome_of

__all__ = [
    "SAME_MENTOR",
    "URGENCY",
    "Agenda",
    "AgendaItem",
    "AgendaKind",
    "AgendaPolicy",
    "agenda",
    "close",
    "follow_up",
    "outcome_of",
]

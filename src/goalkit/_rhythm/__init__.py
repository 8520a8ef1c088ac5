"""The mentoring rhythm: what to do next, what silence means, and how a mentorship ends.

Pure functions of (plan, day, policy), one concept per module: `agenda`
(Agenda, AgendaItem, AgendaKind, AgendaPolicy, agenda) and `close`
(close, follow_up, outcome_of). Staleness itself
lives with progress (`goalkit._progress.activity`), which it changes.

This package re-exports every name other modules import from it, each named
once, as `from module import name as name` (an explicit re-export to mypy).
"""

from goalkit._rhythm.agenda import URGENCY as URGENCY
from goalkit._rhythm.agenda import Agenda as Agenda
from goalkit._rhythm.agenda import AgendaItem as AgendaItem
from goalkit._rhythm.agenda import AgendaKind as AgendaKind
from goalkit._rhythm.agenda import AgendaPolicy as AgendaPolicy
from goalkit._rhythm.agenda import agenda as agenda
from goalkit._rhythm.close import SAME_MENTOR as SAME_MENTOR
from goalkit._rhythm.close import close as close
from goalkit._rhythm.close import follow_up as follow_up
from goalkit._rhythm.close import outcome_of as outcome_of

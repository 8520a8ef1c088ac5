"""One criterion's verdict on a bare statement, as the reading tests ask it.

from verdicts import measured

assert measured("Run a 10k in under 50 minutes by June")
"""

from __future__ import annotations

import datetime

from goalkit import Criterion, Goal, assess

#: The day every reading test assesses on: a Monday, the corpus's draft date.
AS_OF = datetime.date(2027, 1, 4)


def measured(statement: str) -> bool:
    """Whether a bare statement passes Measurable, assessed on `AS_OF`."""
    return assess(Goal(title=statement), as_of=AS_OF).results[Criterion.MEASURABLE].passed

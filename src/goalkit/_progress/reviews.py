"""Review dates: when the plan's cadence next asks for a review, and which are overdue.

The dates come from the plan's `Cadence` (the calendar arithmetic is
`goalkit._schedule`'s); this module only compares them with the reviews held.
"""

from __future__ import annotations

import datetime

from goalkit._errors import ValidationError, expect_type
from goalkit._model import Plan
from goalkit._model.checks import check_date
from goalkit._progress.policy import ProgressPolicy, chosen_policy

__all__ = ["due_reviews", "next_review"]


def next_review(plan: Plan, after: datetime.date) -> datetime.date | None:
    """The first date of the plan's review cadence strictly after *after*.

    None when the plan has no cadence (or the series ends before the
    calendar does). Reviews already held do not move the series: it stays
    on its anchor's rhythm.

    Raises:
        ValidationError: *plan* is not a `Plan`, or *after* is not a date.

    Examples:
        >>> import datetime
        >>> from goalkit import Cadence, Person, Plan
        >>> plan = Plan(mentee=Person(name="Ana"),
        ...             cadence=Cadence(every=1, unit="month", anchor=datetime.date(2027, 1, 31)))
        >>> next_review(plan, datetime.date(2027, 2, 1))
        datetime.date(2027, 2, 28)
        >>> next_review(Plan(mentee=Person(name="Ana")), datetime.date(2027, 2, 1)) is None
        True
    """
    expect_type("next_review", "plan", plan, Plan, expected="a Plan")
    check_date("next_review", "after", after)
    cadence = plan.cadence
    if cadence is None:
        return None
    try:
        return cadence.next_after(after)
    except ValidationError:  # no date left before 9999-12-31
        return None


def due_reviews(
    plan: Plan, as_of: datetime.date, *, policy: ProgressPolicy | None = None
) -> tuple[datetime.date, ...]:
    """The cadence dates up to *as_of* that no review has been held for since.

    Precisely: a cadence date `d` (from the anchor, up to and including
    *as_of*) is due when no review of any goal in the plan was held between
    `d - policy.review_early_days` and *as_of*, both included. A review
    covers every cadence date before it, so after a catch-up review nothing
    older is due. Reviews held after *as_of* are ignored (time travel).

    Returns:
        The due dates, oldest first; empty without a cadence.

    Raises:
        ValidationError: *plan* is not a `Plan`, *as_of* is not a date,
            *policy* is not a `ProgressPolicy`, or more than 10,000 dates
            are due.

    Examples:
        >>> import datetime
        >>> from goalkit import Cadence, Goal, Person, Plan, Review
        >>> goal = Goal(title="Grow my network", reviews=[
        ...     Review(held_on=datetime.date(2027, 1, 31))])
        >>> plan = Plan(mentee=Person(name="Ana"), goals=[goal],
        ...             cadence=Cadence(every=1, unit="month", anchor=datetime.date(2027, 1, 31)))
        >>> due_reviews(plan, datetime.date(2027, 4, 15))
        (datetime.date(2027, 2, 28), datetime.date(2027, 3, 31))
        >>> early = ProgressPolicy(review_early_days=3)
        >>> plan = plan.replace_goal(goal.add_review(Review(held_on=datetime.date(2027, 3, 29))))
        >>> due_reviews(plan, datetime.date(2027, 4, 15), policy=early)
        ()
    """
    expect_type("due_reviews", "plan", plan, Plan, expected="a Plan")
    check_date("due_reviews", "as_of", as_of)
    chosen = chosen_policy("due_reviews", policy)
    cadence = plan.cadence
    if cadence is None:
        return ()
    held = [
        review.held_on for goal in plan.goals for review in goal.reviews if review.held_on <= as_of
    ]
    if not held:
        return cadence.occurrences(as_of)
    covered = max(held).toordinal() + chosen.review_early_days
    if covered >= as_of.toordinal():
        return ()
    return cadence.occurrences(as_of, start=datetime.date.fromordinal(covered + 1))

"""The few words every layer shares: a share as a percentage, a counted noun, a rhythm.

Results word themselves in their `repr` and `str` (`Progress`, `Plan`),
errors count their problems, and the renderers word whole reports; all of
them say "62%", "1 goal" and "every 2 months" the same way because they
call these functions. The module imports nothing from goalkit, so it sits
at the bottom of the house, beside `_errors`.

Examples:
    >>> percent(0.625), plural(3, "goal"), every(2, "month")
    ('62%', '3 goals', 'every 2 months')
"""

from __future__ import annotations

__all__ = ["every", "percent", "plural"]


def percent(value: float | None) -> str:
    """A share as a whole percentage, or ``n/a`` when there is nothing to measure.

    Examples:
        >>> percent(0.625), percent(1.0), percent(None)
        ('62%', '100%', 'n/a')
    """
    return "n/a" if value is None else f"{value:.0%}"


def plural(count: int, noun: str) -> str:
    """*count* and *noun*, the noun in the plural unless the count is one.

    Examples:
        >>> plural(1, "goal"), plural(0, "goal"), plural(3, "key result")
        ('1 goal', '0 goals', '3 key results')
    """
    return f"{count} {noun}" if count == 1 else f"{count} {noun}s"


def every(count: int, unit: str) -> str:
    """A rhythm: ``every UNIT`` for a step of one, ``every COUNT UNITs`` otherwise.

    Examples:
        >>> every(1, "month"), every(2, "week")
        ('every month', 'every 2 weeks')
    """
    return f"every {unit}" if count == 1 else f"every {plural(count, unit)}"

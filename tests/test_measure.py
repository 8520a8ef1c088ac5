"""The clamp (`goalkit._measure`): how far a key result's value is along its way, by example.

The properties that pin every caller to these functions are in test_rules.py.
"""

from __future__ import annotations

import datetime

import pytest

from goalkit import CheckIn, Direction, KeyResult
from goalkit._measure import clamp01, reached, reached_days, scaled, share

D = datetime.date

TALKS = KeyResult(title="Talks given", target=4)  # INCREASE from 0
BUGS = KeyResult(title="Open bugs", baseline=40, target=10)  # DECREASE
UPTIME = KeyResult(title="Uptime", baseline=99, target=99.5, direction=Direction.AT_LEAST)
OVERTIME = KeyResult(title="Overtime hours", baseline=12, target=8, direction=Direction.AT_MOST)


class TestShare:
    """share(): the progress of a key result at a value, from 0 to 1."""

    @pytest.mark.parametrize(
        ("key_result", "value", "expected"),
        [
            (TALKS, 0, 0.0),
            (TALKS, 1, 0.25),
            (TALKS, 4, 1.0),
            (TALKS, 6, 1.0),
            (TALKS, -1, 0.0),
            (BUGS, 40, 0.0),
            (BUGS, 31, 0.3),
            (BUGS, 10, 1.0),
            (BUGS, 50, 0.0),
            (UPTIME, 99.5, 1.0),
            (UPTIME, 99.49, 0.0),
            (OVERTIME, 8, 1.0),
            (OVERTIME, 8.5, 0.0),
        ],
    )
    def test_share_by_direction(self, key_result: KeyResult, value: float, expected: float) -> None:
        """Moving key results share the way linearly and clamp; thresholds are met or not."""
        assert share(key_result, value) == pytest.approx(expected)

    def test_a_decrease_at_its_baseline_is_a_plain_zero(self) -> None:
        """(40 - 40) / (10 - 40) is -0.0; the share is 0.0, which prints as 0%, not -0%."""
        assert repr(share(BUGS, 40)) == "0.0"
        assert f"{share(BUGS, 40):.0%}" == "0%"


class TestScaledAndReached:
    """scaled(): the unclamped scale forecasts fit; reached(): the target met."""

    def test_scaled_is_unclamped(self) -> None:
        """Past the target is above 1, the wrong way below 0; thresholds are 1 + the margin."""
        assert scaled(TALKS, 6) == 1.5
        assert scaled(BUGS, 50) == pytest.approx(-1 / 3)
        assert scaled(UPTIME, 99.7) == pytest.approx(1.2)
        assert scaled(OVERTIME, 9) == 0.0

    @pytest.mark.parametrize(
        ("key_result", "value", "expected"),
        [(TALKS, 4, True), (TALKS, 3.99, False), (BUGS, 10, True), (BUGS, 10.5, False)],
    )
    def test_reached_includes_the_target(
        self, key_result: KeyResult, value: float, expected: bool
    ) -> None:
        """The target itself counts as reached."""
        assert reached(key_result, value) is expected


class TestClamp01:
    """clamp01(): a number held within 0..1."""

    @pytest.mark.parametrize(
        ("value", "expected"), [(-3.0, 0.0), (0.0, 0.0), (0.4, 0.4), (1.0, 1.0), (2.5, 1.0)]
    )
    def test_clamp(self, value: float, expected: float) -> None:
        """Below 0 is 0, above 1 is 1, in between is itself."""
        assert clamp01(value) == expected


class TestReachedDays:
    """reached_days(): the days a key result went from short of its target to reaching it."""

    def test_each_return_to_the_target_counts(self) -> None:
        """Reached, lost, reached again: two days; check-ins after *until* are not read."""
        talks = KeyResult(
            title="Talks given",
            target=2,
            check_ins=[
                CheckIn(on=D(2027, 2, 1), value=2),
                CheckIn(on=D(2027, 3, 1), value=1),
                CheckIn(on=D(2027, 4, 1), value=3),
            ],
        )
        assert list(reached_days(talks, D(2027, 12, 31))) == [D(2027, 2, 1), D(2027, 4, 1)]
        assert list(reached_days(talks, D(2027, 3, 31))) == [D(2027, 2, 1)]

    def test_a_day_counts_by_its_last_check_in(self) -> None:
        """Reached and lost again on one day is not a reached day."""
        talks = KeyResult(
            title="Talks given",
            target=2,
            check_ins=[CheckIn(on=D(2027, 2, 1), value=2), CheckIn(on=D(2027, 2, 1), value=1)],
        )
        assert list(reached_days(talks, D(2027, 2, 1))) == []

    def test_a_threshold_kept_from_the_baseline_was_never_reached(self) -> None:
        """Met at the baseline: nothing to celebrate until it is lost and regained."""
        kept = KeyResult(
            title="Uptime",
            baseline=99.7,
            target=99.5,
            direction=Direction.AT_LEAST,
            check_ins=[CheckIn(on=D(2027, 2, 1), value=99.6)],
        )
        assert list(reached_days(kept, D(2027, 12, 31))) == []

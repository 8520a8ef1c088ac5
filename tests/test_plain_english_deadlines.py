"""Deadlines, targets and quantities people write, read as classes (round 11's misreadings).

Each class here is general English met in more than one round of the corpus; the
examples are new wordings, not the corpus's statements.
"""

from __future__ import annotations

import datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from goalkit import analyze_text, draft

START = datetime.date(2027, 1, 4)

_WORDS = st.lists(
    st.sampled_from(["bench", "press", "squat", "carry", "row", "lift", "walk", "swim", "goal"]),
    min_size=1,
    max_size=3,
)
_UNITS = st.sampled_from(["lbs", "kg", "km", "mi", "mins", "kcal", "ml", "oz", "lb"])


def _readings(text: str) -> list[tuple[float, str]]:
    return [(quantity.value, quantity.noun) for quantity in analyze_text(text).quantities]


@given(words=_WORDS, amount=st.integers(min_value=2, max_value=999), unit=_UNITS)
def test_capitalising_the_words_before_a_glued_quantity_never_changes_its_reading(
    words: list[str], amount: int, unit: str
) -> None:
    lower = " ".join(words) + f" {amount}{unit}"
    capitalised = " ".join(word.capitalize() for word in words) + f" {amount}{unit}"
    assert _readings(capitalised) == _readings(lower)
    assert _readings(lower) != []


@pytest.mark.parametrize(
    ("text", "targets"),
    [
        ("Overhead Press 140lbs by June", [140]),
        ("Farmer Carry 40kg by the end of the year", [40]),
        ("Learn Python 3 by June", []),  # a version stays a version
    ],
)
def test_a_quantity_glued_to_its_unit_after_a_capitalised_word_is_a_target(
    text: str, targets: list[float]
) -> None:
    assert [result.target for result in draft(text, start=START).key_results] == targets

"""The shared words: percentages, counted nouns and rhythms read the same everywhere."""

from __future__ import annotations

import datetime

from hypothesis import given
from hypothesis import strategies as st

import goalkit
from goalkit._render import format as render_format
from goalkit._words import every, percent, plural


class TestPercent:
    def test_whole_percent_rounded(self) -> None:
        """A share reads as a whole percentage; nothing measurable reads n/a."""
        assert (percent(0.625), percent(0.0), percent(1.5), percent(None)) == (
            "62%",
            "0%",
            "150%",
            "n/a",
        )

    def test_progress_and_renderers_say_the_same(self) -> None:
        """A result's repr and the renderers word a share with the one function."""
        kr = goalkit.KeyResult(
            title="Talks",
            target=8,
            check_ins=[goalkit.CheckIn(on=datetime.date(2027, 2, 1), value=5)],
        )
        result = goalkit.progress(kr, as_of=datetime.date(2027, 2, 1))
        assert render_format.percent is percent
        assert f"value={percent(result.value)}" in repr(result)
        assert percent(result.value) == "62%"


class TestPlural:
    @given(st.integers(min_value=0, max_value=10_000), st.sampled_from(["goal", "key result"]))
    def test_count_then_noun(self, count: int, noun: str) -> None:
        """The count comes first; the noun takes an s unless the count is one."""
        expected = f"{count} {noun}" if count == 1 else f"{count} {noun}s"
        assert plural(count, noun) == expected

    def test_errors_count_with_it(self) -> None:
        """A LoadError counts its problems with the same plural."""
        one = goalkit.LoadError([goalkit.Problem("title", "missing")])
        two = goalkit.LoadError([goalkit.Problem("a", "x"), goalkit.Problem("b", "y")])
        assert str(one).startswith("1 problem: ")
        assert str(two).startswith("2 problems: ")


class TestEvery:
    def test_one_step_names_the_unit_alone(self) -> None:
        """A step of one reads 'every month'; more read 'every 3 months'."""
        assert (every(1, "month"), every(3, "month")) == ("every month", "every 3 months")

    def test_plan_repr_and_report_agree(self) -> None:
        """A plan's repr and its report word the review rhythm alike."""
        plan = goalkit.Plan(
            mentee=goalkit.Person(name="Ana"),
            cadence=goalkit.Cadence(every=2, unit="week", anchor=datetime.date(2027, 1, 4)),
        )
        report = goalkit.plan_report(plan, as_of=datetime.date(2027, 1, 4))
        assert "cadence='every 2 weeks from 2027-01-04'" in repr(plan)
        assert "reviews every 2 weeks" in render_format.report_facts(report)

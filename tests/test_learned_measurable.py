"""The learned reading of Measurable: `SmartPolicy(learned_measurable=True)`, off by default.

The weights (`src/goalkit/_text/measurable_model.json`) are trained by
`benchmarks/train_measurable.py --write`: the features and logistic
regression of Specific's learned reading, predicting the person's Measurable
"no". With it on, a statement the rules pass on its words alone fails with
`M-BROAD` where the reading finds it not measurable, and a statement they
fail with `M-NO-MEASURE` passes (the finding a warning) where the reading
finds it measurable; key results and milestones decide as before.
"""

from __future__ import annotations

import json
import sys
import time
from types import ModuleType

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import goalkit
from goalkit import Criterion, Goal, KeyResult, Milestone, Severity, SmartPolicy, assess
from goalkit._cli.main import build_parser
from goalkit._smart.policy import DEFAULT_POLICY
from goalkit._text import broadness
from script_modules import load_script
from test_cli import ROOT, assert_clean_failure, run
from test_smart import DOMAIN_EXAMPLES, TODAY, verdict

ON = SmartPolicy(learned_measurable=True)
OFF = SmartPolicy(learned_measurable=False)
MODEL_PATH = ROOT / "src" / "goalkit" / "_text" / broadness.MEASURABLE_FILE


def _weights() -> broadness.Model:
    return broadness.load_model(broadness.MEASURABLE_FILE)


def _measurable(title: str, policy: SmartPolicy, **fields: object) -> goalkit.CriterionResult:
    goal = Goal(title=title, **fields)
    return assess(goal, as_of=TODAY, policy=policy).results[Criterion.MEASURABLE]


def _codes(result: goalkit.CriterionResult) -> list[tuple[str, Severity]]:
    return [(f.code, f.severity) for f in result.findings]


def _trainer() -> ModuleType:
    sys.path.insert(0, str(ROOT / "benchmarks"))
    return load_script(ROOT / "benchmarks" / "train_specific.py", "goalkit_train_specific")


class TestShippedWeights:
    """The weights file is current, small, and loads through Specific's path."""

    def test_trained_on_the_dev_part_as_it_is_now(self) -> None:
        """A round joining dev (or a label changed) asks for `train_measurable.py --write`."""
        trainer = _trainer()
        shipped = json.loads(MODEL_PATH.read_text("utf-8"))
        now = trainer.dev_digest(trainer.accuracy.load("dev"), "measurable")
        assert shipped["trained_on"]["sha256"] == now, (
            "the dev part changed since the weights were trained: run `PYTHONPATH=src python "
            "benchmarks/train_measurable.py --write`"
        )

    def test_the_file_is_small_and_says_how_it_was_chosen(self) -> None:
        # 303 kB trained on rounds 1 to 14
        assert MODEL_PATH.stat().st_size < 350_000
        shipped = json.loads(MODEL_PATH.read_text("utf-8"))
        assert {"C", "threshold", "threshold_pass", "loro", "trained_on"} <= set(shipped)
        assert 0 < shipped["threshold_pass"] < 0.5 < shipped["threshold"] < 1
        assert shipped["loro"]["mean"]["statements"] == shipped["trained_on"]["scored"]

    def test_it_is_read_once_and_is_not_specific_s(self) -> None:
        weights = _weights()
        assert broadness.load_model(broadness.MEASURABLE_FILE) is weights
        assert weights.threshold_pass == json.loads(MODEL_PATH.read_text("utf-8"))["threshold_pass"]
        assert weights.weights != broadness.model().weights
        assert broadness.model().threshold_pass == 0.0  # Specific's file has none

    def test_the_two_readings_in_turn_read_as_each_alone(self) -> None:
        """Each model keeps its own lookup: reading with one never changes the other's reading."""
        text = "I want to advance up the ladder at work."
        alone = broadness.read_broadness(text, _weights())
        broadness.read_broadness(text)
        assert broadness.read_broadness(text, _weights()) == alone


class TestOffByDefault:
    """Nothing changes unless it is asked for."""

    def test_the_default_policy_leaves_it_off(self) -> None:
        assert SmartPolicy().learned_measurable is False
        assert DEFAULT_POLICY.learned_measurable is False

    def test_only_true_or_false(self) -> None:
        with pytest.raises(goalkit.ValidationError, match="learned_measurable"):
            SmartPolicy(learned_measurable="on")

    @pytest.mark.parametrize(
        ("statement", "relevance", "expected", "why"),
        DOMAIN_EXAMPLES,
        ids=[f"{e[3]}: {e[0][:40]}" for e in DOMAIN_EXAMPLES],
    )
    def test_the_domain_examples_read_the_same_with_it_off(
        self, statement: str, relevance: str, expected: str, why: str
    ) -> None:
        goal = Goal(title=statement, relevance=relevance)
        assert verdict(assess(goal, as_of=TODAY, policy=OFF)) == expected

    def test_with_it_on_one_domain_example_reads_otherwise(self) -> None:
        """On, only the long-term example (a position reached by a date) passes Measurable."""
        changed = {}
        for statement, relevance, expected, _ in DOMAIN_EXAMPLES:
            goal = Goal(title=statement, relevance=relevance)
            read = verdict(assess(goal, as_of=TODAY, policy=ON))
            if read != expected:
                changed[statement] = read
        assert changed == {"Aim for a managerial position in 5 years": "SMA.T"}


class TestOn:
    """With it on, the corpus's statements read as the model says."""

    @pytest.mark.parametrize(
        ("statement", "word"),
        [
            ("I want to advance up the ladder at work.", "advance"),  # car-7035
            ("I want a job I like and want to get paid a good salary.", "good"),  # car-5082
            ("I really need to learn to study without my phone.", "study"),  # edu-6051
        ],
    )
    def test_an_aim_the_rules_pass_fails_with_m_broad(self, statement: str, word: str) -> None:
        """The person said not measurable; the rules pass it on its words, the reading fails it."""
        assert _measurable(statement, OFF).passed
        result = _measurable(statement, ON)
        assert not result.passed
        broad = [f for f in result.findings if f.code == "M-BROAD"]
        assert len(broad) == 1
        assert broad[0].severity is Severity.ERROR
        assert broad[0].message.startswith("Reads like an aim with nothing to check it by")
        assert word in broad[0].message
        assert "learned_measurable=False" in (broad[0].hint or "")
        assert broadness.read_broadness(statement, _weights()).vague_at(_weights().threshold)

    @pytest.mark.parametrize(
        "statement",
        [
            "I plan on taking the September LSAT in 2017",  # edu-7029
            "The average response times to customer support tickets should be 3:00hs",  # car-8049
        ],
    )
    def test_a_task_the_rules_fail_passes_with_a_warning(self, statement: str) -> None:
        """The person said measurable; the rules fail it, the reading passes it, and says so."""
        assert not _measurable(statement, OFF).passed
        result = _measurable(statement, ON)
        assert result.passed
        assert ("M-NO-MEASURE", Severity.WARNING) in _codes(result)
        hint = next(f.hint for f in result.findings if f.code == "M-NO-MEASURE") or ""
        assert "learned reading of Measurable reads the statement as measurable" in hint
        assert broadness.read_broadness(statement, _weights()).clear_at(_weights().threshold_pass)

    def test_a_wrongful_failure_it_is_known_for(self) -> None:
        """A test taken in a month (edu-2501, measurable to the person) fails: the words lean
        toward aims ("language proficiency"), as the docs say of tests and roles."""
        statement = "Take the Japanese Language Proficiency Test (JLPT) in December."
        assert _measurable(statement, OFF).passed
        assert "M-BROAD" in [code for code, _ in _codes(_measurable(statement, ON))]

    @pytest.mark.parametrize(
        ("statement", "passed"),
        [
            ("Run 5 km every morning before work", True),  # a standard, words lean measurable
            ("Read 12 books this year", True),
            ("I want to improve my skills", False),  # the rules fail it; the words agree
            ("Make Consistent Study Habits", False),  # edu-9017: the same
            ("Xyzzy plugh frobnicate the quux", False),  # no known word: the rules decide
        ],
    )
    def test_counter_examples_keep_the_rules_verdict(self, statement: str, passed: bool) -> None:
        off, on = _measurable(statement, OFF), _measurable(statement, ON)
        assert off.passed is on.passed is passed
        assert _codes(off) == _codes(on)

    def test_key_results_and_milestones_still_decide(self) -> None:
        """The reading is asked about the statement only when nothing records a measure."""
        statement = "I want to advance up the ladder at work."  # car-7035
        with_kr = {"key_results": [KeyResult(title="Study sessions", target=20, unit="sessions")]}
        with_milestone = {"milestones": [Milestone(title="Study plan written")]}
        for fields in (with_kr, with_milestone):
            off, on = _measurable(statement, OFF, **fields), _measurable(statement, ON, **fields)
            assert on.passed
            assert _codes(on) == _codes(off)


_WORDS = (  # noqa: SIM905 - a word list reads best as prose
    "make consistent study habits want to advance up the ladder at work run 5 km every "
    "morning read 12 books this year improve my skills plan on taking September LSAT in "
    "2017 get promoted lose 10 pounds by June be more confident eat healthier"
).split()
_STATEMENTS = st.lists(st.sampled_from(_WORDS), min_size=1, max_size=12).map(" ".join)


class TestProperties:
    """Invariants of the reading with it on."""

    @settings(max_examples=60, deadline=None)
    @given(_STATEMENTS, st.booleans())
    def test_a_goal_with_key_results_or_milestones_reads_as_with_it_off(
        self, statement: str, milestone: bool
    ) -> None:
        fields = (
            {"milestones": [Milestone(title="First draft")]}
            if milestone
            else {"key_results": [KeyResult(title="Sessions", target=3, unit="sessions")]}
        )
        off, on = _measurable(statement, OFF, **fields), _measurable(statement, ON, **fields)
        assert (on.passed, _codes(on)) == (off.passed, _codes(off))

    @settings(max_examples=60, deadline=None)
    @given(_STATEMENTS)
    def test_it_changes_a_verdict_only_as_the_reading_says(self, statement: str) -> None:
        off, on = _measurable(statement, OFF), _measurable(statement, ON)
        reading = broadness.read_broadness(statement, _weights())
        if on.passed != off.passed:
            if off.passed:
                assert reading.vague_at(_weights().threshold)
            else:
                assert reading.clear_at(_weights().threshold_pass)
        else:
            assert [c for c, _ in _codes(on)] in (
                [c for c, _ in _codes(off)],
                [c for c, _ in _codes(off)] + ["M-BROAD"],
            )

    @settings(max_examples=60, deadline=None)
    @given(_STATEMENTS, st.sampled_from(["  ", "\t", " \n "]), st.booleans())
    def test_the_verdict_is_the_same_whatever_the_spacing_and_first_letter(
        self, statement: str, space: str, capital: bool
    ) -> None:
        """More space between words or around them, or the first letter's case, changes nothing."""
        other = f" {space.join(statement.split())} "
        other = (
            other.replace(other.strip()[0], other.strip()[0].swapcase(), 1) if capital else other
        )
        assert broadness.read_broadness(other, _weights()) == broadness.read_broadness(
            statement, _weights()
        )
        on, on_other = _measurable(statement, ON), _measurable(other.strip(), ON)
        off, off_other = _measurable(statement, OFF), _measurable(other.strip(), OFF)
        if off.passed == off_other.passed:
            assert on.passed == on_other.passed


class TestHostileInput:
    """Whatever the text, the reading is bounded and leaves unknown words to the rules."""

    def test_a_hundred_kilobytes_is_read_quickly(self) -> None:
        text = "Make consistent study habits and " * 3100  # about 100 kB
        assert len(text) > 100_000
        began = time.perf_counter()
        result = _measurable(text, ON)
        assert time.perf_counter() - began < 5
        assert isinstance(result.passed, bool)

    @pytest.mark.parametrize(
        "statement",
        ["Сделать зарядку каждый день", "每天学习中文", "🏃🏃🏃 🎯", "؟؟؟ هدف", "\u200b\u200b"],
    )
    def test_unknown_scripts_keep_the_rules_verdict(self, statement: str) -> None:
        reading = broadness.read_broadness(statement, _weights())
        assert reading.lean == 0.0
        assert not reading.vague_at(0.0)
        assert not reading.clear_at(1.0)
        assert _codes(_measurable(statement, ON)) == _codes(_measurable(statement, OFF))

    def test_an_empty_text_is_no_evidence(self) -> None:
        reading = broadness.read_broadness("", _weights())
        assert reading.lean == 0.0
        assert reading.words == ()


class TestCommandLine:
    """`--learned-measurable on|off` on check, report and programme; off by default."""

    @pytest.fixture
    def aim_plan(self, tmp_path):
        goal = Goal(title="I want to advance up the ladder at work.")  # car-7035
        plan = goalkit.Plan(mentee=goalkit.Person(name="Ana"), goals=(goal,))
        path = tmp_path / "aim.json"
        path.write_text(goalkit.to_json(plan), encoding="utf-8")
        return path

    def test_check_reads_with_the_rules_unless_told(self, aim_plan) -> None:
        plain = run("check", str(aim_plan), "--as-of", "2027-01-04")
        off = run("check", str(aim_plan), "--as-of", "2027-01-04", "--learned-measurable", "off")
        on = run("check", str(aim_plan), "--as-of", "2027-01-04", "--learned-measurable", "on")
        assert (plain.returncode, plain.stdout) == (off.returncode, off.stdout)
        assert "M-BROAD" not in plain.stdout
        assert "measurable/M-BROAD" in on.stdout
        assert "--learned-measurable off" in on.stdout  # the hint says how to turn it off

    def test_report_takes_it_too(self, aim_plan) -> None:
        def codes(*extra: str) -> list[str]:
            result = run("report", str(aim_plan), "--as-of", "2027-01-04", "--format", "json",
                         *extra)  # fmt: skip
            assert result.returncode == 0, result.stderr
            return [f["code"] for f in json.loads(result.stdout)["goals"][0]["smart"]["findings"]]

        assert "M-BROAD" not in codes()
        assert "M-BROAD" in codes("--learned-measurable", "on")

    def test_programme_takes_it(self) -> None:
        parser = build_parser()
        assert parser.parse_args(["programme", "plans"]).learned_measurable == "off"
        assert parser.parse_args(["programme", "plans", "--learned-measurable", "on"])

    def test_an_unknown_choice_is_a_clean_error(self, aim_plan) -> None:
        result = run("check", str(aim_plan), "--learned-measurable", "maybe")
        assert_clean_failure(result, "--learned-measurable")

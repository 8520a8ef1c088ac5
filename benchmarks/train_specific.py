"""Train the learned reading of Specific and write its weights into the package.

Run from the repository root (needs scikit-learn, a dev-only need):

    PYTHONPATH=src python benchmarks/train_specific.py            # retrain, rewrite the weights
    PYTHONPATH=src python benchmarks/train_specific.py --check    # only: are they current?
    PYTHONPATH=src python benchmarks/train_specific.py --nested   # also a nested LORO (slower)
    PYTHONPATH=src python benchmarks/train_specific.py --compare-features   # the feature variants

The model is an L2 logistic regression with balanced class weights over the
statement's words (`goalkit._text.broadness.features`: words, word pairs and
a few shapes, none of which depend on `lemminflect`), predicting the
person's Specific label "no" (vague). Each statement of the corpus's dev
part is read as `benchmarks/accuracy.py` reads it (`accuracy.verdicts`),
with the learned reading turned off, for the rules' verdict. Two policies
use the weights: `learned_specific=True`, "the rules pass Specific, but
p(vague) >= t fails it" (the combined policy), and `learned_specific="alone"`,
"p(vague) >= t_alone fails Specific, whatever the rules say".

C, t and t_alone are chosen by leave-one-round-out (LORO) over the rounds of
the dev part (a statement's round is its id's number // 1000, ids below 1000
in round 1): each round's p(vague) comes from a model trained on the other
rounds; C and t_alone together are the pair whose model alone (p >= t_alone)
scores the best mean per-round balanced accuracy, and t the threshold whose
combined policy does, with those out-of-round p. The final model is trained
on all of dev. The script prints the LORO table (rules alone, model at 0.5,
combined, alone, per round) and writes
`src/goalkit/_text/specific_model.json`: the intercept, both thresholds, the
weights rounded to 4 decimals (those under 0.01 dropped when that changes
no verdict on dev), and metadata: a sha256 digest of the dev part (ids,
texts, Specific labels; `tests/test_specific.py` checks it against the
corpus, so a round joining dev asks for a retraining), the figures C and t
were chosen with, and the LORO table. Deterministic: the same corpus and
rules write the same file.

`--nested` adds a LORO table in which each round's C and thresholds are chosen on
the other rounds only (an honest estimate of the whole procedure, a few
times slower). `--compare-features` prints the LORO figures of each
feature variant (words; words and pairs; with shapes) and writes nothing.
"""

from __future__ import annotations

import argparse
import collections
import hashlib
import json
import pathlib
import re
import statistics
import sys
import time
from collections.abc import Callable, Collection, Sequence
from typing import Any

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
import accuracy

from goalkit import Goal, SmartPolicy
from goalkit._smart.policy import SmartContext
from goalkit._smart.specific import learned_reading_asked
from goalkit._text import broadness, english

MODEL = accuracy.ROOT / "src" / "goalkit" / "_text" / broadness.MODEL_FILE
CS = (0.01, 0.03, 0.1, 0.3, 1.0, 3.0)
THRESHOLDS = tuple(round(0.5 + 0.05 * step, 2) for step in range(10))  # 0.50 ... 0.95
#: Thresholds for the reading deciding alone (`learned_specific="alone"`): out of round, its
#: p(vague) runs lower than on the rounds it was trained on, so the best threshold is lower.
ALONE_THRESHOLDS = tuple(round(0.2 + 0.05 * step, 2) for step in range(11))  # 0.20 ... 0.70
#: The rules alone: the learned reading turned off.
RULES_ONLY = SmartPolicy(learned_specific=False)
#: Feature variants measured by --compare-features: the feature kinds each keeps, and in
#: how many dev statements a feature must appear to be kept.
VARIANTS: dict[str, tuple[tuple[str, ...], int]] = {
    "words": (("w=",), 1),
    "words+shapes": (("w=", "shape:"), 1),
    "words+pairs": (("w=", "b="), 1),
    "words+pairs+shapes": (("w=", "b=", "shape:"), 1),
    "words+shapes, seen twice": (("w=", "shape:"), 2),
    "words+pairs+shapes, seen twice": (("w=", "b=", "shape:"), 2),
}
#: The variant shipped (see docs/explanation/reading-statements.md for why).
CHOSEN = "words+pairs+shapes, seen twice"
#: Weights smaller than this are dropped when that changes no verdict on dev.
SMALL = 0.01


def round_of(statement_id: str) -> int:
    """The corpus round of a statement: its id's number // 1000, ids below 1000 in round 1.

    >>> round_of("car-0042"), round_of("edu-6540")
    (1, 6)
    """
    match = re.search(r"(\d+)$", statement_id)
    if match is None:
        raise ValueError(f"a statement id ends with its number: {statement_id!r}")
    return max(1, int(match.group(1)) // 1000)


def dev_digest(statements: Sequence[accuracy.Statement], criterion: str = "specific") -> str:
    """The sha256 of the dev part as the model sees it: ids, texts and *criterion*'s labels."""
    rows = [[s.id, s.text, s.labels[criterion]] for s in statements]
    data = json.dumps(rows, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(data.encode("utf-8")).hexdigest()


class Row:
    """One labelled statement: its round, the label (1: not specific), the rules' verdict."""

    __slots__ = ("carried", "features", "id", "round", "rule_no", "text", "vague")

    def __init__(self, statement: accuracy.Statement) -> None:
        self.id = statement.id
        self.text = statement.text
        self.round = round_of(statement.id)
        self.vague = statement.labels["specific"] == "no"
        said, _ = accuracy.verdicts(statement, RULES_ONLY)["specific"]
        self.rule_no = said == "no"
        # The rules passed it knowing what it names is concrete (a count, a title, a
        # credential, every one of a set): their reading stands, the learned one is not asked.
        context = SmartContext.for_goal(
            Goal(title=statement.text), as_of=accuracy.START, policy=RULES_ONLY
        )
        self.carried = not self.rule_no and not learned_reading_asked(context)
        self.features = broadness.features(statement.text)


def balanced_accuracy(labels: Sequence[bool], said_no: Sequence[bool]) -> float:
    """The mean of the recall of "no" and of "yes" (as accuracy.py scores a criterion)."""
    confusion = accuracy.Confusion()
    for label, said in zip(labels, said_no, strict=True):
        accuracy._count(confusion, "no" if label else "yes", "no" if said else "yes", ())
    return confusion.balanced_accuracy


def combined(row: Row, p: float, threshold: float) -> bool:
    """The policy: the rules' "no" stands; a pass fails when p(vague) >= the threshold.

    Except a pass the rules gave knowingly: what the statement names is a count, a title,
    a credential or every one of a set ("Improve networking skills ... by attending four
    industry events").
    """
    return row.rule_no or (not row.carried and p >= threshold)


class Data:
    """The scored rows as a matrix over one vocabulary (sorted feature names).

    `gated`: a row whose features do not lean toward vague reads p 0 (`leaning`), as the
    shipped reading decides; a reading over other features (an embedding) may turn it off.
    """

    gated = True
    #: The C grid `choose` tries.
    cs: tuple[float, ...] = CS

    def __init__(self, rows: Sequence[Row], variant: tuple[tuple[str, ...], int]) -> None:
        from scipy.sparse import csr_matrix

        kinds, least = variant
        self.rows = rows
        seen = collections.Counter(f for row in rows for f in row.features)
        kept = [
            [f for f in row.features if f.startswith(kinds) and seen[f] >= least] for row in rows
        ]
        self.names = sorted({f for features in kept for f in features})
        index = {name: i for i, name in enumerate(self.names)}
        cols = [index[f] for features in kept for f in features]
        pointers = [0]
        for features in kept:
            pointers.append(pointers[-1] + len(features))
        self.X = csr_matrix(([1.0] * len(cols), cols, pointers), shape=(len(rows), len(index)))
        self.y = [int(row.vague) for row in rows]
        self.rounds = sorted({row.round for row in rows})
        self.fitted: dict[tuple[float, tuple[int, ...]], Any] = {}

    def of(self, rounds: Collection[int]) -> list[int]:
        """The indices of the rows of *rounds*."""
        return [i for i, row in enumerate(self.rows) if row.round in rounds]


def fit(data: Data, indices: Sequence[int], c: float) -> Any:
    """The model trained on the rows *indices* with *c*, fitted once per rows and C.

    A nested LORO trains on the same rounds many times.
    """
    from sklearn.linear_model import LogisticRegression

    key = (c, tuple(indices))
    if key not in data.fitted:
        model = LogisticRegression(C=c, class_weight="balanced", max_iter=5000)
        data.fitted[key] = model.fit(data.X[indices], [data.y[i] for i in indices])
    return data.fitted[key]


def leaning(fitted: Any, matrix: Any, gated: bool = True) -> list[float]:
    """p(vague) of each row of *matrix* as the shipped reading decides with it (`vague_at`).

    A row whose known words do not lean toward vague (the weights' sum, the
    intercept left out, is at most zero) reads p 0: no threshold calls it vague.
    Not *gated*: p as the model gives it.
    """
    lean = fitted.decision_function(matrix) - fitted.intercept_[0]
    p = fitted.predict_proba(matrix)[:, 1]
    return [
        float(value) if weight > 0 or not gated else 0.0
        for value, weight in zip(p, lean, strict=True)
    ]


def out_of_round(data: Data, rounds: Sequence[int], c: float) -> dict[int, float]:
    """p(vague) of each row of *rounds*, from a model trained on the other *rounds*."""
    p: dict[int, float] = {}
    for k in rounds:
        train = data.of([r for r in rounds if r != k])
        test = data.of([k])
        fitted = fit(data, train, c)
        for i, value in zip(test, leaning(fitted, data.X[test], data.gated), strict=True):
            p[i] = value
    return p


def per_round(data: Data, rounds: Sequence[int], say_no: Callable[[int], bool]) -> dict[int, float]:
    """Balanced accuracy per round of the verdicts *say_no* gives each row index."""
    found = {}
    for k in rounds:
        rows = data.of([k])
        found[k] = balanced_accuracy([data.y[i] == 1 for i in rows], [say_no(i) for i in rows])
    return found


def choose(data: Data, rounds: Sequence[int]) -> tuple[float, float, float, dict[int, float]]:
    """C and the threshold alone (by the model alone), t (by the combined policy), by LORO.

    C and the threshold alone are chosen together, the best mean per-round balanced
    accuracy of the model's verdict p(vague) >= threshold over *rounds* (a tie: the
    smaller C, the higher threshold); t is then chosen for the combined policy.
    """
    best: tuple[float, float, float, dict[int, float]] | None = None
    for c in data.cs:
        p = out_of_round(data, rounds, c)
        for alone_at in sorted(ALONE_THRESHOLDS, reverse=True):
            alone = per_round(data, rounds, lambda i, p=p, at=alone_at: p[i] >= at)
            score = round(statistics.mean(alone.values()), 6)
            if best is None or score > best[0]:
                best = (score, c, alone_at, p)
    assert best is not None
    _, c, alone_at, p = best
    scores = {
        t: round(
            statistics.mean(
                per_round(
                    data,
                    rounds,
                    lambda i, t=t: combined(data.rows[i], p[i], t),
                ).values()
            ),
            6,
        )
        for t in THRESHOLDS
    }
    t = max(THRESHOLDS, key=lambda t: (scores[t], -t))  # a tie: the lower threshold
    return c, t, alone_at, p


def loro_table(
    data: Data, t: float, alone_at: float, p: dict[int, float]
) -> dict[str, dict[str, Any]]:
    """Per round: statements, rules, model (at 0.5), combined, alone (balanced accuracy)."""
    rounds = data.rounds
    columns = {
        "rules": per_round(data, rounds, lambda i: data.rows[i].rule_no),
        "model": per_round(data, rounds, lambda i: p[i] >= 0.5),
        "combined": per_round(data, rounds, lambda i: combined(data.rows[i], p[i], t)),
        "alone": per_round(data, rounds, lambda i: p[i] >= alone_at),
    }
    table: dict[str, dict[str, Any]] = {
        str(k): {"statements": len(data.of([k]))} | {n: round(v[k], 3) for n, v in columns.items()}
        for k in rounds
    }
    table["mean"] = {"statements": len(data.rows)} | {
        name: round(statistics.mean(values.values()), 3) for name, values in columns.items()
    }
    return table


def print_table(title: str, table: dict[str, dict[str, Any]]) -> None:
    print(title)
    print(
        f"{'round':>6} {'scored':>7} {'rules':>7} {'model':>7} {'combined':>9} {'alone':>7} "
        f"{'gain':>7}"
    )
    for k, row in table.items():
        gain = row["alone"] - row["rules"]
        print(
            f"{k:>6} {row['statements']:>7} {row['rules']:>7.3f} {row['model']:>7.3f} "
            f"{row['combined']:>9.3f} {row['alone']:>7.3f} {gain:>+7.3f}"
        )


def nested_reading(data: Data) -> tuple[dict[int, float], dict[int, tuple[float, float]]]:
    """Each row's out-of-round p(vague), and its round's t and threshold alone.

    A nested LORO: each round's C and thresholds are chosen on the other rounds only.
    """
    p: dict[int, float] = {}
    chosen: dict[int, tuple[float, float]] = {}
    for k in data.rounds:
        others = [r for r in data.rounds if r != k]
        c, t, alone_at, _ = choose(data, others)
        test = data.of([k])
        fitted = fit(data, data.of(others), c)
        for i, value in zip(test, leaning(fitted, data.X[test], data.gated), strict=True):
            p[i] = value
            chosen[i] = (t, alone_at)
        print(f"  round {k}: C={c} t={t} alone at {alone_at} (chosen on {others})", flush=True)
    return p, chosen


def nested(data: Data) -> dict[str, dict[str, Any]]:
    """LORO in which each round's C and t are chosen on the other rounds only."""
    p, chosen = nested_reading(data)
    columns = {
        "rules": per_round(data, data.rounds, lambda i: data.rows[i].rule_no),
        "model": per_round(data, data.rounds, lambda i: p[i] >= 0.5),
        "combined": per_round(
            data, data.rounds, lambda i: combined(data.rows[i], p[i], chosen[i][0])
        ),
        "alone": per_round(data, data.rounds, lambda i: p[i] >= chosen[i][1]),
    }
    table: dict[str, dict[str, Any]] = {
        str(k): {"statements": len(data.of([k]))} | {n: v[k] for n, v in columns.items()}
        for k in data.rounds
    }
    table["mean"] = {"statements": len(data.rows)} | {
        name: statistics.mean(values.values()) for name, values in columns.items()
    }
    return table


def verdicts(weights: broadness.Model, rows: Sequence[Row]) -> list[tuple[bool, bool]]:
    """The combined and the alone verdict of each row ("no" is True) with *weights*."""
    found = []
    for row in rows:
        reading = broadness.read_broadness(row.text, weights)
        p = reading.p if reading.lean > 0 else 0.0  # as `Broadness.vague_at` decides
        found.append((combined(row, p, weights.threshold), p >= weights.threshold_alone))
    return found


def ship(path: pathlib.Path, text: str, began: float) -> None:
    """Write a weights file the package reads, and say how big it is and how long it took."""
    path.write_text(text, encoding="utf-8")
    print(
        f"wrote {path.relative_to(accuracy.ROOT)} ({len(text.encode()) // 1024} kB) in "
        f"{time.perf_counter() - began:.0f} s"
    )


def trained_on(data: Data, digest: str, statements: int) -> dict[str, Any]:
    """What a weights file was trained on: the dev part's digest, its size, its rounds."""
    return {
        "part": "dev",
        "statements": statements,
        "scored": len(data.rows),
        "sha256": digest,
        "rounds": data.rounds,
        "rules_read_with": english.source(),
    }


def rounded_weights(
    data: Data, c: float, decide: Callable[[float, dict[str, float]], list[Any]]
) -> tuple[float, dict[str, float]]:
    """The intercept and weights of the model trained on all of *data* with *c*, as shipped.

    Rounded to 4 decimals; the weights under `SMALL` are dropped when that changes none of
    the dev verdicts *decide* gives with an intercept and weights.
    """
    model = fit(data, range(len(data.rows)), c)
    exact = dict(zip(data.names, (float(w) for w in model.coef_[0]), strict=True))
    intercept = round(float(model.intercept_[0]), 4)
    rounded = {name: round(w, 4) for name, w in exact.items() if round(w, 4) != 0}
    before = decide(intercept, rounded)
    small = {name: w for name, w in rounded.items() if abs(w) >= SMALL}
    changed = sum(a != b for a, b in zip(before, decide(intercept, small), strict=True))
    print(
        f"weights: {len(exact)} features, {len(rounded)} after rounding, {len(small)} with "
        f"|w| >= {SMALL}: {changed} dev verdicts change without the small ones, so "
        f"{'they are dropped' if changed == 0 else 'they are kept'}"
    )
    return intercept, small if changed == 0 else rounded


def model_file(
    data: Data,
    chosen: tuple[float, float, float],
    p: dict[int, float],
    digest: str,
    statements: int,
) -> str:
    """The JSON of the final model, trained on all of dev, with its metadata."""
    c, t, alone_at = chosen
    intercept, weights = rounded_weights(
        data,
        c,
        lambda intercept, weights: verdicts(
            broadness.Model(intercept, t, weights, alone_at), data.rows
        ),
    )
    document = {
        "about": (
            "The learned reading of Specific: p(vague) = 1 / (1 + exp(-(intercept + the sum of "
            "the weights of the statement's features))); with learned_specific=True Specific "
            "fails a statement the rules pass when p(vague) >= threshold, with "
            'learned_specific="alone" any statement when p(vague) >= threshold_alone. Written '
            "by benchmarks/train_specific.py; do not edit by hand."
        ),
        "features": CHOSEN,
        "intercept": intercept,
        "threshold": t,
        "threshold_alone": alone_at,
        "C": c,
        "trained_on": trained_on(data, digest, statements),
        "loro": loro_table(data, t, alone_at, p),
        "weights": dict(sorted(weights.items())),
    }
    return json.dumps(document, indent=1, sort_keys=True, ensure_ascii=False) + "\n"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--nested", action="store_true", help="also a nested LORO (slower)")
    parser.add_argument(
        "--compare-features", action="store_true", help="LORO of each feature variant; no write"
    )
    parser.add_argument("--variant", action="append", help="with --compare-features: only this")
    parser.add_argument(
        "--check", action="store_true", help="only say whether the shipped weights are current"
    )
    parser.add_argument(
        "--without-lemminflect",
        action="store_true",
        help="read the rules' verdicts with goalkit's own word lists",
    )
    args = parser.parse_args(argv)
    if args.without_lemminflect:
        english.use_lemminflect(False)
    began = time.perf_counter()
    statements = accuracy.load("dev")
    digest = dev_digest(statements)
    if args.check:
        shipped = json.loads(MODEL.read_text(encoding="utf-8"))["trained_on"]["sha256"]
        print("current" if shipped == digest else "stale: run benchmarks/train_specific.py")
        return 0 if shipped == digest else 1
    rows = [Row(s) for s in statements if s.labels["specific"] in ("yes", "no")]
    print(
        f"{len(rows)} dev statements with a Specific label (of {len(statements)}); rules read "
        f"with {english.source()} in {time.perf_counter() - began:.0f} s",
        flush=True,
    )
    if args.compare_features:
        for name, variant in VARIANTS.items():
            if args.variant and name not in args.variant:
                continue
            data = Data(rows, variant)
            c, t, alone_at, p = choose(data, data.rounds)
            print_table(
                f"\n{name}: {len(data.names)} features, C={c}, t={t}, alone at {alone_at}",
                loro_table(data, t, alone_at, p),
            )
        return 0
    data = Data(rows, VARIANTS[CHOSEN])
    c, t, alone_at, p = choose(data, data.rounds)
    print_table(
        f"\nLORO over rounds {data.rounds[0]}-{data.rounds[-1]} ({CHOSEN}, {len(data.names)} "
        f"features): C={c}, t={t}, alone at {alone_at}, chosen on these out-of-round p",
        loro_table(data, t, alone_at, p),
    )
    if args.nested:
        print("\nnested LORO: each round's C and t chosen on the other rounds")
        print_table("", nested(data))
    text = model_file(data, (c, t, alone_at), p, digest, len(statements))
    ship(MODEL, text, began)
    return 0


if __name__ == "__main__":
    sys.exit(main())

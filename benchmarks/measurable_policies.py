"""The same nested leave-one-round-out comparison as `specific_policies.py`, for Measurable.

Run from the repository root (needs scikit-learn, a dev-only need):

    PYTHONPATH=src python benchmarks/measurable_policies.py

An experiment only: goalkit has no learned reading of Measurable. The model
is the one Specific's learned reading uses (the same features, L2 logistic
regression, balanced classes), predicting the person's Measurable label
"no"; the rules' verdict is `accuracy.verdicts`' with the default policy.
Prints, per policy and round: balanced accuracy, precision and recall of
Measurable's "no", and fixes and breaks against the rules. Writes nothing.
"""

from __future__ import annotations

import argparse
import pathlib
import pickle
import sys
from collections.abc import Sequence
from typing import Any

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
import accuracy
import specific_policies as sp
import train_specific

from goalkit._text import broadness


class Row(sp.Row):
    """A statement with a Measurable label, read by the rules."""

    def __init__(self, statement: accuracy.Statement) -> None:
        self.id, self.text = statement.id, statement.text
        self.round = train_specific.round_of(statement.id)
        self.vague = statement.labels["measurable"] == "no"
        said, codes = accuracy.verdicts(statement, train_specific.RULES_ONLY)["measurable"]
        self.rule_no, self.carried, self.codes = said == "no", False, codes
        self.features = broadness.features(statement.text)


def load_rows(cache: pathlib.Path | None) -> list[sp.Row]:
    """The dev rows with a Measurable label (from *cache* when it exists)."""
    if cache is not None and cache.exists():
        rows: list[sp.Row] = pickle.loads(cache.read_bytes())
        return rows
    statements = accuracy.load("dev")
    rows = [Row(s) for s in statements if s.labels["measurable"] in ("yes", "no")]
    if cache is not None:
        cache.write_bytes(pickle.dumps(rows))
    return rows


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cache", type=pathlib.Path, help="keep the rules' readings in this file")
    args = parser.parse_args(argv)
    rows = load_rows(args.cache)
    rounds = sorted({r.round for r in rows})
    fits = sp.Fits(rows, sp.Matrix(rows, [r.features for r in rows], 2, {}))
    counted = sp.Fits(rows, sp.Matrix(rows, [sp.counted_features(r.text) for r in rows], 2, {}))
    stack = sp.Fits(rows, sp.Matrix(rows, [r.features + sp.rule_features(r) for r in rows], 2, {}))
    runs: list[tuple[str, sp.Fits, sp.Policy, Sequence[Any]]] = [
        ("rules", fits, sp.rules, [None]),
        ("rules, plus the model failing their passes at p >= t", fits, sp.ungated, sp.TS),
        ("model alone", fits, sp.alone, sp.TS),
        ("two thresholds (rules' no needs p >= low)", fits, sp.two, sp.PAIRS),
        ("number words read as numbers: model alone", counted, sp.alone, sp.TS),
        ("number words read as numbers: two thresholds", counted, sp.two, sp.PAIRS),
        ("stack (rule codes as features): model alone", stack, sp.alone, sp.TS),
    ]
    kept = {}
    for name, f, policy, params in runs:
        said, chosen = sp.nested(f, rounds, policy, params)
        sp.report(name, f, said, chosen)
        kept[name] = said
    sp.bootstrap(fits, kept)
    return 0


if __name__ == "__main__":
    sys.exit(main())

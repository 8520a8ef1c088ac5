"""Compare Specific policies (rules, learned reading, both) by nested leave-one-round-out.

Run from the repository root (needs scikit-learn, a dev-only need):

    PYTHONPATH=src python benchmarks/specific_policies.py

Each round of the dev part is scored by a model trained on the other rounds,
with C and the threshold(s) chosen by an inner LORO over those other rounds
only (nested: nothing about the round scored picks them). Rounds the rules
were tuned on read the rules in-sample; the honest columns are the last
rounds (7: tuned on once; 8: never). Prints, per policy and round: balanced
accuracy, precision and recall of Specific's "no", and the verdicts fixed
and broken against the rules. Writes nothing.
"""

from __future__ import annotations

import argparse
import collections
import itertools
import pathlib
import pickle
import statistics
import sys
from collections.abc import Callable, Sequence
from typing import Any

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
import accuracy
import train_specific

from goalkit._text import broadness
from goalkit._text.tokens import tokenize

CS = (0.1, 0.3, 1.0, 3.0)
TS = tuple(round(0.3 + 0.05 * step, 2) for step in range(14))  # 0.30 ... 0.95


class Row:
    """A labelled statement with the rules' reading of it."""

    def __init__(self, statement: accuracy.Statement) -> None:
        base = train_specific.Row(statement)
        self.id, self.text, self.round = base.id, base.text, base.round
        self.vague, self.rule_no, self.carried = base.vague, base.rule_no, base.carried
        _, codes = accuracy.verdicts(statement, train_specific.RULES_ONLY)["specific"]
        self.codes = codes
        self.features = base.features


def extra_features(text: str) -> list[str]:
    """First and last word, 3-letter suffixes of longer words, a length bucket."""
    words = []
    for token in tokenize(text[: broadness.MAX_CHARS]):
        if token.word:
            lower = token.lower
            if any(c.isdigit() for c in lower):
                lower = broadness.NUMBER
            words.append(lower)
    found = []
    if words:
        found += ["f=" + words[0], "l=" + words[-1]]
        if len(words) > 1:
            found.append("f2=" + words[0] + "_" + words[1])
    found += sorted({"s=" + w[-3:] for w in words if len(w) >= 6 and w.isalpha()})
    n = len(words)
    found.append("n=" + ("1-3" if n <= 3 else "4-6" if n <= 6 else "7-10" if n <= 10 else "11+"))
    return found


def counted_features(text: str) -> list[str]:
    """The shipped features, with number words read as numbers and a means shape.

    "four events" reads as "<num> events" (and has `shape:digit`), and "by"
    before an -ing word ("by attending") adds `shape:means`.
    """
    from goalkit._text.numbers import NUMBER_WORDS

    words = [t.lower for t in tokenize(text[: broadness.MAX_CHARS]) if t.word]
    counted = " ".join(
        "5" if w in NUMBER_WORDS and w not in ("one",) else w for w in words[: broadness.MAX_WORDS]
    )
    found = broadness.features(counted)
    shapes = [f for f in broadness.features(text) if f.startswith("shape:")]
    found = [f for f in found if not f.startswith("shape:")] + [
        s
        for s in ("shape:digit", "shape:unit", "shape:name", "shape:long")
        if s in shapes or (s == "shape:digit" and "w=<num>" in found)
    ]
    if any(a == "by" and b.endswith("ing") for a, b in itertools.pairwise(words)):
        found.append("shape:means")
    return found


def rule_features(row: Row) -> list[str]:
    found = ["r=no"] if row.rule_no else (["r=carried"] if row.carried else ["r=pass"])
    return found + sorted({"r=" + code for code in row.codes})


class Matrix:
    def __init__(
        self, rows: Sequence[Row], lists: Sequence[list[str]], least: int, scale: dict[str, float]
    ) -> None:
        from scipy.sparse import csr_matrix

        seen = collections.Counter(f for fs in lists for f in set(fs))
        kept = [[f for f in dict.fromkeys(fs) if seen[f] >= least] for fs in lists]
        names = sorted({f for fs in kept for f in fs})
        index = {n: i for i, n in enumerate(names)}
        cols, vals, ptr = [], [], [0]
        for fs in kept:
            for f in fs:
                cols.append(index[f])
                vals.append(scale.get(f[:2], 1.0))
            ptr.append(len(cols))
        self.X = csr_matrix((vals, cols, ptr), shape=(len(lists), len(names)))
        self.y = [int(r.vague) for r in rows]
        self.names = names


class Fits:
    """p(vague) of the rows of held-out rounds, from models trained on the others (cached)."""

    def __init__(
        self,
        rows: Sequence[Row],
        matrix: Matrix,
        sample_weight: Callable[[Row], float] | None = None,
    ) -> None:
        self.rows, self.m = rows, matrix
        self.by_round = collections.defaultdict(list)
        for i, r in enumerate(rows):
            self.by_round[r.round].append(i)
        self.cache: dict[tuple[float, frozenset[int]], dict[int, float]] = {}
        self.weight = sample_weight

    def p(self, c: float, held: frozenset[int]) -> dict[int, float]:
        key = (c, held)
        if key not in self.cache:
            from sklearn.linear_model import LogisticRegression

            train = [i for i, r in enumerate(self.rows) if r.round not in held]
            test = [i for k in sorted(held) for i in self.by_round[k]]
            model = LogisticRegression(C=c, class_weight="balanced", max_iter=5000)
            weights = None if self.weight is None else [self.weight(self.rows[i]) for i in train]
            model.fit(self.m.X[train], [self.m.y[i] for i in train], sample_weight=weights)
            probs = model.predict_proba(self.m.X[test])[:, 1]
            self.cache[key] = dict(zip(test, (float(v) for v in probs), strict=True))
        return self.cache[key]


Policy = Callable[[Row, float, Any], bool]  # (row, p, parameter) -> says "no"


def rules(row: Row, p: float, t: Any) -> bool:
    return row.rule_no


def gated(row: Row, p: float, t: Any) -> bool:
    return row.rule_no or (not row.carried and p >= t)


def ungated(row: Row, p: float, t: Any) -> bool:
    return row.rule_no or p >= t


def alone(row: Row, p: float, t: Any) -> bool:
    return p >= t


def two(row: Row, p: float, t: Any) -> bool:
    low, high = t
    return p >= (low if row.rule_no else high)


def two_gated(row: Row, p: float, t: Any) -> bool:
    low, high = t
    if row.carried:
        return False
    return p >= (low if row.rule_no else high)


def alone_gated(row: Row, p: float, t: Any) -> bool:
    return not row.carried and p >= t


LOWS = tuple(round(0.05 * step, 2) for step in range(1, 7))  # 0.05 ... 0.30


def alone_carried(row: Row, p: float, t: Any) -> bool:
    carried, asked = t
    return p >= (carried if row.carried else asked)


CARRIED_PAIRS = [(a, b) for a in (*TS, 1.01) for b in TS]
PAIRS = [(a, b) for a in LOWS for b in TS if b >= 0.45]


def ba(rows: Sequence[Row], said: Sequence[bool]) -> float:
    return train_specific.balanced_accuracy([r.vague for r in rows], said)


def nested(
    fits: Fits,
    rounds: Sequence[int],
    policy: Policy,
    params: Sequence[Any],
    inner_rounds: Callable[[int], Sequence[int]] | None = None,
) -> tuple[dict[int, list[bool]], dict[int, tuple[float, Any]]]:
    rows = fits.rows
    said: dict[int, list[bool]] = {}
    chosen: dict[int, tuple[float, Any]] = {}
    for k in rounds:
        inner = [j for j in (inner_rounds(k) if inner_rounds else rounds) if j != k]
        best = None
        for c in CS:
            ps = {j: fits.p(c, frozenset({k, j})) for j in inner}
            for t in params:
                score = statistics.mean(
                    ba(
                        [rows[i] for i in fits.by_round[j]],
                        [policy(rows[i], ps[j][i], t) for i in fits.by_round[j]],
                    )
                    for j in inner
                )
                score = round(score, 6)
                if best is None or score > best[0]:
                    best = (score, c, t)
        assert best is not None
        _, c, t = best
        p = fits.p(c, frozenset({k}))
        said[k] = [policy(rows[i], p[i], t) for i in fits.by_round[k]]
        chosen[k] = (c, t)
    return said, chosen


def report(
    name: str, fits: Fits, said: dict[int, list[bool]], chosen: dict[int, Any]
) -> dict[str, Any]:
    rows = fits.rows
    out: dict[str, Any] = {"name": name, "rounds": {}}
    print(f"\n{name}")
    print(f"{'round':>5} {'BA':>6} {'P(no)':>6} {'R(no)':>6} {'fix':>4} {'brk':>4}  chosen")
    allfix = allbrk = 0
    for k, verdicts in said.items():
        rs = [rows[i] for i in fits.by_round[k]]
        tp = sum(v and r.vague for v, r in zip(verdicts, rs, strict=True))
        fp = sum(v and not r.vague for v, r in zip(verdicts, rs, strict=True))
        fn = sum(not v and r.vague for v, r in zip(verdicts, rs, strict=True))
        fix = sum(v != r.rule_no and v == r.vague for v, r in zip(verdicts, rs, strict=True))
        brk = sum(v != r.rule_no and v != r.vague for v, r in zip(verdicts, rs, strict=True))
        allfix += fix
        allbrk += brk
        b = ba(rs, verdicts)
        prec = tp / (tp + fp) if tp + fp else 0.0
        rec = tp / (tp + fn) if tp + fn else 0.0
        out["rounds"][k] = {
            "ba": b,
            "precision": prec,
            "recall": rec,
            "fixes": fix,
            "breaks": brk,
            "chosen": chosen.get(k),
        }
        print(f"{k:>5} {b:6.3f} {prec:6.3f} {rec:6.3f} {fix:4d} {brk:4d}  {chosen.get(k)}")
    mean = statistics.mean(v["ba"] for v in out["rounds"].values())
    print(
        f" mean {mean:6.3f}  fixes {allfix} breaks {allbrk}; rounds 7,8: "
        + " ".join(f"{out['rounds'][k]['ba']:.3f}" for k in (7, 8) if k in out["rounds"]),
        flush=True,
    )
    out["mean"] = mean
    return out


def load_rows(cache: pathlib.Path | None) -> list[Row]:
    """The dev rows, read by the rules (from *cache* when it exists: keep it only while the
    rules and the corpus stay as they were)."""
    if cache is not None and cache.exists():
        rows: list[Row] = pickle.loads(cache.read_bytes())
        return rows
    statements = accuracy.load("dev")
    rows = [Row(s) for s in statements if s.labels["specific"] in ("yes", "no")]
    if cache is not None:
        cache.write_bytes(pickle.dumps(rows))
    return rows


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", action="append", help="run the policies whose name has this")
    parser.add_argument("--cache", type=pathlib.Path, help="keep the rules' readings in this file")
    parser.add_argument("--c", type=float, action="append", help="the C grid (default 0.1-3)")
    args = parser.parse_args(argv)
    if args.c:
        global CS
        CS = tuple(args.c)
    rows = load_rows(args.cache)
    rounds = sorted({r.round for r in rows})
    base = Matrix(rows, [r.features for r in rows], 2, {})
    fits = Fits(rows, base)

    kept: dict[str, dict[int, list[bool]]] = {}

    def run(name: str, f: Fits, policy: Policy, params: Sequence[Any], **kw: Any) -> None:
        if args.only and not any(o in name for o in args.only):
            return
        said, chosen = nested(f, rounds, policy, params, **kw)
        report(name, f, said, chosen)
        kept[name] = said

    recent = {"inner_rounds": lambda k: [j for j in rounds if j >= 6]}
    run("rules", fits, rules, [None])
    run("R model alone, chosen on rounds 6-8 only", fits, alone, TS, **recent)
    run("R combined, ungated, chosen on rounds 6-8 only", fits, ungated, TS, **recent)
    run("R two thresholds, chosen on rounds 6-8 only", fits, two, PAIRS, **recent)
    run("combined, gated (shipped)", fits, gated, TS)
    run("combined, ungated", fits, ungated, TS)
    run("model alone", fits, alone, TS)
    run("model alone, t=0.5", fits, alone, [0.5])
    run("model alone, carried passes at their own threshold", fits, alone_carried, CARRIED_PAIRS)
    run("model alone, gated", fits, alone_gated, TS)
    run("two thresholds (rules' no needs p>=low, pass fails at p>=high)", fits, two, PAIRS)
    run("two thresholds, gated", fits, two_gated, PAIRS)
    if not args.only or any("counted" in o for o in args.only):
        counted = Fits(rows, Matrix(rows, [counted_features(r.text) for r in rows], 2, {}))
        run("counted: model alone", counted, alone, TS)
        run("counted: model alone, gated", counted, alone_gated, TS)
        run("counted: combined, ungated", counted, ungated, TS)
        run("counted: combined, gated", counted, gated, TS)
    if not args.only or any("extra" in o for o in args.only):
        lists = [r.features + extra_features(r.text) for r in rows]
        extra = Fits(rows, Matrix(rows, lists, 2, {}))
        run("extra features: model alone", extra, alone, TS)
        run("extra features: two thresholds", extra, two, PAIRS)
    for s in (1.0, 0.3):
        if args.only and not any("stack" in o for o in args.only):
            break
        lists = [r.features + rule_features(r) for r in rows]
        stack = Fits(rows, Matrix(rows, lists, 2, {"r=": s}))
        run(f"stack (rule codes as features, value {s}): model alone", stack, alone, TS)
    bootstrap(fits, kept)
    return 0


def bootstrap(fits: Fits, kept: dict[str, dict[int, list[bool]]], draws: int = 2000) -> None:
    """Paired bootstrap of the difference in balanced accuracy, rounds 7 and 8, vs model alone."""
    import random

    if "model alone" not in kept:
        return
    print(
        "\npaired bootstrap (2,000 draws of each round's statements): BA(other) - BA(model alone)"
    )
    for k in (7, 8):
        rows = [fits.rows[i] for i in fits.by_round[k]]
        n = len(rows)
        for name, said in kept.items():
            if name == "model alone":
                continue
            rng = random.Random(k)
            diffs = []
            for _ in range(draws):
                pick = [rng.randrange(n) for _ in range(n)]
                sample = [rows[i] for i in pick]
                diffs.append(
                    ba(sample, [said[k][i] for i in pick])
                    - ba(sample, [kept["model alone"][k][i] for i in pick])
                )
            diffs.sort()
            print(
                f"  round {k} {name[:60]:60} {statistics.mean(diffs):+.3f} "
                f"[{diffs[int(0.025 * draws)]:+.3f}, {diffs[int(0.975 * draws)]:+.3f}]",
                flush=True,
            )


if __name__ == "__main__":
    sys.exit(main())

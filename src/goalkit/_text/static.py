"""The static reading of Specific: the words' reading beside the sentence model's word vectors.

A logistic regression over the statement's word features (`broadness.features`)
and the mean of its words' static vectors (all-MiniLM-L6-v2's embedding of each
word alone), trained on the labelled corpus's development part
(`benchmarks/static_embeddings.py --write`). Being linear in the mean of the
vectors, it collapses to one number per word: z = intercept + the features'
weights + the mean of the numbers of the statement's known words, so it ships
as a table, `specific_static.json`, read in pure Python, with no torch and no
numpy. The table holds the model's tokenizer's whole words as well as the
corpus's, so it weighs words no labelled statement used.
`SmartPolicy(learned_specific="static")` asks it where the default asks the
words' reading, beside the rules.

A statement's words are cut as the words' reading cuts them (its first
`broadness.MAX_CHARS` characters, lower-cased); a word with a digit is the
`<num>` entry, and a word the table does not hold is skipped. The table is read
once, on first use.
"""

from __future__ import annotations

import functools
import importlib.resources
import json
from collections.abc import Mapping
from typing import Any, Final, NamedTuple

from goalkit._text.broadness import (
    NUMBER,
    Broadness,
    Lookup,
    Model,
    arranged,
    reading_of,
    words_read,
)

__all__ = ["StaticModel", "from_document", "mean_number", "read_static", "static_model"]

#: The weights file, beside this module.
WEIGHTS_FILE: Final = "specific_static.json"
#: The file holds the features' weights in ten-thousandths and the words' numbers in
#: thousandths, as whole numbers, and the words as one string: a third smaller than floats.
WEIGHT_SCALE: Final = 10_000
NUMBER_SCALE: Final = 1_000


class StaticModel(NamedTuple):
    """The shipped reading: the word features' model, and one number per word.

    `features` holds the intercept, the word features' weights and the threshold
    Specific fails a statement the rules pass at; `numbers` the number of each word
    (its static vector times the vectors' weights), averaged over a statement's known
    words. `lookup` is `features` arranged for one pass over the tokens.
    """

    features: Model
    numbers: Mapping[str, float]
    lookup: Lookup

    @classmethod
    def of(cls, features: Model, numbers: Mapping[str, float]) -> StaticModel:
        """The reading of *features* and *numbers*, its lookup arranged once."""
        return cls(features, numbers, arranged(features))


@functools.cache
def static_model() -> StaticModel:
    """The shipped reading, read once from `specific_static.json`.

    Examples:
        >>> weights = static_model()
        >>> len(weights.numbers) > 20_000, 0 < weights.features.threshold < 1
        (True, True)
    """
    resource = importlib.resources.files("goalkit._text").joinpath(WEIGHTS_FILE)
    return from_document(json.loads(resource.read_text(encoding="utf-8")))


def from_document(data: Mapping[str, Any]) -> StaticModel:
    """The reading a weights file's JSON holds.

    `weights` maps each feature to its weight in ten-thousandths, `words` holds the
    table's words, one space between each, and `numbers` each word's number in
    thousandths, in the same order.

    Examples:
        >>> found = from_document({"intercept": 0.5, "threshold": 0.55,
        ...     "weights": {"w=improve": 1234}, "words": "improve run", "numbers": [250, -1000]})
        >>> found.features.weights, found.numbers
        ({'w=improve': 0.1234}, {'improve': 0.25, 'run': -1.0})
    """
    features = Model(
        intercept=float(data["intercept"]),
        threshold=float(data["threshold"]),
        weights={name: weight / WEIGHT_SCALE for name, weight in data["weights"].items()},
    )
    words = data["words"].split(" ")
    numbers = [number / NUMBER_SCALE for number in data["numbers"]]
    return StaticModel.of(features, dict(zip(words, numbers, strict=True)))


def read_static(text: str, weights: StaticModel | None = None) -> Broadness:
    """How likely a person would call *text* too broad, by the static reading.

    The words it quotes are the word features that weighed most toward vague, as
    the words' reading quotes them.

    Examples:
        >>> read_static("Improve my skills").vague_at(static_model().features.threshold)
        True
        >>> read_static("Run 5 km every morning before work").p < 0.5
        True
    """
    chosen = static_model() if weights is None else weights
    return reading_of(text, chosen.features, chosen.lookup, mean_number(text, chosen.numbers))


def mean_number(text: str, numbers: Mapping[str, float]) -> float:
    """The mean of the numbers of *text*'s words *numbers* holds; 0 when it holds none.

    Examples:
        >>> mean_number("Run 5 km", {"run": 1.0, "<num>": 0.5})
        0.75
        >>> mean_number("Xyzzy", {"run": 1.0})
        0.0
    """
    total = 0.0
    known = 0
    for token in words_read(text):
        if not token.word:
            continue
        lower = token.lower
        if not lower.isalpha() and any(c.isdigit() for c in lower):
            lower = NUMBER
        number = numbers.get(lower)
        if number is not None:
            total += number
            known += 1
    return total / known if known else 0.0

"""The learned reading of broadness: how likely a person would call a statement too broad.

A logistic regression over the statement's words, trained on the
labelled corpus's development part (`benchmarks/train_specific.py`) and
shipped as `specific_model.json`: an intercept, a weight per feature,
and the thresholds the Specific rule fails a statement at (beside the
rules, or alone). The rules read what a statement says; this reads how
statements like it were labelled, so it catches broad aims the rules
have no word class for ("Get involved", "Stay on top of things") and
names the words that weighed most.

The features do not depend on the optional `lemminflect`: the statement's
word tokens, lower-cased, each number one token (`<num>`), alone and in
pairs, plus a few shapes of the statement (see `features`). The weights
are read once, on first use; the cost of a reading is one pass over the
statement's tokens. Pure Python: no numpy at run time.
"""

from __future__ import annotations

import functools
import importlib.resources
import json
import math
from collections.abc import Mapping
from typing import Final, NamedTuple

from goalkit._text.lexicon import STOP_WORDS
from goalkit._text.tokens import Token, tokenize, tokens_of

__all__ = [
    "Broadness",
    "Lookup",
    "Model",
    "arranged",
    "features",
    "load_model",
    "model",
    "read_broadness",
    "reading_of",
    "words_read",
]

#: The weights file, beside this module.
MODEL_FILE: Final = "specific_model.json"
#: The weights of the learned reading of Measurable (`SmartPolicy(learned_measurable=True)`):
#: the same features and model, p(not measurable) in place of p(vague).
MEASURABLE_FILE: Final = "measurable_model.json"
#: Words past this many, or characters past this many, are not read: no goal statement is
#: this long, so the cost of a reading stays bounded whatever the text.
MAX_WORDS: Final = 200
MAX_CHARS: Final = 4000
#: A statement longer than this many words has the `shape:long` feature.
LONG_WORDS: Final = 20
NUMBER: Final = "<num>"
# Words too slight to quote on their own: "of my" says nothing of what is broad.
_SLIGHT: Final = STOP_WORDS | {"of", "up", "out", "off", "down", "there", "here", "myself"}
# Units a count is in: a statement with one names how much.
_UNITS: Final = frozenset(
    """
    kg kgs lb lbs pound pounds km kms mile miles minute minutes min mins hour hours hr hrs
    step steps percent % page pages book books dollar dollars $ € £ word words calorie calories
    glass glasses litre litres liter liters time times day days week weeks month months
    session sessions rep reps client clients sale sales
    """.split()  # noqa: SIM905 - a word list reads best as prose
)


class Broadness(NamedTuple):
    """A statement's learned reading: p(vague), and the words that pushed it most toward vague.

    `words` holds up to three words or word pairs of the statement, heaviest first,
    each with a positive weight toward vague. `lean` is the sum of the weights of
    the statement's features, the intercept left out: above zero, the words the
    model knows lean toward vague; at zero, it knows none of them.

    Examples:
        >>> read_broadness("Xyzzy plugh").lean
        0.0
        >>> read_broadness("Xyzzy plugh").vague_at(0.5)
        False
        >>> read_broadness("Improve my skills").vague_at(0.5)
        True
    """

    p: float
    words: tuple[str, ...]
    lean: float = 0.0

    def vague_at(self, threshold: float) -> bool:
        """Whether the reading calls the statement vague at *threshold*.

        Only when p(vague) reaches the threshold **and** the statement's own words
        lean toward vague: a statement the model knows no word of (another
        language, a field's own terms) keeps the intercept's p, which is no
        evidence about it, so the reading leaves it to the rules.
        """
        return self.lean > 0 and self.p >= threshold

    def clear_at(self, threshold: float) -> bool:
        """Whether the reading calls the statement clear (not vague) at *threshold*.

        Only when p(vague) is at most the threshold **and** the statement's own words
        lean away from vague: the mirror of `vague_at`.

        Examples:
            >>> read_broadness("Xyzzy plugh").clear_at(0.99)
            False
        """
        return self.lean < 0 and self.p <= threshold


class Model(NamedTuple):
    """The shipped weights: intercept, weight per feature, and the rule's thresholds.

    `threshold` is where a statement the rules pass fails (`learned_specific=True`,
    `learned_measurable=True`), `threshold_alone` where a statement fails when the
    reading decides alone (`learned_specific="alone"`), `threshold_pass` where a
    statement the rules fail passes (`learned_measurable=True`: `Broadness.clear_at`).
    """

    intercept: float
    threshold: float
    weights: Mapping[str, float]
    threshold_alone: float = 0.5
    threshold_pass: float = 0.0


def features(text: str) -> list[str]:
    """The statement's features, each once, in order of first appearance.

    `w=` a word (lower-cased; a token with a digit is `<num>`), `b=` two
    words in a row, and the shapes `shape:digit` (a digit),
    `shape:unit` (a unit word such as "minutes" or "%"), `shape:name` (a
    capitalised word after the first) and `shape:long` (more than 20 words).

    Examples:
        >>> features("Run 5 km")
        ['w=run', 'w=<num>', 'b=run_<num>', 'w=km', 'b=<num>_km', 'shape:digit', 'shape:unit']
        >>> features("improve my skills")
        ['w=improve', 'w=my', 'b=improve_my', 'w=skills', 'b=my_skills']
    """
    found: dict[str, None] = {}
    previous = ""
    count = 0
    digit = unit = name = False
    for token in tokenize(text[:MAX_CHARS]):
        lower = token.lower
        if lower in _UNITS:
            unit = True
        if not token.word:
            continue
        count += 1
        if count > MAX_WORDS:
            break
        if not lower.isalpha() and any(c.isdigit() for c in lower):
            digit = True
            lower = NUMBER
        elif count > 1 and token.text[0].isupper():
            name = True
        found["w=" + lower] = None
        if previous:
            found["b=" + previous + "_" + lower] = None
        previous = lower
    for shape, present in (
        ("shape:digit", digit),
        ("shape:unit", unit),
        ("shape:name", name),
        ("shape:long", count > LONG_WORDS),
    ):
        if present:
            found[shape] = None
    return list(found)


def model() -> Model:
    """The shipped weights of Specific's reading, read once from `specific_model.json`."""
    return load_model(MODEL_FILE)


@functools.cache
def load_model(name: str) -> Model:
    """The weights file *name* beside this module, read once.

    A threshold a reading does not use is not in its file, and keeps `Model`'s default.

    Examples:
        >>> load_model(MEASURABLE_FILE).threshold_pass < load_model(MEASURABLE_FILE).threshold
        True
    """
    resource = importlib.resources.files("goalkit._text").joinpath(name)
    data = json.loads(resource.read_text(encoding="utf-8"))
    defaults = Model._field_defaults
    return Model(
        intercept=float(data["intercept"]),
        threshold=float(data["threshold"]),
        weights={name: float(weight) for name, weight in data["weights"].items()},
        threshold_alone=float(data.get("threshold_alone", defaults["threshold_alone"])),
        threshold_pass=float(data.get("threshold_pass", defaults["threshold_pass"])),
    )


def read_broadness(text: str, weights: Model | None = None) -> Broadness:
    """How likely a person would call *text* too broad to act on, and the words behind it.

    p(vague) is `1 / (1 + exp(-z))`, z the intercept plus the weight of each of
    `features(text)`, added in their order. The features are not listed: the
    weights are looked up in one pass over the tokens (`Lookup`), the same
    sum in the same order (`tests/test_broadness.py` checks it against
    `features`), at about half the cost.

    Examples:
        >>> reading = read_broadness("Improve my skills")
        >>> 0.5 < reading.p <= 1, "improve" in reading.words
        (True, True)
        >>> read_broadness("Run 5 km every morning before work").p < 0.5
        True
    """
    chosen = model() if weights is None else weights
    return reading_of(text, chosen, _lookup(chosen))


def reading_of(text: str, chosen: Model, lookup: Lookup, plus: float = 0.0) -> Broadness:
    """*chosen*'s reading of *text*, its weights looked up in *lookup* (`arranged(chosen)`).

    *plus* is added to z beside the features' weights: what another reading over the
    same words adds (the static reading's mean of its words' numbers, `goalkit._text.static`).
    `lean` counts it, as it counts the features' weights.
    """
    z, pushed = _weigh(text, lookup, chosen.intercept + plus)
    p = 1 / (1 + math.exp(-z)) if z > -700 else 0.0
    # Built as tokenize builds a Token: without the named tuple's Python-level __new__.
    return tuple.__new__(Broadness, (p, _heaviest(pushed), z - chosen.intercept))


def words_read(text: str) -> list[Token]:
    """The tokens a reading of *text* reads: its first `MAX_CHARS` characters'.

    The tokens the statement's readers cut it into, when they just did (`tokens_of`).
    """
    return tokens_of(text) if len(text) <= MAX_CHARS else tokenize(text[:MAX_CHARS])


class Lookup(NamedTuple):
    """A model's weights as one pass over the tokens looks them up: words, pairs, shapes.

    `pairs` maps a word to the words after it that make a weighted pair, so a
    pair's feature name is never built unless it weighs toward vague.
    """

    words: dict[str, float]
    pairs: dict[str, dict[str, float]]
    shapes: dict[str, float]


# The models last arranged, and their lookups, by the model's id: Specific's and Measurable's
# shipped readings, or those the trainer is scoring with. An entry is read whole, and its model
# compared by identity, so a thread never pairs one model with another's lookup; a model's
# weights are read as they were when it was first used (a Model is not to be changed).
_arranged: dict[int, tuple[Model, Lookup]] = {}
#: Models arranged past this many start the cache again (a trainer scores many in turn).
_ARRANGED_MAX: Final = 4


def _lookup(chosen: Model) -> Lookup:
    last = _arranged.get(id(chosen))
    if last is not None and last[0] is chosen:
        return last[1]
    lookup = arranged(chosen)
    if len(_arranged) >= _ARRANGED_MAX:
        _arranged.clear()
    _arranged[id(chosen)] = (chosen, lookup)
    return lookup


def arranged(chosen: Model) -> Lookup:
    """*chosen*'s weights arranged for one pass over the tokens."""
    lookup = Lookup({}, {}, {})
    for name, weight in chosen.weights.items():
        kind, _, rest = name.partition("=")  # "w=run", "b=run_<num>"; "shape:digit" has no "="
        if kind == "w":
            lookup.words[rest] = weight
        elif kind == "b":
            first, _, second = rest.partition("_")  # a word never holds "_"
            lookup.pairs.setdefault(first, {})[second] = weight
        else:
            lookup.shapes[name] = weight
    return lookup


def _weigh(text: str, lookup: Lookup, z: float) -> tuple[float, list[tuple[float, str]]]:
    """*z* plus the weight of each feature of *text*, in `features`' order, and those toward vague.

    Each feature counts once: a word or pair seen again adds nothing. A feature toward
    vague is listed as its weight negated and its name, so the list sorts heaviest first.
    """
    words, pairs = lookup.words, lookup.pairs
    pushed: list[tuple[float, str]] = []
    seen: set[str | tuple[str, str]] = set()
    previous = ""
    count = 0
    digit = unit = name = False
    for token in words_read(text):
        lower = token.lower
        if lower in _UNITS:
            unit = True
        if not token.word:
            continue
        count += 1
        if count > MAX_WORDS:
            break
        if not lower.isalpha() and any(c.isdigit() for c in lower):
            digit = True
            lower = NUMBER
        elif not name and count > 1 and token.text[0].isupper():
            name = True
        weight = words.get(lower)
        if weight is not None and lower not in seen:
            seen.add(lower)
            z += weight
            if weight > 0 and lower != NUMBER:
                pushed.append((-weight, "w=" + lower))
        after = pairs.get(previous)
        if after is not None and (weight := after.get(lower)) is not None:
            pair = (previous, lower)
            if pair not in seen:
                seen.add(pair)
                z += weight
                if weight > 0 and NUMBER not in pair:
                    pushed.append((-weight, f"b={previous}_{lower}"))
        previous = lower
    shapes = lookup.shapes  # added in `features`' order: digit, unit, name, long
    if digit and (weight := shapes.get("shape:digit")) is not None:
        z += weight
    if unit and (weight := shapes.get("shape:unit")) is not None:
        z += weight
    if name and (weight := shapes.get("shape:name")) is not None:
        z += weight
    if count > LONG_WORDS and (weight := shapes.get("shape:long")) is not None:
        z += weight
    return z, pushed


def _heaviest(pushed: list[tuple[float, str]]) -> tuple[str, ...]:
    """Up to three of the words toward vague, heaviest first.

    Only words that say something are quoted: not "my" or "on the" alone, and
    not a pair whose other words were quoted already.
    """
    said: list[str] = []
    seen: set[str] = set()
    for _, name in sorted(pushed):  # (-weight, name): heaviest first, then by name
        if name[0] == "b":
            words = name[2:].split("_")
            content = [word for word in words if word not in _SLIGHT]
        elif (word := name[2:]) in _SLIGHT:
            continue
        else:
            words = content = [word]  # one word: no list to filter
        if not content or seen.issuperset(content):
            continue
        said.append(" ".join(words))
        seen.update(content)
        if len(said) == 3:
            break
    return tuple(said)

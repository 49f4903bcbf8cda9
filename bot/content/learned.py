"""A learned theme matcher: nearness to example lines, in MiniLM's embedding space.

The rule matcher is precise but misses wording it has not seen. This one
embeds what the actor wrote (bot/embedding.py) and compares it with example
lines per theme (`prompts/content/theme_examples.toml`). `HybridMatcher`
trusts the rules when they fire and asks this one when they do not; both
abstain rather than guess.
"""

from __future__ import annotations

import tomllib
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from bot.content.library import THEMES
from bot.content.matcher import Matcher
from bot.embedding import Encoder, group_vectors, save_group_vectors, shared_encoder
from bot.render import PROMPTS_DIR

EXAMPLES_PATH = PROMPTS_DIR / "content" / "theme_examples.toml"
VECTORS_PATH = EXAMPLES_PATH.with_suffix(".npz")
LABELS = (*THEMES, "none")
#: A theme is named only when it is this much nearer than "none" and than the runner-up.
#: Chosen by five-fold cross-validation on the example lines (bench/matcher_eval.py --cv):
#: with five nearest examples, 64% top-1 at 88% precision on the learned matcher alone.
MIN_MARGIN = 0.04
MIN_SCORE = 0.30
#: How many nearest examples per label are averaged.
NEIGHBOURS = 5


def load_examples(path: Path = EXAMPLES_PATH) -> dict[str, list[str]]:
    with path.open("rb") as fh:
        data = tomllib.load(fh)
    unknown = set(data) - set(LABELS)
    if unknown:
        raise ValueError(f"{path}: unknown labels {sorted(unknown)}")
    return {label: [str(t) for t in data.get(label, [])] for label in LABELS if data.get(label)}


def write_cache(path: Path = VECTORS_PATH) -> None:
    save_group_vectors(path, load_examples())


class LearnedMatcher:
    def __init__(
        self, examples: dict[str, list[str]] | None = None, encoder: Encoder | None = None
    ) -> None:
        self.encoder = encoder or shared_encoder()
        shipped = examples is None
        examples = examples or load_examples()
        self.vectors = group_vectors(examples, self.encoder, VECTORS_PATH if shipped else None)
        self.labels = list(self.vectors)

    def scores(self, texts: Sequence[str]) -> dict[str, float]:
        """Per label, the best over texts of the mean similarity to its nearest examples.

        With about 20 examples a theme, centroids beat nearest neighbours in
        cross-validation (62% vs 55% forced-choice); with about 40 the five nearest
        won (64% vs 59% top-1 at the chosen thresholds, with higher precision).
        """
        wanted = [t for t in texts if t and t.strip()]
        if not wanted:
            return {}
        queries = self.encoder.encode(wanted)
        scores = {}
        for label in self.labels:
            sims = queries @ self.vectors[label].T  # texts x examples
            nearest = np.sort(sims, axis=1)[:, -NEIGHBOURS:]
            scores[label] = float(nearest.mean(axis=1).max())
        return scores

    def rank(self, texts: Sequence[str]) -> list[tuple[str, float]]:
        scores = self.scores(texts)
        if not scores:
            return []
        none = scores.pop("none", 0.0)
        ranked = sorted(scores.items(), key=lambda kv: -kv[1])
        score = ranked[0][1]
        runner_up = ranked[1][1] if len(ranked) > 1 else 0.0
        if score < MIN_SCORE or score - none < MIN_MARGIN or score - runner_up < MIN_MARGIN:
            return []
        return [(theme, s) for theme, s in ranked if s - none >= MIN_MARGIN][:2]


class HybridMatcher:
    """The rules when they fire (they are rarely wrong), the learned matcher when not."""

    def __init__(self, rules: Matcher, learned: Matcher) -> None:
        self.rules = rules
        self.learned = learned

    def rank(self, texts: Sequence[str]) -> list[tuple[str, float]]:
        return self.rules.rank(texts) or self.learned.rank(texts)


if __name__ == "__main__":
    write_cache()
    print(f"wrote {VECTORS_PATH}")

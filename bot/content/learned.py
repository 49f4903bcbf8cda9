"""A learned theme matcher: a softmax classifier over MiniLM sentence embeddings.

The rule matcher is precise but misses wording it has not seen. This one
embeds what the actor wrote (bot/embedding.py) and names a theme with a
multinomial logistic regression trained, when the matcher is built, on the
example lines per theme (`prompts/content/theme_examples.toml`, vectors
shipped in `theme_examples.npz`). `HybridMatcher` asks it first and, when it
abstains, takes the rules' theme only if the classifier gives it some weight
too; both abstain rather than guess.

Why a classifier: with about 55 examples a theme, five-fold cross-validation
on the retired held-out lines (`bench/matcher_eval.py --cv`) gave 83.3% top-1
at 91.2% precision for it (with the rules behind it), against 77.1% at 85.9%
for the five nearest examples it replaced. Why by hand: it is a dozen lines
of numpy, trained in a fraction of a second, where scikit-learn would add
scipy and tens of megabytes for one model.
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
#: A theme is named only when it is the most probable label (above "none" too) and at
#: least this probable. Chosen with the settings below by cross-validation.
MIN_PROBABILITY = 0.45
#: L2 penalty, input scale (unit vectors have tiny logits otherwise) and gradient steps.
PENALTY = 0.003
SCALE = 5.0
STEPS = 1000
#: A second theme is offered beside the first when it is at least this probable.
SECOND = 0.2
#: When the classifier abstains, the rules' theme is used only if it is at least this probable.
LEAN = 0.2


def train_softmax(
    x: np.ndarray, y: np.ndarray, classes: int, penalty: float = PENALTY, steps: int = STEPS
) -> tuple[np.ndarray, np.ndarray]:
    """Multinomial logistic regression by full-batch gradient descent from zero.

    Deterministic (no random start), so the same examples always give the same model.
    """
    n, d = x.shape
    weights = np.zeros((d, classes), dtype=np.float64)
    bias = np.zeros(classes, dtype=np.float64)
    target = np.eye(classes)[y]
    for _ in range(steps):
        grad = (softmax(x @ weights + bias) - target) / n
        weights -= 0.5 * (x.T @ grad + penalty * weights)
        bias -= 0.5 * grad.sum(0)
    return weights, bias


def softmax(z: np.ndarray) -> np.ndarray:
    z = z - z.max(axis=-1, keepdims=True)
    e = np.exp(z)
    return e / e.sum(axis=-1, keepdims=True)


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
        vectors = group_vectors(examples, self.encoder, VECTORS_PATH if shipped else None)
        self.labels = list(vectors)
        x = np.concatenate([vectors[label] for label in self.labels]).astype(np.float64)
        y = np.concatenate([np.full(len(vectors[label]), i) for i, label in enumerate(self.labels)])
        self._weights, self._bias = train_softmax(x * SCALE, y, len(self.labels))

    def probabilities(self, texts: Sequence[str]) -> dict[str, float]:
        """Per label, its highest probability over the texts (one clear answer is enough)."""
        wanted = [t for t in texts if t and t.strip()]
        if not wanted:
            return {}
        queries = self.encoder.encode(wanted).astype(np.float64) * SCALE
        best = softmax(queries @ self._weights + self._bias).max(axis=0)
        return dict(zip(self.labels, (float(p) for p in best), strict=True))

    def rank(self, texts: Sequence[str]) -> list[tuple[str, float]]:
        return self.named(self.probabilities(texts))

    @staticmethod
    def named(probabilities: dict[str, float]) -> list[tuple[str, float]]:
        """The theme these probabilities name (and a runner-up), or [] to abstain."""
        if not probabilities:
            return []
        ranked = sorted(probabilities.items(), key=lambda kv: -kv[1])
        label, top = ranked[0]
        if label == "none" or top < MIN_PROBABILITY:
            return []
        second = [(t, p) for t, p in ranked[1:2] if t != "none" and p >= SECOND]
        return [(label, top), *second]


class HybridMatcher:
    """The learned matcher when it names a theme; the rules' theme when it abstains but
    still gives that theme some weight (LEAN); otherwise nothing.

    Cross-validation on the retired held-out lines (bench/matcher_eval.py --cv, five
    retired sets) chose this over asking the rules whenever the classifier abstains:
    82.1% top-1 at 88.9% precision against 82.2% at 87.5% (rules first: 80.0% at 84.9%).
    The rules on their own name a theme in new wording with about 80% precision; the
    classifier's agreement is what makes them worth trusting.
    """

    def __init__(self, rules: Matcher, learned: LearnedMatcher) -> None:
        self.rules = rules
        self.learned = learned

    def rank(self, texts: Sequence[str]) -> list[tuple[str, float]]:
        probabilities = self.learned.probabilities(texts)
        named = self.learned.named(probabilities)
        if named:
            return named
        ruled = self.rules.rank(texts)
        if ruled and probabilities.get(ruled[0][0], 0.0) >= LEAN:
            return ruled
        return []


if __name__ == "__main__":
    write_cache()
    print(f"wrote {VECTORS_PATH}")

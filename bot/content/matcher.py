"""Theme matching: what is this actor going through, in the article's terms?

The engine depends only on the `Matcher` protocol, so the rule-based matcher
here can be swapped for a model later without touching conversation code.
An empty ranking means "no clear theme": the selector then rotates through
general themes instead of guessing.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol


class Matcher(Protocol):
    def rank(self, texts: Sequence[str]) -> list[tuple[str, float]]:
        """Themes with a positive score, best first; empty when nothing is clear."""
        ...


class NoThemeMatcher:
    """Knows no theme; every pick falls back to the general rotation."""

    def rank(self, texts: Sequence[str]) -> list[tuple[str, float]]:
        return []

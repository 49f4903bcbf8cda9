"""Variants of the training lines in voices the authors' own lines have too few of.

Each writer has a voice; a model fitted on four of them meets a fifth it has never
read. What changes between voices is partly surface: voice-to-text drops the
punctuation, texting shortens words, a long message buries the one clause that
matters between ordinary ones. These variants are made from the training rows
only (never from the author left out), with a seeded generator, so a run is
reproducible and a left-out figure stays out of sample.

Ordinary lines get the same surface variants as risky ones, so "no punctuation"
or "u" never becomes a sign of risk by itself.
"""

from __future__ import annotations

import random
import re
from collections import defaultdict

Row = tuple[str, str, str]  # author, label, text

#: Texting shorthand, whole words only; a variant takes a random subset of them.
SHORTHAND = {
    "you": "u",
    "your": "ur",
    "are": "r",
    "because": "cuz",
    "i'm": "im",
    "don't": "dont",
    "can't": "cant",
    "won't": "wont",
    "didn't": "didnt",
    "going to": "gonna",
    "want to": "wanna",
    "though": "tho",
    "really": "rly",
    "to be honest": "tbh",
    "i don't know": "idk",
    "right now": "rn",
    "people": "ppl",
    "tonight": "tonite",
    "something": "smth",
}
_PUNCTUATION = re.compile(r"[^\w\s']+")


def voice(text: str) -> str:
    """As voice-to-text writes it: no punctuation, one long run of words."""
    return re.sub(r"\s+", " ", _PUNCTUATION.sub(" ", text)).strip()


def texting(text: str, rng: random.Random) -> str:
    """As a quick text: some words shortened, apostrophes sometimes gone."""
    out = text
    for long, short in SHORTHAND.items():
        if rng.random() < 0.7:
            out = re.sub(rf"\b{re.escape(long)}\b", short, out)
    if rng.random() < 0.5:
        out = out.replace("'", "")
    return out


def variant(text: str, rng: random.Random) -> str:
    changed = texting(text, rng) if rng.random() < 0.5 else voice(text)
    return changed if changed != text else voice(texting(text, rng))


def buried(risky: str, around: list[str], rng: random.Random) -> str:
    """One risky line between ordinary ones from the same author, as one message."""
    before, after = rng.sample(around, 2)
    message = f"{before} {risky} {after}"
    return voice(message) if rng.random() < 0.5 else message


def safety_rows(rows: list[Row], rng: random.Random, *, rate: float = 0.5) -> list[Row]:
    """Surface variants of a share of the lines (fewer of the many ordinary ones), and
    crisis lines buried in ordinary ones; the rows given, then the new ones."""
    ordinary: dict[str, list[str]] = defaultdict(list)
    for author, label, text in rows:
        if label == "ordinary" and 4 <= len(text.split()) <= 30:
            ordinary[author].append(text)
    extra: list[Row] = []
    for author, label, text in rows:
        share = rate if label != "ordinary" else rate / 2.5
        if rng.random() < share:
            changed = variant(text, rng)
            if changed and changed != text:
                extra.append((author, label, changed))
        if (
            label == "crisis"
            and len(text.split()) <= 25
            and len(ordinary[author]) >= 2
            and rng.random() < rate
        ):
            extra.append((author, label, buried(text, ordinary[author], rng)))
    return rows + extra


def theme_rows(rows: list[Row], rng: random.Random, *, rate: float = 0.5) -> list[Row]:
    extra = []
    for author, label, text in rows:
        if rng.random() < rate:
            changed = variant(text, rng)
            if changed and changed != text:
                extra.append((author, label, changed))
    return rows + extra

"""Training's surface variants: reproducible, label-keeping, and never a sign of risk alone."""

from __future__ import annotations

import random

from training import augment

ROWS = [
    ("a", "crisis", "i took all of them an hour ago."),
    ("a", "ordinary", "the reader was lovely, i'm going to the pub now."),
    ("a", "ordinary", "because you asked: the tape is done, i think."),
    ("a", "ordinary", "are you free tonight? the cast is going out."),
    ("b", "concern", "i don't know how long i can keep going like this."),
] * 10


def test_voice_drops_punctuation_and_keeps_the_words() -> None:
    assert augment.voice("Well... I'm done, really!") == "Well I'm done really"


def test_variants_are_reproducible_and_keep_author_and_label() -> None:
    first = augment.safety_rows(ROWS, random.Random(3))
    second = augment.safety_rows(ROWS, random.Random(3))
    assert first == second
    assert first[: len(ROWS)] == ROWS
    originals = {(a, label) for a, label, _ in ROWS}
    assert {(a, label) for a, label, _ in first[len(ROWS) :]} <= originals


def test_ordinary_lines_get_variants_too() -> None:
    # Otherwise "no punctuation" or "u" would be learnt as a sign of risk.
    extra = augment.safety_rows(ROWS, random.Random(0))[len(ROWS) :]
    assert any(label == "ordinary" for _, label, _ in extra)
    assert any(label == "crisis" for _, label, _ in extra)


def test_a_buried_line_sits_between_ordinary_lines_of_its_own_author() -> None:
    extra = augment.safety_rows(ROWS, random.Random(1), rate=1.0)[len(ROWS) :]
    buried = [t for a, label, t in extra if label == "crisis" and len(t.split()) > 12]
    assert buried
    for text in buried:
        assert "i took all of them an hour ago" in text
        assert "concern" not in text and "how long i can keep going" not in text


def test_theme_variants_keep_the_theme() -> None:
    rows = [("a", "silence", "still no word from them, it's been two weeks.")] * 20
    extra = augment.theme_rows(rows, random.Random(0))[len(rows) :]
    assert extra and all(label == "silence" for _, label, _ in extra)
    assert all(t != rows[0][2] for _, _, t in extra)

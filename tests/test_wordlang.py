"""Telling English from other languages: a line called foreign is not read by the safety
model, so calling an English line foreign is the costly mistake."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import numpy as np
import pytest

from bot import wordlang
from bot.reading import fold, is_foreign
from training import corpus

# Written for this test, not taken from any author: English in the shapes a character
# n-gram identifier called foreign (slang, misspelling, few common words, an emoji).
ENGLISH = [
    "kms kms kms",
    "I wish I wasn't alive",
    "I drank bleach earlier",
    "took em. bye",
    "note's written 🤍",
    "i wana kil myslef",
    "ctb plans tn",
    "im so suicidal rn",
    "ngl I cried a bit",
    "Booked Moritz in Spring Awakening!!",
    "Corpsed twice. Mortified.",
    "beta blockers: game changer",
    "I dey for the bridge now, traffic no gree move",  # Pidgin counts as English
    # Code-mixed English: an English phrase of its own, whatever else is in the line.
    "ya no aguanto, I want it all to stop tonight",
    "pagod na ako, I just want to sleep forever",
    "sab khatam yaar, I can't do this anymore",
]
FOREIGN = [
    "me tomé todas las pastillas que había en la casa",
    "je ne veux plus vivre, je suis fatiguée de tout",
    "tomei todos os comprimidos da caixa, estou com sono",
    "nie chcę już żyć, mam dość wszystkiego",
    "ayoko na talagang mabuhay, pagod na pagod na ako",
    "mujhe ab jeena nahi hai, sab khatam karna hai",
    "non ce la faccio più, voglio solo dormire per sempre",
    "ich kann nicht mehr, ich will nicht mehr leben",
    "더 이상 살고 싶지 않아",
    "لا أريد أن أعيش بعد الآن",
]


@pytest.mark.parametrize("line", ENGLISH)
def test_english_and_code_mixed_lines_are_read_as_english(line: str) -> None:
    assert not is_foreign(fold(line))


@pytest.mark.parametrize("line", FOREIGN)
def test_lines_wholly_in_another_language_are_foreign(line: str) -> None:
    assert is_foreign(fold(line))


def test_over_every_labelled_line_the_check_agrees_with_the_hand_judgement() -> None:
    """In-sample (the table's margin and word lists were set looking at these lines): a
    guard against drifting back, not evidence for lines the project has not seen. Of
    5,638 lines, 185 judged wholly foreign; py3langid's check called 48 English lines
    foreign, 9 of them crisis lines."""
    truth = corpus.wholly_foreign()
    lines = {t: label for _, label, _, t in corpus.safety()}
    lines.update({t: "theme" for _, _, t in corpus.themes()})
    called = {t for t in lines if is_foreign(fold(t))}
    english_called_foreign = called - truth
    assert not [t for t in english_called_foreign if lines[t] == "crisis"]
    assert len(english_called_foreign) <= 5
    assert len(truth - called) <= 0.05 * len(truth)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "a\u202eb\u202c c\x00d \x1b[31m",  # bidi overrides, control characters
        "lone \ud800 surrogate and more words here",
        "x" * 20_000,
        "palabra " * 5_000,
        "\U0001f480" * 50,
    ],
)
def test_hostile_text_gets_an_answer(text: str) -> None:
    assert is_foreign(text) in (True, False)


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return wordlang.build(tmp_path_factory.mktemp("words") / "wordlang")


def test_the_table_is_mapped_not_held(built: Path) -> None:
    """A dict of the same words would hold tens of MiB; mapped, a lookup holds a few pages."""
    code = textwrap.dedent(
        f"""
        from pathlib import Path
        from bot.wordlang import Table

        def rss():
            status = dict(line.split(":", 1) for line in open("/proc/self/status"))
            return int(status["RssAnon"].split()[0]) / 1024

        before = rss()
        table = Table.mapped(Path({str(built)!r}))
        for line in ["hola amigos como estan", "pagod na ako sa lahat", "je suis fatigue"]:
            table.lookup(line.split())
        print(rss() - before)
        """
    )
    grown = float(
        subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, check=True
        ).stdout
    )
    assert grown < 5


def test_lookup_finds_listed_words_and_only_them(built: Path) -> None:
    table = wordlang.Table.mapped(built)
    found = table.lookup(["the", "pastillas", "qwxzvb", "é" * 40])
    en, es = wordlang.COLUMNS.index("en"), wordlang.COLUMNS.index("es")
    assert found[0, en] > 6 and found[1, es] > 3 and found[1, en] < found[1, es]
    assert not found[2].any() and not found[3].any()


def test_a_build_that_fails_leaves_nothing_half_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    saved = 0
    real_save = np.save

    def failing(path: object, value: object) -> None:
        nonlocal saved
        saved += 1
        if saved == 2:
            raise OSError("disk full")
        real_save(path, value)  # type: ignore[arg-type]

    monkeypatch.setattr(np, "save", failing)
    with pytest.raises(OSError):
        wordlang.build(tmp_path / "wordlang")
    assert list(tmp_path.iterdir()) == []
    monkeypatch.setattr(np, "save", real_save)
    folder = wordlang.build(tmp_path / "wordlang")
    assert [p.name for p in tmp_path.iterdir()] == ["wordlang"]
    assert (folder / wordlang.STAMP).is_file()


def test_a_table_built_from_other_words_is_rebuilt(
    built: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The stamp names everything the table is built from: a changed word list makes the
    first use rebuild it, not read a stale one."""
    assert wordlang._current(built)
    monkeypatch.setattr(wordlang, "HINDI_WORDS", wordlang.HINDI_WORDS | {"zaroorat"})
    assert not wordlang._current(built)

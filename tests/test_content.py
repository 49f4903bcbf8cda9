"""The encouragement library: enough of it, all ours, valid, and rendering cleanly."""

from __future__ import annotations

import os
import re
from collections import Counter
from pathlib import Path

import pytest

from bot.content import THEMES, ContentError, Library, load_library
from bot.content.library import CONTENT_DIR
from bot.events import Reply
from bot.render import Format, Renderer

ARTICLE = Path(__file__).resolve().parents[2] / "shared" / "seed" / "callback-article.txt"


def words(text: str) -> list[str]:
    text = text.lower().replace("\u2019", "'")
    return re.findall(r"[a-z0-9']+", text)


def ngrams(tokens: list[str], n: int) -> set[tuple[str, ...]]:
    return {tuple(tokens[i : i + n]) for i in range(len(tokens) - n + 1)}


def test_counts_per_theme(library: Library) -> None:
    long_per_theme = Counter(m.theme for m in library.messages if m.length == "long")
    assert set(long_per_theme) == set(THEMES)
    assert min(long_per_theme.values()) >= 8, long_per_theme
    assert len(library.quotes) >= 60
    assert {q.theme for q in library.quotes} == set(THEMES)
    assert sum(1 for m in library.messages if m.tip) >= 30  # concrete next steps are common


def test_no_duplicate_texts(library: Library) -> None:
    texts = [" ".join(words(i.text)) for i in (*library.messages, *library.quotes)]
    dupes = [t for t, n in Counter(texts).items() if n > 1]
    assert dupes == []


def test_quotes_are_short_and_messages_are_not(library: Library) -> None:
    assert max(len(q.text) for q in library.quotes) <= 140
    assert min(len(m.text) for m in library.messages) >= 80


def test_no_quote_is_attributed_without_a_source(library: Library) -> None:
    for item in (*library.messages, *library.quotes):
        assert item.author is None or item.source


@pytest.mark.parametrize("fmt", list(Format))
def test_every_message_renders_without_placeholders(library: Library, fmt: Format) -> None:
    renderer = Renderer(fmt)
    for item in library.messages:
        out = renderer.render(Reply("encouragement", {"text": item.text, "tip": item.tip}))
        assert item.text[:30] in out.replace("\\", "")
        assert "{{" not in out and "{%" not in out and "None" not in out


def test_no_sentence_of_eight_words_shared_with_the_article(library: Library) -> None:
    if not ARTICLE.exists():
        if os.environ.get("CI"):
            pytest.fail(f"the seed article is missing at {ARTICLE}")
        pytest.skip("the seed article (../shared) is not beside this checkout")
    article = ngrams(words(ARTICLE.read_text(encoding="utf-8")), 8)
    own_text = [i.text for i in (*library.messages, *library.quotes)]
    own_text += [i.tip for i in library.messages if i.tip]
    prompts = [p.read_text() for p in (CONTENT_DIR.parent).rglob("*.j2")]
    for text in own_text + prompts:
        shared = ngrams(words(text), 8) & article
        assert not shared, f"{text[:60]!r} shares {sorted(shared)[:1]} with the article"


def write_content(tmp_path: Path, messages: str, quotes: str | None = None) -> Path:
    (tmp_path / "encouragement.toml").write_text(messages)
    (tmp_path / "quotes.toml").write_text(
        quotes or '[[quote]]\nid = "q1"\ntheme = "control"\ntext = "Short."\n'
    )
    return tmp_path


GOOD = '[[message]]\nid = "m1"\ntheme = "control"\ntext = "Something kind."\n'


@pytest.mark.parametrize(
    ("messages", "message"),
    [
        ("[[message]\n", "not valid TOML"),
        (
            '[[message]]\nid = "m1"\ntheme = "luck"\ntext = "x"\n',
            "entry 1 \\(id 'm1'\\): unknown theme",
        ),
        ('[[message]]\nid = "m1"\ntheme = "control"\n', "'text' must be non-empty"),
        (GOOD + GOOD, "entry 2 \\(id 'm1'\\): duplicate id"),
        ('[[message]]\nid = "m1"\ntheme = "control"\ntext = "Hi {{ name }}"\n', "placeholder"),
        ('[[message]]\nid = "m1"\ntheme = "control"\ntext = "x"\nauthor = "A Star"\n', "source"),
        ('[[message]]\nid = "m1"\ntheme = "control"\ntext = "x"\nvibe = "up"\n', "unknown field"),
        ("title = 'no entries'\n", "expected a list"),
        (
            '[[message]]\nid = "m1"\ntheme = "control"\ntext = "x"\ncues = ["(unclosed"]\n',
            "cue '\\(unclosed' is not a valid pattern",
        ),
    ],
)
def test_malformed_content_names_file_and_entry(
    tmp_path: Path, messages: str, message: str
) -> None:
    content = write_content(tmp_path, messages)
    with pytest.raises(ContentError, match=message) as info:
        load_library(content)
    assert "encouragement.toml" in str(info.value)


def test_missing_content_file_is_named(tmp_path: Path) -> None:
    (tmp_path / "encouragement.toml").write_text(GOOD)
    with pytest.raises(ContentError, match=r"quotes\.toml: content file is missing"):
        load_library(tmp_path)


def test_well_formed_minimal_library_loads(tmp_path: Path) -> None:
    library = load_library(write_content(tmp_path, GOOD))
    assert [m.id for m in library.messages] == ["m1"]
